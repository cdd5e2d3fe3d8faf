import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { problemOf, type ApiProblem } from '../api';
import { useOutcome } from './ActionOutcome';
import { focusField } from './focusField';

interface Change {
  /** What the section says once done (announced, and focused there). */
  done: string;
  method?: 'POST' | 'PUT' | 'DELETE';
  /**
   * The fields the section shows an error at, by the API's name of the field, each with the name of
   * its input (`TextField`, `ChoiceSelect`). A refusal that names only these is said once, at its
   * field, which takes focus: not again in the section's outcome.
   */
  fieldsShown?: Readonly<Record<string, string>>;
}

/**
 * Sends one change of a case (a note, an action) and keeps what went wrong, field by field, and the
 * outcome to show with `ActionOutcome` (which takes focus, so keyboard users carry on from there).
 */
export function useCaseChange(onChanged: () => void) {
  const { post, put, del } = useFetchClient();
  const [problem, setProblem] = React.useState<ApiProblem>();
  const [saving, setSaving] = React.useState(false);
  const { outcome, done, failed, clear } = useOutcome();

  const send = async (path: string, body: unknown, change: Change): Promise<boolean> => {
    setSaving(true);
    try {
      await (change.method === 'PUT' ? put(path, body) : change.method === 'DELETE' ? del(path) : post(path, body));
      setProblem(undefined);
      done(change.done);
      onChanged();
      return true;
    } catch (error) {
      const found = problemOf(error);
      setProblem(found);
      const input = inputOfFieldProblem(found, change.fieldsShown);
      if (input) {
        clear();
        focusField(input);
      } else failed(found);
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { send, problem, saving, outcome };
}

/** The input to focus when every field the problem names is one the section shows an error at (else undefined: the outcome says it). */
function inputOfFieldProblem(problem: ApiProblem, fieldsShown: Readonly<Record<string, string>> | undefined): string | undefined {
  const fields = Object.keys(problem.fields);
  if (!fieldsShown || fields.length === 0 || !fields.every((field) => fieldsShown[field] !== undefined)) return undefined;
  return fieldsShown[fields[0] ?? ''];
}
