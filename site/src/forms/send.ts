import { FORM_LAYOUTS, type IntakeForm } from '@cb/domain/intake';
import type { Locale } from '@cb/domain';

/** What came of sending a form: stored, fields to correct, refused as a whole (429, 413), or no answer at all. */
export type SendOutcome =
  | { kind: 'stored'; reference: string }
  | { kind: 'invalid'; errors: Record<string, string> }
  | { kind: 'refused'; message?: string }
  /** The key came back with other answers (sent once, then changed): this fill needs a new key. */
  | { kind: 'key-reused'; message?: string }
  | { kind: 'network' };

export function intakeAction(form: IntakeForm): string {
  return `/api/intake/${FORM_LAYOUTS[form].path}`;
}

interface Sending {
  form: IntakeForm;
  locale: Locale;
  idempotencyKey: string;
  /** JSON for the forms without files; the form element itself (multipart) for the one with files. */
  body: { json: Record<string, unknown> } | { formData: FormData };
}

export async function sendIntake({ form, locale, idempotencyKey, body }: Sending): Promise<SendOutcome> {
  const headers: Record<string, string> = { accept: 'application/json', 'idempotency-key': idempotencyKey };
  let payload: BodyInit;
  if ('json' in body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify({ ...body.json, locale });
  } else {
    payload = body.formData;
  }
  let response: Response;
  try {
    response = await fetch(intakeAction(form), { method: 'POST', headers, body: payload });
  } catch {
    return { kind: 'network' };
  }
  return readAnswer(response);
}

async function readAnswer(response: Response): Promise<SendOutcome> {
  const answer = (await response.json().catch(() => undefined)) as { reference?: unknown; error?: { fields?: Record<string, string> } } | undefined;
  // A proxy's gateway error without an answer of the CMS: as good as no connection.
  if (answer === undefined && response.status >= 502 && response.status <= 504) return { kind: 'network' };
  if (response.ok && typeof answer?.reference === 'string') return { kind: 'stored', reference: answer.reference };
  const fields = answer?.error?.fields;
  if (response.status === 422 && fields && Object.keys(fields).some((path) => path !== 'form')) return { kind: 'invalid', errors: fields };
  if (response.status === 409) return { kind: 'key-reused', message: fields?.form };
  return { kind: 'refused', message: fields?.form };
}
