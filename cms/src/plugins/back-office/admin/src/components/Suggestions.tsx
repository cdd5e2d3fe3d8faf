import type * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { BEST_SCORE } from '../../../../../matching/scoring';
import { useBackOffice, type MatchReason, type Suggestions as SuggestionsAnswer } from '../api';
import { useLabels } from '../labels';
import type { ConnectTarget } from './ConnectDialog';
import { Loading, ProblemAlert } from './PageShell';
import { ReasonList } from './ReasonList';
import { Section } from './Section';

interface CardProps {
  title: string;
  details: string[];
  score: number;
  /** The best score this kind of suggestion can get. */
  best: number;
  reasons: MatchReason[];
  action: React.ReactNode;
}

/** One suggestion: who, how well it fits and why, and the button that connects. Best first, in a list. */
function SuggestionCard({ title, details, score, best, reasons, action }: CardProps) {
  const { t, number } = useLabels();
  return (
    <Box tag="li" padding={4} borderColor="neutral200" hasRadius>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
        <Box>
          <Typography tag="h3" variant="omega" fontWeight="bold">
            {title}
          </Typography>
          {details.map((detail) => (
            <Typography key={detail} tag="p" variant="pi" textColor="neutral600">
              {detail}
            </Typography>
          ))}
          <Typography tag="p" variant="pi" paddingTop={1}>
            {t('suggest.score', { score: number(score, 1), max: number(best) })}
          </Typography>
        </Box>
        {action}
      </Flex>
      <Box paddingTop={2}>
        <ReasonList reasons={reasons} />
      </Box>
    </Box>
  );
}

/** Offers and initiatives ranked for one request, each with the reasons it was suggested. */
export function Suggestions({ documentId, onConnect }: { documentId: string; onConnect(target: ConnectTarget): void }) {
  const { t, statusLabel, vocabularyLabel } = useLabels();
  const { data, problem, loading } = useBackOffice<SuggestionsAnswer>(`/back-office/requests/${encodeURIComponent(documentId)}/suggestions`);
  return (
    <>
      <Section title={t('suggest.offers')} id="suggested-offers">
        <ProblemAlert problem={problem} title={t('suggest.load-failed')} />
        {loading && !data && <Loading />}
        {data && data.offers.length === 0 && <Typography>{t('suggest.no-offer')}</Typography>}
        <Flex tag="ol" direction="column" alignItems="stretch" gap={3}>
          {(data?.offers ?? []).map((offer) => {
            const who = offer.organisationName ? `${offer.organisationName} (${offer.contactName})` : offer.contactName;
            const label = `${offer.reference} (${offer.organisationName ?? offer.contactName})`;
            return (
              <SuggestionCard
                key={offer.documentId}
                title={`${offer.reference} · ${who}`}
                details={[statusLabel(offer.caseStatus), offer.frequency ? vocabularyLabel('frequency', offer.frequency) : ''].filter(Boolean)}
                score={offer.score}
                best={BEST_SCORE.offer}
                reasons={offer.reasons}
                action={
                  <Button variant="secondary" onClick={() => onConnect({ kind: 'match', documentId: offer.documentId, label })}>
                    {t('suggest.match-with', { reference: offer.reference })}
                  </Button>
                }
              />
            );
          })}
        </Flex>
      </Section>
      <Section title={t('suggest.initiatives')} id="suggested-initiatives">
        {data && data.initiatives.length === 0 && <Typography>{t('suggest.no-initiative')}</Typography>}
        <Flex tag="ol" direction="column" alignItems="stretch" gap={3}>
          {(data?.initiatives ?? []).map((initiative) => (
            <SuggestionCard
              key={initiative.documentId}
              title={initiative.title}
              details={[]}
              score={initiative.score}
              best={BEST_SCORE.initiative}
              reasons={initiative.reasons}
              action={
                <Button variant="secondary" onClick={() => onConnect({ kind: 'referral', documentId: initiative.documentId, label: initiative.title })}>
                  {t('suggest.refer-to', { title: initiative.title })}
                </Button>
              }
            />
          ))}
        </Flex>
      </Section>
    </>
  );
}
