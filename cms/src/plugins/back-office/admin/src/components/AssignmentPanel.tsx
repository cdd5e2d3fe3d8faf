import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { CommitteeMember, ProposalReading } from '../../../server/contracts';
import { problemOf, useBackOffice, type ApiProblem } from '../api';
import { useStaffTexts } from '../i18n';
import { ChoiceSelect } from './ChoiceSelect';
import { ProblemAlert } from './PageShell';
import { Section } from './Section';

/** Who reviews this proposal, for staff who decide: assign a committee member by hand, or take an assignment back. */
export function AssignmentPanel({ proposal, onChanged }: { proposal: ProposalReading; onChanged(): void }) {
  const { t } = useStaffTexts();
  const { post, del } = useFetchClient();
  const members = useBackOffice<CommitteeMember[]>(`/back-office/project-calls/${encodeURIComponent(proposal.call.documentId)}/committee`);
  const [chosen, setChosen] = React.useState<string>();
  const [problem, setProblem] = React.useState<ApiProblem>();
  const base = `/back-office/proposals/${encodeURIComponent(proposal.documentId)}/assignments`;
  const assigned = proposal.reviews.assigned;

  async function act(action: () => Promise<unknown>) {
    setProblem(undefined);
    try {
      await action();
      onChanged();
      members.reload();
    } catch (error) {
      setProblem(problemOf(error));
    }
  }

  const free = (members.data ?? []).filter((member) => !assigned.some((reviewer) => reviewer.id === member.id));
  return (
    <Section title={t('review.committee.title')} id="assignments">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <ProblemAlert problem={problem ?? members.problem} />
        <Box tag="ul">
          {assigned.map((reviewer) => (
            <li key={reviewer.id}>
              <Flex gap={3}>
                <Typography>
                  {`${reviewer.name} · ${t(reviewer.conflict ? 'review.committee.conflict' : reviewer.reviewed ? 'review.committee.reviewed' : 'review.committee.toReview')}`}
                </Typography>
                {!reviewer.reviewed && !reviewer.conflict && (
                  <Button className="cb-no-print" variant="tertiary" size="S" onClick={() => void act(() => del(`${base}/${reviewer.id}`))}>
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
              if (chosen) void act(() => post(base, { reviewerId: Number(chosen) }));
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
              <Button type="submit" variant="secondary">
                {t('review.committee.assignButton')}
              </Button>
            </Flex>
          </form>
        )}
      </Flex>
    </Section>
  );
}
