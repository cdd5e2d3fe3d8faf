import * as React from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Box, Button, Flex, Link, Table, Tbody, Td, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { BackButton } from '@strapi/strapi/admin';
import { problemOf, useBackOffice, useDownload, type ApiProblem, type ProjectCall, type ProposalRow, type Proposals } from '../api';
import { useLabels } from '../labels';
import { pagePath, reviewPath } from '../pluginId';
import { Loading, PageShell, ProblemAlert } from '../components/PageShell';
import { TableHead } from '../components/TableHead';
import { Section } from '../components/Section';
import { ReviewDialog } from '../components/ProposalDialogs';

/** The project calls, or the proposals of one call with their reviews and decisions. */
export function ProposalsPage() {
  const { documentId } = useParams();
  return documentId ? <CallProposals documentId={documentId} /> : <CallList />;
}

function CallList() {
  const { t, date } = useLabels();
  const { data, problem, loading } = useBackOffice<ProjectCall[]>('/back-office/project-calls');
  return (
    <PageShell title={t('proposals.title')} subtitle={t('proposals.subtitle')}>
      <ProblemAlert problem={problem} title={t('proposals.calls-failed')} />
      {loading && !data && <Loading />}
      {data && data.length === 0 && <Typography>{t('proposals.no-call')}</Typography>}
      <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
        {(data ?? []).map((call) => (
          <Box tag="li" key={call.documentId} background="neutral0" padding={5} shadow="filterShadow" hasRadius>
            <Link tag={RouterLink} to={pagePath('project-calls', call.documentId)}>
              {call.title}
            </Link>
            <Typography tag="p" variant="pi" textColor="neutral600">
              {t('proposals.call-line', { date: date(call.deadline), count: call.criteria.length })}
            </Typography>
          </Box>
        ))}
      </Flex>
    </PageShell>
  );
}

type Dialog = { kind: 'review'; proposal: ProposalRow } | undefined;

function CallProposals({ documentId }: { documentId: string }) {
  const { t, date } = useLabels();
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
      {t('proposals.sheet')}
    </Button>
  );
  const done = () => {
    setDialog(undefined);
    proposals.reload();
  };

  return (
    <PageShell
      title={call?.title ?? t('proposals.title.loading')}
      subtitle={call ? t('proposals.deadline', { date: date(call.deadline) }) : undefined}
      primaryAction={downloadSheet}
      navigationAction={<BackButton />}
    >
      <Flex direction="column" alignItems="stretch" gap={6}>
        <ProblemAlert problem={proposals.problem} title={t('proposals.load-failed')} />
        <ProblemAlert problem={downloadProblem} title={t('proposals.download-failed')} />
        {proposals.loading && !proposals.data && <Loading />}
        {proposals.data && <Criteria criteria={proposals.data.criteria} />}
        {proposals.data && (
          <Section title={t('proposals.proposals')} id="proposals">
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
  const { t, number } = useLabels();
  return (
    <Section title={t('proposals.criteria')} id="criteria">
      <Flex tag="ol" direction="column" alignItems="flex-start" gap={1} style={{ paddingLeft: '1.5rem', listStyle: 'decimal' }}>
        {criteria.map((criterion) => (
          <li key={criterion.title}>
            <Typography>
              {criterion.weight ? t('proposals.criterion-weight', { title: criterion.title, weight: number(criterion.weight, 2) }) : criterion.title}
            </Typography>
            {criterion.description && (
              <Typography tag="p" variant="pi" textColor="neutral600">
                {criterion.description}
              </Typography>
            )}
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

/** What the score column says: the mean score with how many complete reviews it rests on, or that none is in yet. */
function scoreText({ t, number }: ReturnType<typeof useLabels>, row: ProposalRow): string {
  if (row.score === null || row.score === undefined || row.reviews === 0) return t('proposals.not-reviewed');
  return t('proposals.score-of', { score: number(row.score, 1), reviews: row.reviews });
}

/**
 * The proposals, one row each. It fits the content area of a 1280 px wide screen (the admin's two
 * navigations take a third of it): the attachments go under the project, the actions stack, and
 * long words wrap instead of pushing the actions out of sight.
 */
function ProposalTable({ rows, onDialog, onDownload }: ProposalTableProps) {
  const labels = useLabels();
  const { t, statusLabel, euros, number } = labels;
  if (rows.length === 0) return <Typography>{t('proposals.none')}</Typography>;
  return (
    <Table colCount={6} rowCount={rows.length + 1} style={{ tableLayout: 'auto', width: '100%' }}>
      <VisuallyHidden tag="caption">{t('proposals.caption')}</VisuallyHidden>
      <TableHead
        headings={[
          t('proposals.project'),
          t('workspace.status'),
          t('proposals.requested'),
          t('proposals.granted'),
          t('proposals.score'),
          t('proposals.actions'),
        ]}
      />
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.documentId}>
            <Td style={WRAPPING}>
              <Typography fontWeight="bold" tag="p" style={WRAPPING}>
                {row.projectTitle}
              </Typography>
              <Typography variant="pi" tag="p" style={WRAPPING}>{`${row.reference} · ${row.applicant}`}</Typography>
              {(row.comments ?? []).map((comment, index) => (
                <Typography key={index} variant="pi" textColor="neutral600" tag="p" style={WRAPPING}>
                  {t('labelled', { label: comment.reviewerName, value: comment.comment })}
                </Typography>
              ))}
              {row.attachments.length > 0 && (
                <Box paddingTop={2}>
                  <Typography variant="sigma" textColor="neutral600" tag="p">
                    {t('proposals.attachments')}
                  </Typography>
                  <Flex tag="ul" direction="column" alignItems="flex-start" gap={1}>
                    {row.attachments.map((attachment) => (
                      <li key={String(attachment.id)} style={{ maxWidth: '100%' }}>
                        <Button
                          variant="ghost"
                          size="S"
                          startIcon={<Download />}
                          onClick={() => onDownload(attachment.url, attachment.name)}
                          style={{ ...WRAPPING, height: 'auto', textAlign: 'left' }}
                        >
                          {t('proposals.attachment', { name: attachment.name, size: number(Math.ceil(attachment.size)) })}
                        </Button>
                      </li>
                    ))}
                  </Flex>
                </Box>
              )}
            </Td>
            <Td>
              <Typography>{statusLabel(row.caseStatus)}</Typography>
            </Td>
            <Td>
              <Typography style={{ whiteSpace: 'nowrap' }}>{euros(row.requestedAmount)}</Typography>
            </Td>
            <Td>
              <Typography style={{ whiteSpace: 'nowrap' }}>{euros(row.grantedAmount) || '—'}</Typography>
            </Td>
            <Td style={WRAPPING}>
              <Typography style={WRAPPING}>{scoreText(labels, row)}</Typography>
            </Td>
            <Td>
              <Flex direction="column" alignItems="stretch" gap={2}>
                <Button variant="secondary" size="S" onClick={() => onDialog({ kind: 'review', proposal: row })}>
                  {t('proposals.review', { reference: row.reference })}
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

/** Table cells of the design system do not wrap; long titles, names and file names must. */
const WRAPPING = { whiteSpace: 'normal', overflowWrap: 'anywhere' } as const;
