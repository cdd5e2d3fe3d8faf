import * as React from 'react';
import { staffDateTime } from '../labels';
import { Box, Button, Flex, Typography } from '@strapi/design-system';

import type { TimelineEntry } from '../../../server/contracts';
import { INPUT_LIMITS } from '../../../server/contracts';
import { isStaffTextId } from '../../../../../staff-texts';
import { useStaffTexts } from '../i18n';
import { ActionOutcome } from './ActionOutcome';
import { Section } from './Section';
import { TextField } from './TextField';
import { useCaseChange } from './useCaseChange';
import { useNoteDraft } from './useNoteDraft';

type Translate = ReturnType<typeof useStaffTexts>['t'];

/** A text named by a code from the server; the code itself if this page has no words for it yet. */
export function textOf(t: Translate, id: string): string {
  return isStaffTextId(id) ? t(id) : id;
}

/**
 * Who wrote a line: a staff member; else a note from before the timeline, the platform's own check,
 * or a person answering through a signed link in one of our mails (check-ins, concerns, away days).
 */
function byline(entry: TimelineEntry, when: string, t: Translate): string {
  if (entry.author) return t('case.timeline.byWhen', { name: entry.author.name, when });
  if (entry.kind === 'note') return t('case.timeline.unknownAuthor', { when });
  if (entry.kind === 'check-in-unanswered') return t('case.timeline.byPlatform', { when });
  return t('case.timeline.byLink', { when });
}

/** What a line of the timeline says happened, in the staff member's words. */
function whatHappened(entry: TimelineEntry, t: Translate): string {
  const status = entry.toStatus ? textOf(t, `status.${entry.toStatus}`) : '';
  switch (entry.kind) {
    case 'closed':
      return entry.closeReason ? t('case.kind.closedBecause', { reason: textOf(t, `case.reason.${entry.closeReason}`) }) : t('case.kind.closed');
    case 'status-changed':
    case 'resumed':
      return t(`case.kind.${entry.kind}`, { status });
    case 'match-moved':
      return t(entry.matchKind === 'referral' ? 'case.kind.referral-moved' : 'case.kind.match-moved', { status });
    default:
      // Check-in and concern lines name who of the match they come from (never by name).
      return t(`case.kind.${entry.kind}`, { person: entry.person ?? 'other' });
  }
}

/** A case's notes and changes, newest first (who, when, what), and a form to add a note: notes are added, never replaced. */
export function CaseTimeline({ entries, notePath, onChanged }: { entries: TimelineEntry[]; notePath: string; onChanged(): void }) {
  const { t, locale } = useStaffTexts();
  const { draft: text, setDraft: setText, saved } = useNoteDraft();
  const { send, problem, saving, outcome } = useCaseChange(onChanged);

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    const sent = text;
    if (await send(notePath, { text: sent }, { done: t('outcome.noteAdded') })) saved(sent);
  };

  return (
    <Section title={t('case.timeline.title')} id="case-timeline">
      <Box tag="form" onSubmit={add} aria-label={t('case.timeline.add')} paddingBottom={4}>
        <ActionOutcome outcome={outcome} problemTitle={t('case.timeline.notSaved')} />
        <TextField
          name="case-note"
          label={t('case.timeline.newNote')}
          hint={t('case.timeline.newNoteHint')}
          error={problem?.fields.text}
          multiline
          maxLength={INPUT_LIMITS.notes}
          value={text}
          onChange={setText}
        />
        <Box paddingTop={2}>
          <Button type="submit" loading={saving} disabled={text.trim() === ''}>
            {t('case.timeline.add')}
          </Button>
        </Box>
      </Box>
      {entries.length === 0 ? (
        <Typography>{t('case.timeline.empty')}</Typography>
      ) : (
        <Flex tag="ol" direction="column" alignItems="stretch" gap={3} aria-label={t('case.timeline.title')}>
          {entries.map((entry) => {
            const when = staffDateTime(locale, entry.writtenAt);
            return (
              <Box tag="li" key={entry.documentId} padding={3} borderColor="neutral200" hasRadius>
                <Typography tag="p" variant="omega" fontWeight="bold">
                  {whatHappened(entry, t)}
                </Typography>
                <Typography tag="p" variant="pi" textColor="neutral600">
                  {byline(entry, when, t)}
                </Typography>
                {entry.text && (
                  <Typography tag="p" paddingTop={1} style={{ whiteSpace: 'pre-wrap' }}>
                    {entry.text}
                  </Typography>
                )}
                {entry.wiped && (
                  <Typography tag="p" variant="pi" textColor="neutral600" paddingTop={1}>
                    {t('case.timeline.wiped')}
                  </Typography>
                )}
              </Box>
            );
          })}
        </Flex>
      )}
    </Section>
  );
}
