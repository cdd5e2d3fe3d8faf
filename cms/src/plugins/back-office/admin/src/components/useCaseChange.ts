import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { problemOf, type ApiProblem } from '../api';

/** Sends one change of a case (a note, an action) and keeps what went wrong, field by field. */
export function useCaseChange(onChanged: () => void) {
  const { post, put } = useFetchClient();
  const [problem, setProblem] = React.useState<ApiProblem>();
  const [saving, setSaving] = React.useState(false);

  const send = async (path: string, body: unknown, method: 'POST' | 'PUT' = 'POST'): Promise<boolean> => {
    setSaving(true);
    try {
      await (method === 'POST' ? post(path, body) : put(path, body));
      setProblem(undefined);
      onChanged();
      return true;
    } catch (error) {
      setProblem(problemOf(error));
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { send, problem, saving };
}
