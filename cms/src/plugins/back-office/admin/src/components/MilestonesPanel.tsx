import * as React from 'react';
import { staffDate } from '../labels';
import { Alert, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { MAX_MILESTONES, MILESTONE_WHAT_MAX_LENGTH } from '@cb/domain';
import type { MilestonesView, MilestoneView } from '../../../server/contracts';
import { problemOf, useBackOffice, type ApiProblem } from '../api';
import { useStaffTexts } from '../i18n';
import { FileDownloads } from './FileDownloads';
import { ProblemAlert } from './PageShell';
import { Section } from './Section';
import { TextField } from './TextField';

interface PlannedMilestone {
  /** Set for a milestone already saved; a new one has none until it is. */
  documentId?: string;
  plannedOn: string;
  what: string;
}

const planOf = (view: MilestonesView): PlannedMilestone[] => view.milestones.map(({ documentId, plannedOn, what }) => ({ documentId, plannedOn, what }));

/** A granted proposal's milestones, for staff who decide: what the applicant reported, and the plan, which saving mails to them. */
export function MilestonesPanel({ proposalDocumentId }: { proposalDocumentId: string }) {
  const { t } = useStaffTexts();
  const path = `/back-office/proposals/${encodeURIComponent(proposalDocumentId)}/milestones`;
  const loaded = useBackOffice<MilestonesView>(path);
  // Kept here, not in the form: saving reloads the plan, and the form is drawn anew for the milestones saved.
  const [saved, setSaved] = React.useState(false);
  return (
    <Section title={t('milestones.title')} id="milestones">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography>{t('milestones.intro')}</Typography>
        <ProblemAlert problem={loaded.problem} />
        {loaded.data && (
          <MilestonesForm
            key={loaded.data.milestones.map((milestone) => milestone.documentId).join()}
            path={path}
            view={loaded.data}
            saved={saved}
            setSaved={setSaved}
            onSaved={loaded.reload}
          />
        )}
      </Flex>
    </Section>
  );
}

interface MilestonesFormProps {
  path: string;
  view: MilestonesView;
  /** Whether to say the plan was saved (the panel keeps it across the reload that follows a save). */
  saved: boolean;
  setSaved(saved: boolean): void;
  onSaved(): void;
}

function MilestonesForm({ path, view, saved, setSaved, onSaved }: MilestonesFormProps) {
  const { t, locale } = useStaffTexts();
  const { put } = useFetchClient();
  const [plan, setPlan] = React.useState(() => planOf(view));
  const [problem, setProblem] = React.useState<ApiProblem>();
  const saving = React.useRef(false);

  const change = (index: number, fields: Partial<PlannedMilestone>) =>
    setPlan((current) => current.map((milestone, at) => (at === index ? { ...milestone, ...fields } : milestone)));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (saving.current) return;
    saving.current = true;
    setProblem(undefined);
    setSaved(false);
    try {
      await put(path, { milestones: plan });
      setSaved(true);
      onSaved();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      saving.current = false;
    }
  }

  const reported = new Map(view.milestones.map((milestone) => [milestone.documentId, milestone]));
  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography>
          {view.publicationConsentAt ? t('milestones.consent', { date: staffDate(locale, view.publicationConsentAt) }) : t('milestones.noConsent')}
        </Typography>
        <ProblemAlert problem={problem} />
        {saved && (
          <Alert variant="success" closeLabel={t('workspace.close')} onClose={() => setSaved(false)}>
            {t('milestones.saved')}
          </Alert>
        )}
        <Box tag="ol">
          {plan.map((milestone, index) => (
            <li key={milestone.documentId ?? `new-${index}`}>
              <Flex direction="column" alignItems="stretch" gap={2} paddingBottom={4}>
                <Flex gap={3} alignItems="flex-start" wrap="wrap">
                  <TextField
                    name={`milestone-${index}-plannedOn`}
                    label={t('milestones.plannedOn')}
                    type="date"
                    required
                    value={milestone.plannedOn}
                    error={problem?.fields[`milestones.${index}.plannedOn`]}
                    onChange={(plannedOn) => change(index, { plannedOn })}
                  />
                  <TextField
                    name={`milestone-${index}-what`}
                    label={t('milestones.what')}
                    required
                    maxLength={MILESTONE_WHAT_MAX_LENGTH}
                    value={milestone.what}
                    error={problem?.fields[`milestones.${index}.what`]}
                    onChange={(what) => change(index, { what })}
                  />
                  <Button variant="tertiary" onClick={() => setPlan((current) => current.filter((_, at) => at !== index))}>
                    {t('milestones.remove')}
                  </Button>
                </Flex>
                {milestone.documentId && <MilestoneReport milestone={reported.get(milestone.documentId)} />}
              </Flex>
            </li>
          ))}
        </Box>
        <Flex gap={3}>
          {plan.length < MAX_MILESTONES && (
            <Button variant="secondary" onClick={() => setPlan((current) => [...current, { plannedOn: '', what: '' }])}>
              {t('milestones.add')}
            </Button>
          )}
          <Button type="submit">{t('milestones.save')}</Button>
        </Flex>
      </Flex>
    </form>
  );
}

/** Where a saved milestone stands, and what the applicant reported on it with their files. */
function MilestoneReport({ milestone }: { milestone: MilestoneView | undefined }) {
  const { t, locale } = useStaffTexts();
  if (!milestone) return null;
  const state = milestone.done ? t('milestones.done') : milestone.late ? t('milestones.late') : t('milestones.notDone');
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Typography fontWeight="semiBold">{state}</Typography>
      {milestone.report && (
        <Typography>
          {t('labelled', {
            label: `${t('milestones.report')}${milestone.reportedAt ? ` (${staffDate(locale, milestone.reportedAt)})` : ''}`,
            value: milestone.report,
          })}
        </Typography>
      )}
      {milestone.files.length > 0 && <FileDownloads files={milestone.files.map(({ name, size, downloadPath }) => ({ name, size, path: downloadPath }))} />}
    </Flex>
  );
}
