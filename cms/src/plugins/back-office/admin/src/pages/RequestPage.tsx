import * as React from 'react';
import { useParams } from 'react-router-dom';
import { Flex, Typography } from '@strapi/design-system';
import { BackButton } from '@strapi/strapi/admin';
import { useBackOffice, type HelpRequestDetails } from '../api';
import { useLabels } from '../labels';
import { Loading, PageShell, ProblemAlert } from '../components/PageShell';
import { ConnectDialog, type ConnectTarget } from '../components/ConnectDialog';
import { MatchList } from '../components/MatchList';
import { Suggestions } from '../components/Suggestions';
import { FreeSearch } from '../components/FreeSearch';
import { DetailsList } from '../components/DetailsList';
import { Section } from '../components/Section';
import { ActionOutcome, useOutcome } from '../components/ActionOutcome';
import { CaseTimeline } from '../components/CaseTimeline';
import { RequestActions } from '../components/RequestActions';
import { RequestAudiences } from '../components/RequestAudiences';

/** One help request: who asked what, its matches, and whom to connect it with. */
export function RequestPage() {
  const { t, statusLabel, date } = useLabels();
  const { documentId = '' } = useParams();
  const request = useBackOffice<HelpRequestDetails>(`/back-office/requests/${encodeURIComponent(documentId)}`);
  const [target, setTarget] = React.useState<ConnectTarget>();
  const [round, setRound] = React.useState(0);

  const matchOutcome = useOutcome();
  const changed = () => {
    setTarget(undefined);
    request.reload();
    setRound((value) => value + 1);
  };
  const connected = (made: ConnectTarget) => {
    changed();
    matchOutcome.done(t(made.kind === 'match' ? 'outcome.matchMade' : 'outcome.referralMade', { label: made.label }));
  };

  const data = request.data;
  return (
    <PageShell
      title={data ? t('request.title', { reference: data.reference }) : t('request.title.loading')}
      subtitle={data ? t('request.subtitle', { status: statusLabel(data.caseStatus), date: date(data.createdAt) }) : undefined}
      navigationAction={<BackButton />}
    >
      <ProblemAlert problem={request.problem} title={t('request.load-failed')} />
      {!data && request.loading && <Loading />}
      {data && (
        <Flex direction="column" alignItems="stretch" gap={6}>
          <RequestDetails request={data} />
          <RequestActions request={data} onChanged={changed} />
          <RequestAudiences documentId={documentId} audiences={data.audiences} onChanged={changed} />
          <Section title={t('request.matches')} id="request-matches">
            <ActionOutcome outcome={matchOutcome.outcome} problemTitle={t('match.not-saved')} />
            <MatchList matches={data.matches} onChanged={changed} />
          </Section>
          {data.caseStatus === 'closed' ? (
            // The workflow refuses to connect a closed request: no suggestions to act on until it is reopened.
            <Typography>{t('case.refused.case-closed')}</Typography>
          ) : (
            <>
              <Suggestions key={`suggestions-${round}`} documentId={documentId} onConnect={setTarget} />
              <FreeSearch onConnect={setTarget} />
            </>
          )}
          <CaseTimeline entries={data.timeline} notePath={`/back-office/requests/${encodeURIComponent(documentId)}/notes`} onChanged={request.reload} />
        </Flex>
      )}
      <ConnectDialog helpRequest={documentId} target={target} onClose={() => setTarget(undefined)} onConnected={connected} />
    </PageShell>
  );
}

/** For whom the request is: themselves, or someone else (named, with how they relate when given). */
function forWhom({ t }: ReturnType<typeof useLabels>, request: HelpRequestDetails): string {
  if (request.forWhom !== 'someone-else') return t('request.for-whom.self');
  const who = request.beneficiaryName ? t('request.for-whom.other-named', { name: request.beneficiaryName }) : t('request.for-whom.other');
  return request.relationToBeneficiary ? t('request.for-whom.relation', { who, relation: request.relationToBeneficiary }) : who;
}

function RequestDetails({ request }: { request: HelpRequestDetails }) {
  const labels = useLabels();
  const { t, statusLabel, channelLabel, localeName, categoryName, municipalityName, languageName, vocabularyLabel, list } = labels;
  const times = (request.availableTimes ?? []).map((code) => vocabularyLabel('availableTimes', code));
  const rows: [string, React.ReactNode][] = [
    [t('workspace.status'), statusLabel(request.caseStatus)],
    [t('request.urgency'), request.urgency === 'urgent' ? t('workspace.urgent') : t('request.urgency.normal')],
    [t('workspace.channel'), channelLabel(request.channel)],
    [t('request.form-locale'), localeName(request.formLocale)],
    [t('request.for-whom'), forWhom(labels, request)],
    [t('workspace.name-of-person'), request.contactName],
    [t('workspace.phone'), request.phone ?? '—'],
    [t('workspace.email'), request.email ?? '—'],
    [t('workspace.category'), list(request.categories.map(categoryName))],
    [t('request.description'), request.description],
    [
      t('case.field.interests'),
      request.interests.length > 0 ? list(request.interests.map((code) => vocabularyLabel('interests', code))) : t('case.field.interests.none'),
    ],
    [t('workspace.municipality'), municipalityName(request.municipality)],
    [t('workspace.languages'), list(request.languages.map(languageName))],
    [t('request.times'), times.length > 0 ? list(times) : t('request.times.not-given')],
    [t('request.availability'), request.availability ?? '—'],
  ];
  return (
    <Section title={t('request.details')} id="request-details">
      <DetailsList rows={rows} />
    </Section>
  );
}
