import { INTAKE_PATHS, type PublicForm } from './intake-submissions.ts';

export interface Acknowledgement {
  form: PublicForm;
  key: string;
  reference: string;
  /** 201 stored now, 200 a copy of one stored earlier (the same key). */
  status: number;
  attempts: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends a valid submission as the form island does (site/src/forms/send.ts) and retries it while there is
 * no answer of the CMS: a cut or refused connection, or a 502–504 without the CMS's JSON (a gateway's, or a
 * stopping CMS's 503). Every try carries the same body and Idempotency-Key. A refusal by the CMS itself
 * (a 4xx with its JSON) is an error: the submissions given here are valid.
 */
export async function submitUntilAnswered(baseUrl: string, form: PublicForm, body: Record<string, unknown>, key: string): Promise<Acknowledgement> {
  for (let attempt = 1; ; attempt++) {
    let status: number;
    let answer: { reference?: unknown } | undefined;
    try {
      const response = await fetch(`${baseUrl}/api/intake/${INTAKE_PATHS[form]}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': key },
        body: JSON.stringify(body),
      });
      status = response.status;
      answer = (await response.json().catch(() => undefined)) as typeof answer;
    } catch {
      await pause(50 + Math.random() * 150);
      continue;
    }
    if ((status === 201 || status === 200) && typeof answer?.reference === 'string')
      return { form, key, reference: answer.reference, status, attempts: attempt };
    const noAnswer = answer === undefined && status >= 502 && status <= 504;
    if (!noAnswer) throw new Error(`A valid ${form} was answered ${status}: ${JSON.stringify(answer)}`);
    await pause(50 + Math.random() * 150);
  }
}
