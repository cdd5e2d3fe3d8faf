import * as React from 'react';
import { Button, Flex, Modal, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { problemOf, type ApiProblem } from '../api';
import { ProblemAlert } from './PageShell';
import { useStaffTexts } from '../i18n';
import { TextField } from './TextField';
import { INPUT_LIMITS } from '../../../server/contracts';

/** Whom the request is connected with: a volunteer's offer (a match) or an initiative (a referral). */
export type ConnectTarget = { kind: 'match'; documentId: string; label: string } | { kind: 'referral'; documentId: string; label: string };

interface ConnectDialogProps {
  helpRequest: string;
  target: ConnectTarget | undefined;
  onClose(): void;
  /** Once the dialog has closed on what it made (so focus can go to the page's answer, not back into the dialog). */
  onConnected(made: ConnectTarget): void;
}

/** A week from today: a sensible first follow-up. */
function inAWeek(): string {
  return new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Creates a match or a referral in one action, with the follow-up date and what each person may learn. */
export function ConnectDialog({ helpRequest, target, onClose, onConnected }: ConnectDialogProps) {
  const { t } = useStaffTexts();
  const { post } = useFetchClient();
  const [followUpOn, setFollowUpOn] = React.useState(inAWeek);
  const [sharedWithRequester, setSharedWithRequester] = React.useState('');
  const [sharedWithVolunteer, setSharedWithVolunteer] = React.useState('');
  const [notes, setNotes] = React.useState('');
  const [problem, setProblem] = React.useState<ApiProblem>();
  const [saving, setSaving] = React.useState(false);

  const made = React.useRef<ConnectTarget>();
  React.useEffect(() => setProblem(undefined), [target]);

  // The button that opened the dialog is gone once the suggestions reload: rather than let focus fall to the page's top, the page takes it.
  const closedAfter = (event: Event) => {
    const connected = made.current;
    made.current = undefined;
    if (!connected) return;
    event.preventDefault();
    onConnected(connected);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!target) return;
    setSaving(true);
    try {
      const common = { helpRequest, followUpOn: followUpOn || undefined, sharedWithRequester: sharedWithRequester || undefined, notes: notes || undefined };
      if (target.kind === 'match')
        await post('/back-office/matches', { ...common, helpOffer: target.documentId, sharedWithVolunteer: sharedWithVolunteer || undefined });
      else await post('/back-office/referrals', { ...common, initiativeDocumentId: target.documentId });
      made.current = target;
      onClose();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setSaving(false);
    }
  };

  const isMatch = target?.kind === 'match';
  return (
    <Modal.Root open={target !== undefined} onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content onCloseAutoFocus={closedAfter}>
        <form onSubmit={submit} aria-label={isMatch ? t('connect.form.match') : t('connect.form.referral')}>
          <Modal.Header closeLabel={t('workspace.close')}>
            <Modal.Title>{t(isMatch ? 'connect.title.match' : 'connect.title.referral', { label: target?.label ?? '' })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography>{isMatch ? t('connect.intro.match') : t('connect.intro.referral')}</Typography>
              <ProblemAlert problem={problem} title={isMatch ? t('connect.failed.match') : t('connect.failed.referral')} />
              <TextField
                name="followUpOn"
                label={t('workspace.follow-up-on')}
                type="date"
                value={followUpOn}
                onChange={setFollowUpOn}
                hint={t('connect.follow-up-hint')}
              />
              <TextField
                name="sharedWithRequester"
                label={t('connect.shared-with-requester')}
                multiline
                maxLength={INPUT_LIMITS.sharedText}
                value={sharedWithRequester}
                onChange={setSharedWithRequester}
                hint={t('connect.shared-with-requester-hint')}
              />
              {isMatch && (
                <TextField
                  name="sharedWithVolunteer"
                  label={t('connect.shared-with-volunteer')}
                  multiline
                  maxLength={INPUT_LIMITS.sharedText}
                  value={sharedWithVolunteer}
                  onChange={setSharedWithVolunteer}
                  hint={t('connect.shared-with-volunteer-hint')}
                />
              )}
              <TextField name="notes" label={t('connect.notes')} multiline maxLength={INPUT_LIMITS.notes} value={notes} onChange={setNotes} />
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('workspace.cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={saving}>
              {isMatch ? t('connect.create.match') : t('connect.create.referral')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
}
