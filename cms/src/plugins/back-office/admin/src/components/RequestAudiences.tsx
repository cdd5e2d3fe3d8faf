import * as React from 'react';
import { Box, Button, Checkbox, Flex, Typography } from '@strapi/design-system';
import { AUDIENCES, termName } from '@cb/domain';
import { useStaffTexts } from '../i18n';
import { ActionOutcome } from './ActionOutcome';
import { Section } from './Section';
import { useCaseChange } from './useCaseChange';

/** Who the person is (older, a woman, a student…), as staff learn it: the suggestions weigh initiatives' audiences against it. */
export function RequestAudiences({ documentId, audiences, onChanged }: { documentId: string; audiences: string[]; onChanged(): void }) {
  const { t, locale } = useStaffTexts();
  const [chosen, setChosen] = React.useState(audiences);
  const { send, saving, outcome } = useCaseChange(onChanged);
  React.useEffect(() => setChosen(audiences), [audiences]);

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    void send(`/back-office/requests/${encodeURIComponent(documentId)}/audiences`, { audiences: chosen }, { method: 'PUT', done: t('outcome.saved') });
  };

  return (
    <Section title={t('case.audiences.title')} id="request-audiences">
      <Box tag="form" onSubmit={save}>
        <ActionOutcome outcome={outcome} problemTitle={t('case.actions.notDone')} />
        <Box tag="fieldset" style={{ border: 0, margin: 0, padding: 0 }} aria-labelledby="request-audiences" aria-describedby="request-audiences-hint">
          <Typography tag="p" id="request-audiences-hint" variant="pi" textColor="neutral600">
            {t('case.audiences.hint')}
          </Typography>
          <Flex wrap="wrap" gap={3} paddingTop={2}>
            {AUDIENCES.filter((term) => term.code !== 'everyone').map((term) => (
              <Checkbox
                key={term.code}
                name="audiences"
                value={term.code}
                checked={chosen.includes(term.code)}
                onCheckedChange={(checked: boolean | 'indeterminate') =>
                  setChosen((current) => (checked === true ? [...current, term.code] : current.filter((code) => code !== term.code)))
                }
              >
                {termName(AUDIENCES, term.code, locale) ?? term.code}
              </Checkbox>
            ))}
          </Flex>
        </Box>
        <Box paddingTop={2}>
          <Button type="submit" variant="secondary" loading={saving}>
            {t('case.audiences.save')}
          </Button>
        </Box>
      </Box>
    </Section>
  );
}
