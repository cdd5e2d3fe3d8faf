import * as z from 'zod/mini';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN, PHONE_MAX_LENGTH, PHONE_PATTERN, isName } from '../content-rules.js';

/**
 * Building blocks of the intake forms' schemas. Every text is trimmed and bounded: a form that
 * someone fills in by hand never needs more, and the CMS stores exactly what was validated.
 */

/**
 * Control characters (NUL and the like, not tabs or line breaks) never come from a keyboard, and
 * PostgreSQL refuses NUL in text: they are dropped before anything else looks at the text.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const withoutControlCharacters = z.overwrite((value: string) => value.replace(CONTROL_CHARACTERS, ''));

export const requiredText = (max: number) => z.string().check(withoutControlCharacters, z.trim(), z.minLength(1), z.maxLength(max));

/** An optional text: empty or whitespace-only counts as not given. */
export const optionalText = (max: number) =>
  z.optional(
    z.pipe(
      z.string().check(withoutControlCharacters, z.trim(), z.maxLength(max)),
      z.transform((value: string) => value || undefined),
    ),
  );

/** A phone number as people write it (see `isPhoneNumber`); empty counts as not given. */
export const phoneNumber = z.optional(
  z.pipe(
    z.string().check(z.trim(), z.maxLength(PHONE_MAX_LENGTH), z.regex(new RegExp(`^$|${PHONE_PATTERN.source}`))),
    z.transform((value: string) => value || undefined),
  ),
);

export const emailAddress = z.optional(
  z.pipe(
    z.string().check(z.trim(), z.maxLength(EMAIL_MAX_LENGTH)),
    z.pipe(
      z.transform((value: string) => value || undefined),
      z.optional(z.email({ pattern: EMAIL_PATTERN })),
    ),
  ),
);

/** Names are names (see `nameProblem`): the issue carries the problem `name` for the field's message. */
const isAName = z.refine<string>((value) => value === '' || isName(value), { params: { problem: 'name' } });

/** The name of a person or an organisation, required. */
export const requiredName = (max: number) => z.string().check(withoutControlCharacters, z.trim(), z.minLength(1), z.maxLength(max), isAName);

/** The name of a person or an organisation, optional: empty counts as not given. */
export const optionalName = (max: number) =>
  z.optional(
    z.pipe(
      z.string().check(withoutControlCharacters, z.trim(), z.maxLength(max), isAName),
      z.transform((value: string) => value || undefined),
    ),
  );

/**
 * One term of a taxonomy, by its code. Built from the codes alone (not the terms with their names in
 * every language), so a form island that validates carries no taxonomy names.
 */
export const termCode = <Code extends string>(codes: readonly [Code, ...Code[]]) => z.enum(codes);

/** One or more terms of a taxonomy, each at most once. */
export const termCodes = <Code extends string>(codes: readonly [Code, ...Code[]], min = 1) =>
  z.pipe(
    z.array(termCode(codes)).check(z.minLength(min), z.maxLength(codes.length)),
    z.transform((codes: Code[]) => [...new Set(codes)]),
  );

/** Consent is a box the person ticked; anything else is no consent. */
export const consentGiven = z.literal(true);
