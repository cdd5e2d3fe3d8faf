import { Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { formatEuro, MUNICIPALITIES, termName } from '@cb/domain';
import type { ProposalReading } from '../../../server/contracts';
import { useStaffTexts } from '../i18n';
import { staffDate, useLabels } from '../labels';
import { DetailsList } from './DetailsList';
import { Section } from './Section';
import { DuplicateList } from './DuplicateList';
import { FileDownloads } from './FileDownloads';

/** Every answer of a proposal, laid out for reading and printing: who applies, the project, the budget, the files. */
export function ProposalReadingView({ proposal }: { proposal: ProposalReading }) {
  const { t, locale } = useStaffTexts();
  const { localeName } = useLabels();
  const { applicant, project } = proposal;
  const municipalities = project.municipalities.map((code) => termName(MUNICIPALITIES, code, locale) ?? code).join(', ');
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Section title={t('review.proposal.applicant')} id="proposal-applicant">
        <DetailsList
          rows={[
            [
              t('review.proposal.applicantType'),
              t(applicant.applicantType === 'organisation' ? 'review.applicantType.organisation' : 'review.applicantType.person'),
            ],
            ...(applicant.organisationName ? [[t('review.proposal.organisation'), applicant.organisationName] as const] : []),
            ...(applicant.enterpriseNumber ? [[t('review.proposal.enterpriseNumber'), applicant.enterpriseNumber] as const] : []),
            [t('review.proposal.contact'), applicant.contactName],
            ...(applicant.email ? [[t('review.proposal.email'), applicant.email] as const] : []),
            ...(applicant.phone ? [[t('review.proposal.phone'), applicant.phone] as const] : []),
            [t('review.proposal.language'), localeName(proposal.formLocale)],
          ]}
        />
      </Section>
      <Section title={t('review.proposal.project')} id="proposal-project">
        <DetailsList
          rows={[
            [t('review.proposal.projectTitle'), project.title],
            [t('review.proposal.description'), project.description],
            [t('review.proposal.targetGroup'), project.targetGroup],
            [t('review.proposal.municipalities'), municipalities || '—'],
            [
              t('review.proposal.period'),
              t('review.proposal.periodValue', { start: staffDate(locale, project.startDate), end: staffDate(locale, project.endDate) }),
            ],
          ]}
        />
      </Section>
      <BudgetSection proposal={proposal} />
      <AttachmentsSection proposal={proposal} />
      <Section title={t('review.proposal.duplicates')} id="proposal-duplicates">
        <DuplicateList duplicates={proposal.possibleDuplicates} />
      </Section>
    </Flex>
  );
}

function BudgetSection({ proposal }: { proposal: ProposalReading }) {
  const { t, locale } = useStaffTexts();
  const { budget } = proposal;
  const euro = (amount: number) => formatEuro(locale, amount);
  return (
    <Section title={t('review.proposal.budget')} id="proposal-budget">
      <Flex direction="column" alignItems="stretch" gap={4}>
        {budget.lines.length === 0 ? (
          <Typography>{t('review.proposal.noBudgetLines')}</Typography>
        ) : (
          <Table colCount={2} rowCount={budget.lines.length + 2}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('review.proposal.budgetLine')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('review.proposal.amount')}</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {budget.lines.map((line, index) => (
                <Tr key={index}>
                  <Td>
                    <Typography>{line.label}</Typography>
                  </Td>
                  <Td>
                    <Typography>{euro(line.amount)}</Typography>
                  </Td>
                </Tr>
              ))}
              <Tr>
                <Td>
                  <Typography fontWeight="bold">{t('review.proposal.total')}</Typography>
                </Td>
                <Td>
                  <Typography fontWeight="bold">{euro(budget.total)}</Typography>
                </Td>
              </Tr>
            </Tbody>
          </Table>
        )}
        <DetailsList
          rows={[
            [t('review.proposal.requested'), euro(budget.requested)],
            [t('review.proposal.maximum'), euro(budget.maximum)],
          ]}
        />
        {budget.requestedAboveMaximum && <Typography textColor="danger700">{t('review.proposal.aboveMaximum')}</Typography>}
        {budget.linesDifferFromRequested && (
          <Typography textColor="neutral800" fontWeight="bold">
            {t('review.proposal.linesDiffer')}
          </Typography>
        )}
      </Flex>
    </Section>
  );
}

function AttachmentsSection({ proposal }: { proposal: ProposalReading }) {
  const { t } = useStaffTexts();
  return (
    <Section title={t('review.proposal.attachments')} id="proposal-attachments">
      {proposal.attachments.length === 0 ? (
        <Typography>{t('review.proposal.noAttachments')}</Typography>
      ) : (
        <FileDownloads files={proposal.attachments.map(({ name, size, url }) => ({ name, size, path: url }))} />
      )}
    </Section>
  );
}
