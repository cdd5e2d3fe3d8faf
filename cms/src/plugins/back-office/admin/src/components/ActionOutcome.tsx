import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';
import type { ApiProblem } from '../api';
import { ProblemAlert } from './PageShell';

/** What the last action of a section came to: what it did, or why it was not done. A new one each time. */
export type Outcome = { round: number; done: string; problem?: undefined } | { round: number; done?: undefined; problem: ApiProblem };

/**
 * Keeps the outcome of a section's actions: `done(message)` or `failed(problem)`. Each call is a new
 * outcome, so the same message twice still moves focus again.
 */
export function useOutcome() {
  const [outcome, setOutcome] = React.useState<Outcome>();
  const done = React.useCallback((message: string) => setOutcome((previous) => ({ round: (previous?.round ?? 0) + 1, done: message })), []);
  const failed = React.useCallback((problem: ApiProblem) => setOutcome((previous) => ({ round: (previous?.round ?? 0) + 1, problem })), []);
  /** Nothing to say here (what went wrong is said at a field, which has focus). */
  const clear = React.useCallback(() => setOutcome(undefined), []);
  return { outcome, done, failed, clear };
}

/**
 * Where an action's outcome shows, in the section where it was done. The button pressed is disabled
 * while the action is on its way, or gone once it is done (a closed request shows "reopen"), so the
 * browser would drop focus to the page's top: focus comes here instead, and a screen reader reads
 * what happened (a polite live region, focused) before the person carries on from this place.
 */
export function ActionOutcome({ outcome, problemTitle }: { outcome: Outcome | undefined; problemTitle: string }) {
  const region = React.useRef<HTMLDivElement>(null);
  const round = outcome?.round;
  React.useEffect(() => {
    if (round !== undefined) region.current?.focus({ preventScroll: false });
  }, [round]);
  return (
    <div ref={region} tabIndex={-1} role="status" data-action-outcome="" style={{ outlineOffset: '2px' }}>
      {outcome?.problem && <ProblemAlert problem={outcome.problem} title={problemTitle} />}
      {outcome?.done && (
        <Box paddingBottom={3}>
          <Typography textColor="success700" fontWeight="bold">
            {outcome.done}
          </Typography>
        </Box>
      )}
    </div>
  );
}
