import * as z from 'zod';
import type { ErrorBody } from '../../src/plugins/back-office/server/contracts';

/**
 * What crosses a wire is read through a zod schema of what the test expects to find, never cast:
 * an answer of another shape fails with the path of what differs instead of an `undefined` later.
 * Objects are loose (keys the schema does not name are kept), so a test comparing a whole body
 * sees it as the server sent it.
 */
export async function readJson<Schema extends z.ZodType>(response: Response, schema: Schema): Promise<z.output<Schema>>;
/** A body a test only compares as a whole (`toEqual`), with no need to know its shape. */
export async function readJson(response: Response): Promise<unknown>;
export async function readJson(response: Response, schema: z.ZodType = z.unknown()): Promise<unknown> {
  return schema.parse(await response.json());
}

/** JSON text (a raw answer, a mail's payload) read through a schema of what the test expects. */
export function parseJson<Schema extends z.ZodType>(text: string, schema: Schema): z.output<Schema> {
  return schema.parse(JSON.parse(text));
}

/** A stored intake answered with its reference. */
export const referenceAnswer = z.looseObject({ reference: z.string() });

/** A refusal of the intake, with a localized message for each field that needs another look. */
export const intakeRefusal = z.looseObject({
  error: z.looseObject({ status: z.number(), message: z.string(), fields: z.record(z.string(), z.string()) }),
});

/** Any of the two answers of an intake post (as a test that posts hostile bodies sees them). */
export const intakeAnswer = z.looseObject({
  reference: z.string().optional(),
  error: z.looseObject({ status: z.number(), name: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }).optional(),
});

/** Strapi's error body (content API, admin API, the back office's ErrorBody). */
export const strapiError = z.looseObject({
  error: z.looseObject({
    status: z.number(),
    name: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    details: z
      .looseObject({ errors: z.array(z.looseObject({ path: z.array(z.string()), message: z.string(), rule: z.string().optional() })).optional() })
      .optional(),
  }),
});

/** The back office answers its errors in this shape too: the compiler holds the schema to its contract. */
export const backOfficeError: z.ZodType<ErrorBody> = strapiError;

export const strapiDocument = z.looseObject({ documentId: z.string(), locale: z.string().nullish() });
export type StrapiDocument = z.output<typeof strapiDocument>;

/** A page of the content API. */
export const strapiList = z.looseObject({
  data: z.array(strapiDocument),
  meta: z.looseObject({ pagination: z.looseObject({ total: z.number() }) }),
});

/** `{ data: ... }`, as the content and admin APIs wrap one document. */
export const dataOf = <Schema extends z.ZodType>(schema: Schema) => z.looseObject({ data: schema });

/** `{ results: [...] }`, as the back office and the content manager list rows. */
export const resultsOf = <Schema extends z.ZodType>(row: Schema) => z.looseObject({ results: z.array(row) });

/** A kept file's description (a proposal's attachment, a story's photo), as a record stores it. */
export const storedFile = z.looseObject({ id: z.string(), name: z.string(), type: z.string(), size: z.number(), sha256: z.string() });

/** A stored row or document as the Query Engine or the Document Service gives it, read field by field. */
export const storedRecord = z.record(z.string(), z.unknown());
export type StoredRecord = z.output<typeof storedRecord>;

/**
 * A link of a mail, opened and posted to as nginx would pass it to the CMS (the site's origin passes
 * these paths on): the page asked for as HTML, a form posted as a browser without JavaScript does.
 */
export function mailLinks(cmsUrl: () => string) {
  const at = (link: string) => {
    const { pathname, search } = new URL(link);
    return `${cmsUrl()}${pathname}${search}`;
  };
  return {
    open: (link: string) => fetch(at(link), { headers: { accept: 'text/html' } }),
    post: (link: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
      fetch(at(link), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...headers },
        body: new URLSearchParams(fields).toString(),
      }),
  };
}
