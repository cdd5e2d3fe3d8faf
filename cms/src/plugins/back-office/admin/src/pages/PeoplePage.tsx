import * as React from 'react';
import { Box, Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { problemOf, type ApiProblem } from '../api';
import { PageShell, ProblemAlert } from '../components/PageShell';
import { Section } from '../components/Section';
import { TextField } from '../components/TextField';
import { INPUT_LIMITS } from '../../../server/contracts';

/** A person's right of access (export) and right to be forgotten (erase), by email address or phone number. */
export function PeoplePage() {
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
    <PageShell title="Person data" subtitle="Export or erase everything we keep about one person, at their request">
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Section title="Who" id="person-who">
          <Flex gap={4} wrap="wrap" alignItems="flex-start">
            <Box minWidth="20rem">
              <TextField
                name="person-email"
                label="Email address"
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
                label="Phone number"
                type="tel"
                maxLength={INPUT_LIMITS.phone}
                value={phone}
                onChange={setPhone}
                autoComplete="off"
                hint="Give one of the two, or both. A phone number alone finds only records without an email address (a shared landline must not reach someone else)."
              />
            </Box>
          </Flex>
          <Flex gap={2} paddingTop={4}>
            <Button onClick={exportData} disabled={!identified}>
              Export their data
            </Button>
            <Dialog.Root open={confirming} onOpenChange={setConfirming}>
              <Dialog.Trigger>
                <Button variant="danger-light" disabled={!identified}>
                  Erase their data
                </Button>
              </Dialog.Trigger>
              <Dialog.Content>
                <Dialog.Header>Erase this person's data?</Dialog.Header>
                <Dialog.Body>
                  <Typography>
                    Their requests, offers, stories and proposals keep their reference number and lose every personal detail. This cannot be undone.
                  </Typography>
                </Dialog.Body>
                <Dialog.Footer>
                  <Dialog.Cancel>
                    <Button variant="tertiary">Cancel</Button>
                  </Dialog.Cancel>
                  <Dialog.Action>
                    <Button variant="danger-light" onClick={eraseData}>
                      Erase
                    </Button>
                  </Dialog.Action>
                </Dialog.Footer>
              </Dialog.Content>
            </Dialog.Root>
          </Flex>
        </Section>
        <ProblemAlert problem={problem} />
        {exported !== undefined && (
          <Section title="Their data" id="person-export">
            <Box
              tag="pre"
              tabIndex={0}
              role="region"
              aria-label="Their data as JSON"
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
          <Section title="Erased" id="person-erased">
            <Flex tag="ul" direction="column" alignItems="flex-start" gap={1}>
              {Object.entries(erased).map(([type, count]) => (
                <li key={type}>
                  <Typography>{`${type.replace(/^api::[^.]+\./, '')}: ${count}`}</Typography>
                </li>
              ))}
            </Flex>
          </Section>
        )}
      </Flex>
    </PageShell>
  );
}
