import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import type { CommitteeMember, ProposalReading } from '../../../server/contracts';
import { useBackOffice } from '../api';
import { useStaffTexts } from '../i18n';
import { ActionOutcome } from './ActionOutcome';
import { ChoiceSelect } from './ChoiceSelect';
import { ProblemAlert } from './PageShell';
import { Section } from './Section';
import { useCaseChange } from './useCaseChange';

/**
 * Who reviews this proposal, for staff who decide: assign a committee member by hand, or take an
 * assignment back. The button pressed goes (a member assigned leaves the choice; a member taken back
 * loses their button): the outcome takes focus.
 */
export function AssignmentPanel({ proposal, onChanged }: { proposal: ProposalReading; onChanged(): void }) {
  const { t } = useStaffTexts();
  const members = useBackOffice<CommitteeMember[]>(`/back-office/project-calls/${encodeURIComponent(proposal.call.documentId)}/committee`);
  const [chosen, setChosen] = React.useState<string>();
  const { send, saving, outcome } = useCaseChange(() => {
    onChanged();
    members.reload();
  });
  const base = `/back-office/proposals/${encodeURIComponent(proposal.documentId)}/assignments`;
  const assigned = proposal.reviews.assigned;
  const nameOf = (id: string | undefined) => members.data?.find((member) => String(member.id) === id)?.name ?? '';

  const free = (members.data ?? []).filter((member) => !assigned.some((reviewer) => reviewer.id === member.id));
  return (
    <Section title={t('review.committee.title')} id="assignments">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <ProblemAlert problem={members.problem} />
        <ActionOutcome outcome={outcome} problemTitle={t('review.committee.notChanged')} />
        <Box tag="ul">
          {assigned.map((reviewer) => (
            <li key={reviewer.id}>
              <Flex gap={3}>
                <Typography>
                  {`${reviewer.name} · ${t(reviewer.conflict ? 'review.committee.conflict' : reviewer.reviewed ? 'review.committee.reviewed' : 'review.committee.toReview')}`}
                </Typography>
                {!reviewer.reviewed && !reviewer.conflict && (
                  <Button
                    className="cb-no-print"
                    variant="tertiary"
                    size="S"
                    loading={saving}
                    onClick={() =>
                      void send(`${base}/${reviewer.id}`, undefined, { method: 'DELETE', done: t('review.committee.removed', { name: reviewer.name }) })
                    }
                  >
                    {t('review.committee.remove', { name: reviewer.name })}
                  </Button>
                )}
              </Flex>
            </li>
          ))}
        </Box>
        {free.length > 0 && (
          <form
            className="cb-no-print"
            onSubmit={(event) => {
              event.preventDefault();
              if (chosen)
                void send(base, { reviewerId: Number(chosen) }, { done: t('review.committee.assigned', { name: nameOf(chosen) }) }).then(
                  (sent) => sent && setChosen(undefined),
                );
            }}
          >
            <Flex gap={3} alignItems="flex-end">
              <ChoiceSelect
                name="assign-reviewer"
                label={t('review.committee.assign')}
                value={chosen}
                choices={free.map((member) => ({ value: String(member.id), label: member.name }))}
                onChange={setChosen}
              />
              <Button type="submit" variant="secondary" loading={saving}>
                {t('review.committee.assignButton')}
              </Button>
            </Flex>
          </form>
        )}
      </Flex>
    </Section>
  );
}
