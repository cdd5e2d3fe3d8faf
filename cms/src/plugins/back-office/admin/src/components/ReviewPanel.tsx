import * as React from 'react';
import { staffDate } from '../labels';
import { Box, Button, Flex, Typography } from '@strapi/design-system';

import { MAX_CRITERION_SCORE } from '../../../../../proposal-review/scores';
import type { ProposalReading } from '../../../server/contracts';
import { INPUT_LIMITS } from '../../../server/contracts';
import { useStaffTexts } from '../i18n';
import { ActionOutcome } from './ActionOutcome';
import { ChoiceSelect } from './ChoiceSelect';
import { Section } from './Section';
import { TextField } from './TextField';
import { useCaseChange } from './useCaseChange';

interface PanelProps {
  proposal: ProposalReading;
  onChanged(): void;
}

/**
 * The caller's own review (scores per criterion and a comment), or their declared conflict of interest.
 * The page reloads the proposal after each change and this panel stays (it is not rebuilt): what was
 * typed stays, and the outcome of the change takes focus in the section where it was made.
 */
export function MyReviewPanel({ proposal, onChanged }: PanelProps) {
  const { t, locale } = useStaffTexts();
  const { mine, call } = proposal;
  const given = new Map(mine.scores.map((entry) => [entry.criterion, String(entry.score)]));
  const [scores, setScores] = React.useState<Record<number, string | undefined>>(Object.fromEntries(given));
  const [comment, setComment] = React.useState(mine.comment ?? '');
  const [conflictNote, setConflictNote] = React.useState('');
  const scoring = useCaseChange(onChanged);
  const conflict = useCaseChange(onChanged);
  const choices = Array.from({ length: MAX_CRITERION_SCORE + 1 }, (_, score) => ({ value: String(score), label: t('review.score.of', { score }) }));
  const base = `/back-office/proposals/${encodeURIComponent(proposal.documentId)}`;

  if (mine.state === 'conflict') {
    return (
      <Section title={t('review.conflict.title')} id="my-review">
        <ActionOutcome outcome={conflict.outcome} problemTitle={t('review.conflict.notSaved')} />
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
              void scoring.send(
                `${base}/reviews`,
                { scores: entries, comment: comment || undefined },
                {
                  done: t('review.score.saved'),
                  fieldsShown: { comment: 'review-comment' },
                },
              );
            }}
          >
            <Flex direction="column" alignItems="stretch" gap={4}>
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
                error={scoring.problem?.fields.comment}
              />
              <Box>
                <Button type="submit" loading={scoring.saving}>
                  {t('review.score.save')}
                </Button>
              </Box>
              <ActionOutcome outcome={scoring.outcome} problemTitle={t('review.score.notSaved')} />
            </Flex>
          </form>
        </Section>
        <Section title={t('review.conflict.title')} id="my-conflict">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void conflict.send(
                `${base}/conflict`,
                { note: conflictNote || undefined },
                { done: t('review.conflict.done'), fieldsShown: { note: 'conflict-note' } },
              );
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
                error={conflict.problem?.fields.note}
              />
              <Box>
                <Button type="submit" variant="danger-light" loading={conflict.saving}>
                  {t('review.conflict.declare')}
                </Button>
              </Box>
              <ActionOutcome outcome={conflict.outcome} problemTitle={t('review.conflict.notSaved')} />
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
