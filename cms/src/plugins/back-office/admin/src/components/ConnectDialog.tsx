import * as React from 'react';
import { Button, Flex, Modal, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { problemOf, type ApiProblem } from '../api';
import { ProblemAlert } from './PageShell';
import { TextField } from './TextField';
import { INPUT_LIMITS } from '../../../server/contracts';

/** Whom the request is connected with: a volunteer's offer (a match) or an initiative (a referral). */
export type ConnectTarget = { kind: 'match'; documentId: string; label: string } | { kind: 'referral'; documentId: string; label: string };

interface ConnectDialogProps {
  helpRequest: string;
  target: ConnectTarget | undefined;
  onClose(): void;
  onConnected(): void;
}

/** A week from today: a sensible first follow-up. */
function inAWeek(): string {
  return new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Creates a match or a referral in one action, with the follow-up date and what each person may learn. */
export function ConnectDialog({ helpRequest, target, onClose, onConnected }: ConnectDialogProps) {
  const { post } = useFetchClient();
  const [followUpOn, setFollowUpOn] = React.useState(inAWeek);
  const [sharedWithRequester, setSharedWithRequester] = React.useState('');
  const [sharedWithVolunteer, setSharedWithVolunteer] = React.useState('');
  const [notes, setNotes] = React.useState('');
  const [problem, setProblem] = React.useState<ApiProblem>();
  const [saving, setSaving] = React.useState(false);

  React.useEffect(() => setProblem(undefined), [target]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!target) return;
    setSaving(true);
    try {
      const common = { helpRequest, followUpOn: followUpOn || undefined, sharedWithRequester: sharedWithRequester || undefined, notes: notes || undefined };
      if (target.kind === 'match')
        await post('/back-office/matches', { ...common, helpOffer: target.documentId, sharedWithVolunteer: sharedWithVolunteer || undefined });
      else await post('/back-office/referrals', { ...common, initiativeDocumentId: target.documentId });
      onConnected();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setSaving(false);
    }
  };

  const isMatch = target?.kind === 'match';
  return (
    <Modal.Root open={target !== undefined} onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <form onSubmit={submit} aria-label={isMatch ? 'Create a match' : 'Refer to an initiative'}>
          <Modal.Header>
            <Modal.Title>{isMatch ? `Match with ${target?.label ?? ''}` : `Refer to ${target?.label ?? ''}`}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography>
                {isMatch
                  ? 'The match starts as proposed. When you confirm it (status contacted), both people get an email with the safety advice and only what you choose to share below.'
                  : 'The request is passed on to this initiative.'}
              </Typography>
              <ProblemAlert problem={problem} title={isMatch ? 'The match was not created' : 'The referral was not created'} />
              <TextField name="followUpOn" label="Follow up on" type="date" value={followUpOn} onChange={setFollowUpOn} hint="The day to check how it goes." />
              <TextField
                name="sharedWithRequester"
                label="What the person who asked may learn"
                multiline
                maxLength={INPUT_LIMITS.sharedText}
                value={sharedWithRequester}
                onChange={setSharedWithRequester}
                hint="For example the volunteer's first name. Leave empty to share nothing."
              />
              {isMatch && (
                <TextField
                  name="sharedWithVolunteer"
                  label="What the volunteer may learn"
                  multiline
                  maxLength={INPUT_LIMITS.sharedText}
                  value={sharedWithVolunteer}
                  onChange={setSharedWithVolunteer}
                  hint="For example the first name and the neighbourhood. Leave empty to share nothing."
                />
              )}
              <TextField name="notes" label="Notes for staff" multiline maxLength={INPUT_LIMITS.notes} value={notes} onChange={setNotes} />
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">Cancel</Button>
            </Modal.Close>
            <Button type="submit" loading={saving}>
              {isMatch ? 'Create match' : 'Create referral'}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
}
