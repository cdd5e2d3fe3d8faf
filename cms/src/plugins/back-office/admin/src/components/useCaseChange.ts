import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { problemOf, type ApiProblem } from '../api';
import { useOutcome } from './ActionOutcome';

interface Change {
  /** What the section says once done (announced, and focused there). */
  done: string;
  method?: 'POST' | 'PUT';
}

/**
 * Sends one change of a case (a note, an action) and keeps what went wrong, field by field, and the
 * outcome to show with `ActionOutcome` (which takes focus, so keyboard users carry on from there).
 */
export function useCaseChange(onChanged: () => void) {
  const { post, put } = useFetchClient();
  const [problem, setProblem] = React.useState<ApiProblem>();
  const [saving, setSaving] = React.useState(false);
  const { outcome, done, failed } = useOutcome();

  const send = async (path: string, body: unknown, change: Change): Promise<boolean> => {
    setSaving(true);
    try {
      await (change.method === 'PUT' ? put(path, body) : post(path, body));
      setProblem(undefined);
      done(change.done);
      onChanged();
      return true;
    } catch (error) {
      const found = problemOf(error);
      setProblem(found);
      failed(found);
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { send, problem, saving, outcome };
}
