import * as z from 'zod';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '@cb/domain';
import { INTAKE_TEXT_LIMITS, fieldMessage } from '@cb/domain/intake';
import { sharedCms, type TestCms } from '../helpers/cms';
import { INTAKE_PATHS, PUBLIC_FORMS, seededProjectCallId, validSubmission, type PublicForm, type SubmissionContext } from '../helpers/intake-payloads';
import { parseJson } from '../helpers/http';

/**
 * The shared schema is the only judge of a text's length, counted in characters as people count
 * them (an emoji is one). For every text of every form: a text at the limit, whatever its script,
 * is stored and read back unchanged; one character more is refused with the field's message in the
 * form's language, without the text in the answer. The same holds for a post without JavaScript,
 * which is always answered with a redirect, never with JSON.
 */

let cms: TestCms;
let context: SubmissionContext;

beforeAll(async () => {
  cms = await sharedCms();
  context = { projectCallDocumentId: await seededProjectCallId(cms) };
});
afterAll(async () => {
  await cms?.stop();
});

/** One code point each, from the scripts people write names and stories in; a combining mark follows a letter. */
const CODE_POINTS = ['😀', '🧓', '𝕳', '字', '한', 'ש', 'م', 'é', 'e', '\u0301', 'ß'];

/** Texts of exactly `length` code points, mixed from the list above, never starting with a mark. */
const textOf = (length: number) =>
  fc
    .array(fc.constantFrom(...CODE_POINTS), { minLength: length, maxLength: length })
    .map((points) => (points[0] === '\u0301' ? ['a', ...points.slice(1)] : points).join(''));

/** Every limited text of every form, and where it sits in a submission. */
const TEXT_FIELDS = PUBLIC_FORMS.flatMap((form) =>
  Object.entries(INTAKE_TEXT_LIMITS[form])
    .filter(([field]) => field !== 'projectCallDocumentId')
    .map(([field, limit]) => ({ form, field, limit })),
);

let counter = 0;
const budgetLines = z.array(z.looseObject({ label: z.string(), amount: z.union([z.number(), z.string()]) }));
function submissionWith(form: PublicForm, field: string, text: string, locale: Locale): Record<string, unknown> {
  const body = validSubmission(form, 10_000 + counter++, context, locale);
  if (field === 'budgetLineLabel') {
    const lines = budgetLines.parse(body.budgetLines);
    body.budgetLines = [{ ...lines[0], label: text }, ...lines.slice(1)];
  } else {
    body[field] = text;
  }
  return body;
}

function storedText(record: Record<string, unknown>, field: string): unknown {
  return field === 'budgetLineLabel' ? budgetLines.parse(record.budgetLines)[0]?.label : record[field];
}

async function postJson(form: PublicForm, body: Record<string, unknown>) {
  const response = await fetch(`${cms.url}/api/intake/${INTAKE_PATHS[form]}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

/** The fields as a browser without JavaScript posts them. */
function asPostedForm(body: Record<string, unknown>): URLSearchParams {
  const posted = new URLSearchParams();
  for (const [name, value] of Object.entries(body)) {
    if (name === 'budgetLines') {
      budgetLines.parse(value).forEach((line, index) => {
        posted.append(`budgetLines[${index}][label]`, line.label);
        posted.append(`budgetLines[${index}][amount]`, String(line.amount));
      });
    } else if (Array.isArray(value)) value.forEach((item) => posted.append(name, String(item)));
    else if (value === true) posted.append(name, 'on');
    else if (value !== false && value !== undefined) posted.append(name, String(value));
  }
  return posted;
}

async function postWithoutJavaScript(form: PublicForm, body: Record<string, unknown>) {
  return fetch(`${cms.url}/api/intake/${INTAKE_PATHS[form]}`, {
    method: 'POST',
    headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    body: asPostedForm(body),
    redirect: 'manual',
  });
}

async function storedRecord(form: PublicForm, reference: string): Promise<Record<string, unknown>> {
  const uid = `api::${form}.${form}` as const;
  const populate = form === 'project-proposal' ? ['budgetLines'] : [];
  return z.record(z.string(), z.unknown()).parse(await cms.strapi.db.query(uid).findOne({ where: { reference }, populate }));
}

describe.each(TEXT_FIELDS)('$form: $field ($limit characters)', ({ form, field, limit }) => {
  it('at the limit, in any script, is stored as JSON and read back equal', async () => {
    await fc.assert(
      fc.asyncProperty(textOf(limit), fc.constantFrom(...LOCALES), async (text, locale) => {
        const answer = await postJson(form, submissionWith(form, field, text, locale));
        expect(answer.status, answer.text.slice(0, 300)).toBe(201);
        const { reference } = parseJson(answer.text, z.looseObject({ reference: z.string() }));
        expect(storedText(await storedRecord(form, reference), field)).toBe(text);
      }),
      { numRuns: 4 },
    );
  });

  it('one character over the limit gets the field message in each language, without the text', async () => {
    await fc.assert(
      fc.asyncProperty(textOf(limit + 1), async (text) => {
        for (const locale of LOCALES) {
          const answer = await postJson(form, submissionWith(form, field, text, locale));
          expect(answer.status).toBe(422);
          const errors = parseJson(answer.text, z.looseObject({ error: z.looseObject({ fields: z.record(z.string(), z.string()) }) })).error.fields;
          const path = field === 'budgetLineLabel' ? 'budgetLines.0.label' : field;
          expect(errors[path]).toBe(fieldMessage('too-long', locale, { max: limit }));
          expect(answer.text).not.toContain(text.slice(0, 20));
        }
      }),
      { numRuns: 2 },
    );
  });

  it('without JavaScript: at the limit a redirect to the thank-you page, over it a redirect to the form with the message', async () => {
    const [atLimit, over] = [fc.sample(textOf(limit), 1)[0]!, fc.sample(textOf(limit + 1), 1)[0]!];
    const thanked = await postWithoutJavaScript(form, submissionWith(form, field, atLimit, 'fr'));
    expect(thanked.status).toBe(303);
    expect(thanked.headers.get('location')).toMatch(/^\/api\/intake\/thank-you\//);
    const reference = new URL(thanked.headers.get('location') ?? '', cms.url).searchParams.get('reference') ?? '';
    expect(storedText(await storedRecord(form, reference), field)).toBe(atLimit);

    const refused = await postWithoutJavaScript(form, submissionWith(form, field, over, 'nl'));
    expect(refused.status).toBe(303);
    expect(refused.headers.get('content-type') ?? '').not.toMatch(/json/);
    const location = refused.headers.get('location') ?? '';
    expect(location).toMatch(/\/attempts\//);
    const page = await (await fetch(`${cms.url}${location}`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain(fieldMessage('too-long', 'nl', { max: limit }));
  });
});
