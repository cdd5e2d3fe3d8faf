import * as React from 'react';
import { Box, Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { problemOf, type ApiProblem } from '../api';
import { PageShell, ProblemAlert } from '../components/PageShell';
import { Section } from '../components/Section';
import { TextField } from '../components/TextField';
import { INPUT_LIMITS } from '../../../server/contracts';
import { useStaffTexts } from '../i18n';
import { isStaffTextId } from '../../../../../staff-texts';

/** A person's right of access (export) and right to be forgotten (erase), by email address or phone number. */
export function PeoplePage() {
  const { t } = useStaffTexts();
  /** "api::help-request.help-request": 2 → "2 help requests". */
  const erasedCount = (type: string, count: number) => {
    const name = type.replace(/^api::[^.]+\./, '');
    const id = `people.erased.${name}`;
    return isStaffTextId(id) ? t(id, { count }) : t('people.erased.other', { type: name, count });
  };
  const { post } = useFetchClient();
  const [email, setEmail] = React.useState('');
  const [phone, setPhone] = React.useState('');
  const [exported, setExported] = React.useState<unknown>();
  const [erased, setErased] = React.useState<Record<string, number>>();
  const [problem, setProblem] = React.useState<ApiProblem>();
  const [confirming, setConfirming] = React.useState(false);

  const person = () => ({ email: email.trim() || undefined, phone: phone.trim() || undefined });
  const run = async (action: () => Promise<void>) => {
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(problemOf(error));
    }
  };
  const exportData = () =>
    run(async () => {
      setErased(undefined);
      setExported((await post('/back-office/people/export', person())).data);
    });
  const eraseData = () =>
    run(async () => {
      setConfirming(false);
      setExported(undefined);
      setErased((await post<Record<string, number>>('/back-office/people/erase', person())).data);
    });

  const identified = email.trim() !== '' || phone.trim() !== '';
  return (
    <PageShell title={t('people.title')} subtitle={t('people.subtitle')}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Section title={t('people.who')} id="person-who">
          <Flex gap={4} wrap="wrap" alignItems="flex-start">
            <Box minWidth="20rem">
              <TextField
                name="person-email"
                label={t('people.email')}
                type="email"
                maxLength={INPUT_LIMITS.email}
                value={email}
                onChange={setEmail}
                autoComplete="off"
              />
            </Box>
            <Box minWidth="16rem">
              <TextField
                name="person-phone"
                label={t('people.phone')}
                type="tel"
                maxLength={INPUT_LIMITS.phone}
                value={phone}
                onChange={setPhone}
                autoComplete="off"
                hint={t('people.phone-hint')}
              />
            </Box>
          </Flex>
          <Flex gap={2} paddingTop={4}>
            <Button onClick={exportData} disabled={!identified}>
              {t('people.export')}
            </Button>
            <Dialog.Root open={confirming} onOpenChange={setConfirming}>
              <Dialog.Trigger>
                <Button variant="danger-light" disabled={!identified}>
                  {t('people.erase')}
                </Button>
              </Dialog.Trigger>
              <Dialog.Content>
                <Dialog.Header>{t('people.confirm.title')}</Dialog.Header>
                <Dialog.Body>
                  <Typography>{t('people.confirm.body')}</Typography>
                </Dialog.Body>
                <Dialog.Footer>
                  <Dialog.Cancel>
                    <Button variant="tertiary">{t('workspace.cancel')}</Button>
                  </Dialog.Cancel>
                  <Dialog.Action>
                    <Button variant="danger-light" onClick={eraseData}>
                      {t('people.confirm.erase')}
                    </Button>
                  </Dialog.Action>
                </Dialog.Footer>
              </Dialog.Content>
            </Dialog.Root>
          </Flex>
        </Section>
        <ProblemAlert problem={problem} />
        {exported !== undefined && (
          <Section title={t('people.exported')} id="person-export">
            <Box
              tag="pre"
              tabIndex={0}
              role="region"
              aria-label={t('people.exported.label')}
              background="neutral100"
              padding={4}
              hasRadius
              maxHeight="32rem"
              overflow="auto"
              style={{ fontFamily: 'monospace', fontSize: '0.875rem', whiteSpace: 'pre-wrap', margin: 0 }}
            >
              {JSON.stringify(exported, null, 2)}
            </Box>
          </Section>
        )}
        {erased && (
          <Section title={t('people.erased')} id="person-erased">
            <Flex tag="ul" direction="column" alignItems="flex-start" gap={1}>
              {Object.entries(erased).map(([type, count]) => (
                <li key={type}>
                  <Typography>{erasedCount(type, count)}</Typography>
                </li>
              ))}
            </Flex>
          </Section>
        )}
      </Flex>
    </PageShell>
  );
}
