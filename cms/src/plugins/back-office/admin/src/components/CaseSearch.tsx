import * as React from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, Flex, Link, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { CaseHit, CaseSearchResults } from '../../../server/contracts';
import { INPUT_LIMITS } from '../../../server/contracts';
import { problemOf, type ApiProblem } from '../api';
import { useStaffTexts } from '../i18n';
import { useLabels } from '../labels';
import { pagePath } from '../pluginId';
import { textOf } from './CaseTimeline';
import { ProblemAlert } from './PageShell';
import { TextField } from './TextField';

/**
 * Find a request or an offer by what the caller quotes: reference, name, phone number or email
 * address. Sent in a POST body, so it is in no address bar, browser history or log.
 */
export function CaseSearch() {
  const { t } = useStaffTexts();
  const { post } = useFetchClient();
  const [term, setTerm] = React.useState('');
  const [results, setResults] = React.useState<CaseSearchResults>();
  const [problem, setProblem] = React.useState<ApiProblem>();
  const [searching, setSearching] = React.useState(false);

  const search = async (event: React.FormEvent) => {
    event.preventDefault();
    setSearching(true);
    try {
      const { data } = await post<CaseSearchResults>('/back-office/cases/find', { term });
      setResults(data);
      setProblem(undefined);
    } catch (error) {
      setProblem(problemOf(error));
      setResults(undefined);
    } finally {
      setSearching(false);
    }
  };

  const found = results ? results.requests.length + results.offers.length : 0;
  return (
    <Box tag="section" aria-labelledby="case-search" background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <Typography tag="h2" id="case-search" variant="delta">
        {t('case.search.title')}
      </Typography>
      <Box tag="form" role="search" aria-labelledby="case-search" onSubmit={search} paddingTop={4}>
        <Flex gap={3} alignItems="flex-end" wrap="wrap">
          <Box flex="1" minWidth="16rem">
            <TextField
              name="case-search-term"
              label={t('case.search.label')}
              hint={t('case.search.hint')}
              error={problem?.fields.term}
              type="search"
              autoComplete="off"
              maxLength={INPUT_LIMITS.caseSearch}
              value={term}
              onChange={setTerm}
            />
          </Box>
          <Button type="submit" loading={searching} disabled={term.trim().length < 2}>
            {t('case.search.submit')}
          </Button>
        </Flex>
      </Box>
      <ProblemAlert problem={problem} title={t('case.search.failed')} />
      {results && (
        <Box paddingTop={4} aria-live="polite">
          <Typography tag="p" fontWeight="bold">
            {found === 0 ? t('case.search.none') : t('case.search.found', { count: found })}
          </Typography>
          <HitList title={t('case.search.requests')} hits={results.requests} page="requests" />
          <HitList title={t('case.search.offers')} hits={results.offers} page="offers" />
        </Box>
      )}
    </Box>
  );
}

function HitList({ title, hits, page }: { title: string; hits: CaseHit[]; page: 'requests' | 'offers' }) {
  const { t, list } = useLabels();
  if (hits.length === 0) return null;
  return (
    <Box paddingTop={3}>
      <Typography tag="h3" variant="sigma" textColor="neutral600">
        {title}
      </Typography>
      <Flex tag="ul" direction="column" alignItems="flex-start" gap={2} paddingTop={2}>
        {hits.map((hit) => (
          <li key={hit.documentId}>
            <Link tag={RouterLink} to={pagePath(page, hit.documentId)}>
              {t('case.search.hit', { reference: hit.reference, name: hit.contactName, status: textOf(t, `status.${hit.caseStatus}`) })}
            </Link>
            <Typography tag="p" variant="pi" textColor="neutral600">
              {t('case.search.matchedBy', { keys: list(hit.matchedBy.map((key) => t(`case.search.key.${key}`))) })}
            </Typography>
          </li>
        ))}
      </Flex>
    </Box>
  );
}
