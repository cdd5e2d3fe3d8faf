import * as React from 'react';
import { Button, Flex, Modal } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { problemOf, type ApiProblem, type Criterion, type ProposalRow } from '../api';
import { useLabels } from '../labels';
import { useStaffTexts } from '../i18n';
import { ChoiceSelect } from './ChoiceSelect';
import { ProblemAlert } from './PageShell';
import { TextField } from './TextField';
import { INPUT_LIMITS } from '../../../server/contracts';

const SCORES = [0, 1, 2, 3, 4, 5];

interface DialogProps {
  proposal: ProposalRow;
  onClose(): void;
  onDone(): void;
}

function FormDialog({
  title,
  submitLabel,
  onSubmit,
  onClose,
  problem,
  saving,
  children,
}: {
  title: string;
  submitLabel: string;
  onSubmit(): Promise<void>;
  onClose(): void;
  problem: ApiProblem | undefined;
  saving: boolean;
  children: React.ReactNode;
}) {
  const { t } = useStaffTexts();
  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <form
          aria-label={title}
          onSubmit={(event) => {
            event.preventDefault();
            void onSubmit();
          }}
        >
          <Modal.Header closeLabel={t('workspace.close')}>
            <Modal.Title>{title}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <ProblemAlert problem={problem} title={t('proposals.not-saved')} />
              {children}
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('workspace.cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={saving}>
              {submitLabel}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
}

/** Saving through the admin API, keeping the server's words when it refuses. */
function useSave(onDone: () => void) {
  const [problem, setProblem] = React.useState<ApiProblem>();
  const [saving, setSaving] = React.useState(false);
  const save = async (action: () => Promise<unknown>) => {
    setSaving(true);
    try {
      await action();
      onDone();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setSaving(false);
    }
  };
  return { problem, saving, save };
}

/** One reviewer's score per criterion (0 to 5) and a comment; reviewing again replaces the earlier review. */
export function ReviewDialog({ proposal, criteria, onClose, onDone }: DialogProps & { criteria: Criterion[] }) {
  const { t, number } = useLabels();
  const { post } = useFetchClient();
  const { problem, saving, save } = useSave(onDone);
  const [scores, setScores] = React.useState<(string | undefined)[]>(() => criteria.map(() => undefined));
  const [comment, setComment] = React.useState('');

  const submit = () =>
    save(() =>
      post(`/back-office/proposals/${encodeURIComponent(proposal.documentId)}/reviews`, {
        scores: scores.flatMap((score, criterion) => (score === undefined ? [] : [{ criterion, score: Number(score) }])),
        comment: comment || undefined,
      }),
    );

  return (
    <FormDialog
      title={t('proposals.review.title', { reference: proposal.reference, project: proposal.projectTitle })}
      submitLabel={t('proposals.review.save')}
      onSubmit={submit}
      onClose={onClose}
      problem={problem}
      saving={saving}
    >
      {criteria.map((criterion, index) => (
        <ChoiceSelect
          key={criterion.title}
          name={`score-${index}`}
          label={criterion.title}
          hint={
            [criterion.description, criterion.weight ? t('proposals.review.weight', { weight: number(criterion.weight, 2) }) : undefined]
              .filter(Boolean)
              .join(' ') || undefined
          }
          value={scores[index]}
          choices={SCORES.map((score) => ({ value: String(score), label: t('proposals.points', { score }) }))}
          placeholder={t('proposals.score')}
          onChange={(value) => setScores((current) => current.map((score, position) => (position === index ? value : score)))}
        />
      ))}
      <TextField
        name="review-comment"
        label={t('proposals.review.comment')}
        multiline
        maxLength={INPUT_LIMITS.reviewComment}
        value={comment}
        onChange={setComment}
      />
    </FormDialog>
  );
}
