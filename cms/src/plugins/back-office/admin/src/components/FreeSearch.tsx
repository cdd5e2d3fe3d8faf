import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useBackOffice, withQuery, type SearchResults } from '../api';
import { useLabels } from '../labels';
import type { ConnectTarget } from './ConnectDialog';
import { ProblemAlert } from './PageShell';
import { Section } from './Section';
import { TextField } from './TextField';
import { INPUT_LIMITS } from '../../../server/contracts';

/** Offers by reference, name or text, and initiatives by title, when the suggestions are not enough. */
export function FreeSearch({ onConnect }: { onConnect(target: ConnectTarget): void }) {
  const { t, statusLabel } = useLabels();
  const [typed, setTyped] = React.useState('');
  const [query, setQuery] = React.useState('');
  const { data, problem } = useBackOffice<SearchResults>(query ? withQuery('/back-office/search', { q: query }) : undefined);

  return (
    <Section title={t('search.heading')} id="free-search">
      <form
        role="search"
        aria-label={t('search.form')}
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(typed.trim());
        }}
      >
        <Flex gap={2} alignItems="flex-end">
          <Box flex="1">
            <TextField name="search" label={t('search.field')} type="search" maxLength={INPUT_LIMITS.search} value={typed} onChange={setTyped} />
          </Box>
          <Button type="submit">{t('search.submit')}</Button>
        </Flex>
      </form>
      <ProblemAlert problem={problem} title={t('search.failed')} />
      {query && data && (
        <Box paddingTop={4} aria-live="polite">
          {data.offers.length + data.initiatives.length === 0 && <Typography>{t('search.nothing', { query })}</Typography>}
          <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
            {data.offers.map((offer) => {
              const label = `${offer.reference} (${offer.organisationName ?? offer.contactName})`;
              return (
                <Flex tag="li" key={offer.documentId} justifyContent="space-between" gap={2}>
                  <Typography>{t('search.offer', { label, status: statusLabel(offer.caseStatus) })}</Typography>
                  <Button variant="secondary" size="S" onClick={() => onConnect({ kind: 'match', documentId: offer.documentId, label })}>
                    {t('suggest.match-with', { reference: offer.reference })}
                  </Button>
                </Flex>
              );
            })}
            {data.initiatives.map((initiative) => (
              <Flex tag="li" key={initiative.documentId} justifyContent="space-between" gap={2}>
                <Typography>{t('search.initiative', { title: initiative.title })}</Typography>
                <Button
                  variant="secondary"
                  size="S"
                  onClick={() => onConnect({ kind: 'referral', documentId: initiative.documentId, label: initiative.title })}
                >
                  {t('suggest.refer-to', { title: initiative.title })}
                </Button>
              </Flex>
            ))}
          </Flex>
        </Box>
      )}
    </Section>
  );
}
