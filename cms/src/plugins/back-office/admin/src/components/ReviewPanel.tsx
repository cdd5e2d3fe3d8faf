import * as React from 'react';
import { staffDate } from '../labels';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';

import { MAX_CRITERION_SCORE } from '../../../../../proposal-review/scores';
import type { ProposalReading } from '../../../server/contracts';
import { INPUT_LIMITS } from '../../../server/contracts';
import { problemOf, type ApiProblem } from '../api';
import { useStaffTexts } from '../i18n';
import { ChoiceSelect } from './ChoiceSelect';
import { ProblemAlert } from './PageShell';
import { Section } from './Section';
import { TextField } from './TextField';

interface PanelProps {
  proposal: ProposalReading;
  onChanged(): void;
}

/** The caller's own review (scores per criterion and a comment), or their declared conflict of interest. */
export function MyReviewPanel({ proposal, onChanged }: PanelProps) {
  const { t, locale } = useStaffTexts();
  const { post } = useFetchClient();
  const { mine, call } = proposal;
  const given = new Map(mine.scores.map((entry) => [entry.criterion, String(entry.score)]));
  const [scores, setScores] = React.useState<Record<number, string | undefined>>(Object.fromEntries(given));
  const [comment, setComment] = React.useState(mine.comment ?? '');
  const [conflictNote, setConflictNote] = React.useState('');
  const [problem, setProblem] = React.useState<ApiProblem>();
  const [saved, setSaved] = React.useState(false);
  const choices = Array.from({ length: MAX_CRITERION_SCORE + 1 }, (_, score) => ({ value: String(score), label: t('review.score.of', { score }) }));
  const base = `/back-office/proposals/${encodeURIComponent(proposal.documentId)}`;

  async function send(path: string, body: unknown) {
    setProblem(undefined);
    setSaved(false);
    try {
      await post(path, body);
      setSaved(true);
      onChanged();
    } catch (error) {
      setProblem(problemOf(error));
    }
  }

  if (mine.state === 'conflict') {
    return (
      <Section title={t('review.conflict.title')} id="my-review">
        <Typography>{t('review.conflict.declared', { date: staffDate(locale, mine.conflictDeclaredAt ?? '') })}</Typography>
      </Section>
    );
  }
  return (
    <Box className="cb-no-print">
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Section title={t('review.score.title')} id="my-review">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const entries = call.criteria.flatMap((_, criterion) => {
                const score = scores[criterion];
                return score === undefined ? [] : [{ criterion, score: Number(score) }];
              });
              void send(`${base}/reviews`, { scores: entries, comment: comment || undefined });
            }}
          >
            <Flex direction="column" alignItems="stretch" gap={4}>
              <ProblemAlert problem={problem} />
              {saved && <Typography textColor="success700">{t('review.score.saved')}</Typography>}
              {call.criteria.map((criterion, index) => (
                <ChoiceSelect
                  key={index}
                  name={`criterion-${index}`}
                  label={t('review.score.criterion', { title: criterion.title, weight: criterion.weight ?? 1 })}
                  hint={criterion.description ?? undefined}
                  value={scores[index]}
                  choices={choices}
                  required
                  onChange={(value) => setScores((previous) => ({ ...previous, [index]: value }))}
                />
              ))}
              <TextField
                name="review-comment"
                label={t('review.score.comment')}
                multiline
                maxLength={INPUT_LIMITS.reviewComment}
                value={comment}
                onChange={setComment}
              />
              <Box>
                <Button type="submit">{t('review.score.save')}</Button>
              </Box>
            </Flex>
          </form>
        </Section>
        <Section title={t('review.conflict.title')} id="my-conflict">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void send(`${base}/conflict`, { note: conflictNote || undefined });
            }}
          >
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography>{t('review.conflict.hint')}</Typography>
              <TextField
                name="conflict-note"
                label={t('review.conflict.note')}
                multiline
                maxLength={INPUT_LIMITS.conflictNote}
                value={conflictNote}
                onChange={setConflictNote}
              />
              <Box>
                <Button type="submit" variant="danger-light">
                  {t('review.conflict.declare')}
                </Button>
              </Box>
            </Flex>
          </form>
        </Section>
      </Flex>
    </Box>
  );
}

/** The committee's reviews: hidden from a reviewer until they gave their own (blind scoring). */
export function CommitteeReviews({ proposal }: { proposal: ProposalReading }) {
  const { t, locale } = useStaffTexts();
  const { reviews } = proposal;
  return (
    <Section title={t('review.reviews.title')} id="committee-reviews">
      <Flex direction="column" alignItems="stretch" gap={3}>
        {!reviews.othersVisible && <Typography>{t('review.reviews.hidden')}</Typography>}
        {reviews.othersVisible && reviews.score !== null && (
          <Typography fontWeight="bold">{`${t('review.reviews.score', { score: reviews.score })} · ${t('review.reviews.count', { count: reviews.complete })}`}</Typography>
        )}
        {reviews.results.length === 0 && reviews.othersVisible && <Typography>{t('review.reviews.none')}</Typography>}
        {reviews.results.map((review, index) => (
          <Box key={index}>
            <Typography fontWeight="bold" tag="p">
              {`${t('review.reviews.by', { name: review.reviewerName })}${review.score === null ? '' : ` · ${t('review.reviews.score', { score: review.score })}`}`}
            </Typography>
            <Typography tag="p">
              {review.scores
                .map((entry) => t('labelled', { label: proposal.call.criteria[entry.criterion]?.title ?? String(entry.criterion), value: `${entry.score}/5` }))
                .join(' · ')}
            </Typography>
            {review.comment && (
              <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }}>
                {review.comment}
              </Typography>
            )}
          </Box>
        ))}
        {reviews.conflicts.map((conflict, index) => (
          <Typography key={`conflict-${index}`} textColor="neutral600" tag="p">
            {conflict.note
              ? t('labelled', {
                  label: t('review.reviews.conflictBy', { name: conflict.reviewerName, date: staffDate(locale, conflict.declaredAt) }),
                  value: conflict.note,
                })
              : t('review.reviews.conflictBy', { name: conflict.reviewerName, date: staffDate(locale, conflict.declaredAt) })}
          </Typography>
        ))}
      </Flex>
    </Section>
  );
}
