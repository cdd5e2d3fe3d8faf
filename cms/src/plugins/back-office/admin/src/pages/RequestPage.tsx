import * as React from 'react';
import { useParams } from 'react-router-dom';
import { Flex } from '@strapi/design-system';
import { BackButton, Page } from '@strapi/strapi/admin';
import { useBackOffice, type HelpRequestDetails } from '../api';
import { categoryName, channelLabel, formatDate, languageName, localeName, municipalityName, statusLabel, vocabularyLabel } from '../labels';
import { PageShell, ProblemAlert } from '../components/PageShell';
import { ConnectDialog, type ConnectTarget } from '../components/ConnectDialog';
import { MatchList } from '../components/MatchList';
import { Suggestions } from '../components/Suggestions';
import { FreeSearch } from '../components/FreeSearch';
import { DetailsList } from '../components/DetailsList';
import { Section } from '../components/Section';
import { CaseTimeline } from '../components/CaseTimeline';
import { RequestActions } from '../components/RequestActions';
import { RequestAudiences } from '../components/RequestAudiences';

/** One help request: who asked what, its matches, and whom to connect it with. */
export function RequestPage() {
  const { documentId = '' } = useParams();
  const request = useBackOffice<HelpRequestDetails>(`/back-office/requests/${encodeURIComponent(documentId)}`);
  const [target, setTarget] = React.useState<ConnectTarget>();
  const [round, setRound] = React.useState(0);

  const connected = () => {
    setTarget(undefined);
    request.reload();
    setRound((value) => value + 1);
  };

  const data = request.data;
  return (
    <PageShell
      title={data ? `Request ${data.reference}` : 'Request'}
      subtitle={data ? `${statusLabel(data.caseStatus)} · received ${formatDate(data.createdAt)}` : undefined}
      navigationAction={<BackButton />}
    >
      <ProblemAlert problem={request.problem} title="The request could not be loaded" />
      {!data && request.loading && <Page.Loading />}
      {data && (
        <Flex direction="column" alignItems="stretch" gap={6}>
          <RequestDetails request={data} />
          <RequestActions request={data} onChanged={connected} />
          <RequestAudiences documentId={documentId} audiences={data.audiences} onChanged={connected} />
          <Section title="Matches and referrals" id="request-matches">
            <MatchList matches={data.matches} onChanged={connected} />
          </Section>
          <Suggestions key={`suggestions-${round}`} documentId={documentId} onConnect={setTarget} />
          <FreeSearch onConnect={setTarget} />
          <CaseTimeline entries={data.timeline} notePath={`/back-office/requests/${encodeURIComponent(documentId)}/notes`} onChanged={request.reload} />
        </Flex>
      )}
      <ConnectDialog helpRequest={documentId} target={target} onClose={() => setTarget(undefined)} onConnected={connected} />
    </PageShell>
  );
}

function RequestDetails({ request }: { request: HelpRequestDetails }) {
  const forSomeoneElse = request.forWhom === 'someone-else';
  const rows: [string, React.ReactNode][] = [
    ['Status', statusLabel(request.caseStatus)],
    ['Urgency', request.urgency === 'urgent' ? 'Urgent' : 'Normal'],
    ['Channel', channelLabel(request.channel)],
    ['Language of the form', localeName(request.formLocale)],
    [
      'For whom',
      forSomeoneElse
        ? `Someone else${request.beneficiaryName ? `: ${request.beneficiaryName}` : ''}${request.relationToBeneficiary ? ` (${request.relationToBeneficiary})` : ''}`
        : 'Themselves',
    ],
    ['Name', request.contactName],
    ['Phone', request.phone ?? '—'],
    ['Email', request.email ?? '—'],
    ['Kind of help', request.categories.map(categoryName).join(', ')],
    ['What they need', request.description],
    ['Municipality', municipalityName(request.municipality)],
    ['Languages', request.languages.map(languageName).join(', ')],
    ['When suits', (request.availableTimes ?? []).map((code) => vocabularyLabel('availableTimes', code)).join(', ') || 'Not given'],
    ['More about when', request.availability ?? '—'],
  ];
  return (
    <Section title="The request" id="request-details">
      <DetailsList rows={rows} />
    </Section>
  );
}
