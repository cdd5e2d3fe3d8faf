import * as React from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Box, Button, Flex, Link, Table, Tbody, Td, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { BackButton, Page } from '@strapi/strapi/admin';
import { problemOf, useBackOffice, useDownload, type ApiProblem, type ProjectCall, type ProposalRow, type Proposals } from '../api';
import { formatDate, formatEuros, statusLabel } from '../labels';
import { pagePath, reviewPath } from '../pluginId';
import { useStaffTexts } from '../i18n';
import { PageShell, ProblemAlert } from '../components/PageShell';
import { TableHead } from '../components/TableHead';
import { Section } from '../components/Section';
import { ReviewDialog } from '../components/ProposalDialogs';

/** The project calls, or the proposals of one call with their reviews and decisions. */
export function ProposalsPage() {
  const { documentId } = useParams();
  return documentId ? <CallProposals documentId={documentId} /> : <CallList />;
}

function CallList() {
  const { data, problem, loading } = useBackOffice<ProjectCall[]>('/back-office/project-calls');
  return (
    <PageShell title="Project-call review" subtitle="Choose a call to review its proposals">
      <ProblemAlert problem={problem} title="The calls could not be loaded" />
      {loading && !data && <Page.Loading />}
      {data && data.length === 0 && <Typography>No project call yet.</Typography>}
      <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
        {(data ?? []).map((call) => (
          <Box tag="li" key={call.documentId} background="neutral0" padding={5} shadow="filterShadow" hasRadius>
            <Link tag={RouterLink} to={pagePath('project-calls', call.documentId)}>
              {call.title}
            </Link>
            <Typography tag="p" variant="pi" textColor="neutral600">
              {`Deadline ${formatDate(call.deadline)} · ${call.criteria.length} criteria`}
            </Typography>
          </Box>
        ))}
      </Flex>
    </PageShell>
  );
}

type Dialog = { kind: 'review'; proposal: ProposalRow } | undefined;

function CallProposals({ documentId }: { documentId: string }) {
  const calls = useBackOffice<ProjectCall[]>('/back-office/project-calls');
  const proposals = useBackOffice<Proposals>(`/back-office/project-calls/${encodeURIComponent(documentId)}/proposals`);
  const download = useDownload();
  const [dialog, setDialog] = React.useState<Dialog>();
  const [downloadProblem, setDownloadProblem] = React.useState<ApiProblem>();
  const call = calls.data?.find((candidate) => candidate.documentId === documentId);

  const fetchFile = (path: string, filename: string) =>
    download(path, filename).then(
      () => setDownloadProblem(undefined),
      (error: unknown) => setDownloadProblem(problemOf(error)),
    );
  const downloadSheet = (
    <Button
      startIcon={<Download />}
      onClick={() => fetchFile(`/back-office/project-calls/${encodeURIComponent(documentId)}/decision-sheet`, `proposals-${documentId}.csv`)}
    >
      Decision sheet (CSV)
    </Button>
  );
  const done = () => {
    setDialog(undefined);
    proposals.reload();
  };

  return (
    <PageShell
      title={call?.title ?? 'Proposals'}
      subtitle={call ? `Deadline ${formatDate(call.deadline)}` : undefined}
      primaryAction={downloadSheet}
      navigationAction={<BackButton />}
    >
      <Flex direction="column" alignItems="stretch" gap={6}>
        <ProblemAlert problem={proposals.problem} title="The proposals could not be loaded" />
        <ProblemAlert problem={downloadProblem} title="The download did not work" />
        {proposals.loading && !proposals.data && <Page.Loading />}
        {proposals.data && <Criteria criteria={proposals.data.criteria} />}
        {proposals.data && (
          <Section title="Proposals" id="proposals">
            <ProposalTable rows={proposals.data.results} onDialog={setDialog} onDownload={fetchFile} />
          </Section>
        )}
      </Flex>
      {proposals.data && dialog?.kind === 'review' && (
        <ReviewDialog proposal={dialog.proposal} criteria={proposals.data.criteria} onClose={() => setDialog(undefined)} onDone={done} />
      )}
    </PageShell>
  );
}

function Criteria({ criteria }: { criteria: Proposals['criteria'] }) {
  return (
    <Section title="Criteria" id="criteria">
      <Flex tag="ol" direction="column" alignItems="flex-start" gap={1} style={{ paddingLeft: '1.5rem', listStyle: 'decimal' }}>
        {criteria.map((criterion) => (
          <li key={criterion.title}>
            <Typography>{criterion.weight ? `${criterion.title} (weight ${criterion.weight})` : criterion.title}</Typography>
          </li>
        ))}
      </Flex>
    </Section>
  );
}

interface ProposalTableProps {
  rows: ProposalRow[];
  onDialog(dialog: Dialog): void;
  onDownload(path: string, filename: string): void;
}

function ProposalTable({ rows, onDialog, onDownload }: ProposalTableProps) {
  const { t } = useStaffTexts();
  if (rows.length === 0) return <Typography>No proposal for this call yet.</Typography>;
  return (
    <Table colCount={7} rowCount={rows.length + 1}>
      <VisuallyHidden tag="caption">Proposals of this call</VisuallyHidden>
      <TableHead headings={['Project', 'Status', 'Requested', 'Granted', 'Score', 'Attachments', 'Actions']} />
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.documentId}>
            <Td>
              <Typography fontWeight="bold" tag="p">
                {row.projectTitle}
              </Typography>
              <Typography variant="pi" tag="p">{`${row.reference} · ${row.applicant}`}</Typography>
              {(row.comments ?? []).map((comment, index) => (
                <Typography key={index} variant="pi" textColor="neutral600" tag="p">{`${comment.reviewerName}: ${comment.comment}`}</Typography>
              ))}
            </Td>
            <Td>
              <Typography>{statusLabel(row.caseStatus)}</Typography>
            </Td>
            <Td>
              <Typography>{formatEuros(row.requestedAmount)}</Typography>
            </Td>
            <Td>
              <Typography>{formatEuros(row.grantedAmount) || '—'}</Typography>
            </Td>
            <Td>
              <Typography>{row.score === null ? 'Not reviewed' : `${row.score} (${row.reviews} ${row.reviews === 1 ? 'review' : 'reviews'})`}</Typography>
            </Td>
            <Td>
              <Flex tag="ul" direction="column" alignItems="flex-start" gap={1}>
                {row.attachments.map((attachment) => (
                  <li key={String(attachment.id)}>
                    <Button variant="ghost" size="S" startIcon={<Download />} onClick={() => onDownload(attachment.url, attachment.name)}>
                      {`${attachment.name} (${Math.ceil(attachment.size)} KB)`}
                    </Button>
                  </li>
                ))}
              </Flex>
            </Td>
            <Td>
              <Flex gap={2} wrap="wrap">
                <Button variant="secondary" size="S" onClick={() => onDialog({ kind: 'review', proposal: row })}>
                  {`Review ${row.reference}`}
                </Button>
                {/* Reading, the committee and the decision (draft, the applicant's mail, confirm) are on the proposal's own page. */}
                <Link tag={RouterLink} to={reviewPath('proposals', row.documentId)}>
                  {t('review.proposal.readLink', { reference: row.reference })}
                </Link>
              </Flex>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
