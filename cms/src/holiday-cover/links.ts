import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Locale } from '@cb/domain';
import { publicBase } from '../check-ins/urls';
import { configOf } from '../config';
import { expiryAfter, signPayload, verifyPayload, type SignedRefusal } from '../links/signed';
import type { Knex } from '../outbox/table';

/**
 * The link in a volunteer's mails (the match confirmation, the check-ins) to the page where they give
 * the days they are away: it names the offer (a random documentId) and nothing else, ends after
 * AWAY_LINK_DAYS, and is signed like the other links
 * (links/signed.ts) with its own purpose. Each link changes the days once: a used link is refused
 * (a replayed post, a forwarded mail); the next mail brings a new one, and staff can always change them.
 */
const PURPOSE = 'away';
const DOCUMENT_ID = /^[a-z0-9]{10,40}$/;

/** One row per used link: the hash of its token, nothing personal. */
export const AWAY_LINK_USES_TABLE = 'cb_away_link_uses';

export interface AwayGrant {
  offer: string;
  expiresAt: number;
}

export type AwayLinkCheck = { ok: true; grant: AwayGrant } | { ok: false; refusal: SignedRefusal };

export function signAwayLink(grant: AwayGrant, secret: string): string {
  return signPayload({ p: PURPOSE, o: grant.offer, e: grant.expiresAt }, secret);
}

export function verifyAwayLink(token: string, secret: string, now = new Date()): AwayLinkCheck {
  const checked = verifyPayload(token, PURPOSE, secret, now);
  if (!checked.ok) return checked;
  const { o, e } = checked.payload;
  return typeof o === 'string' && DOCUMENT_ID.test(o) ? { ok: true, grant: { offer: o, expiresAt: e } } : { ok: false, refusal: 'malformed' };
}

/** The away page's address for an offer's volunteer, in their language. */
export function awayUrl(strapi: Core.Strapi, offer: string, locale: Locale, now = new Date()): string {
  const { checkIns } = configOf(strapi);
  const token = signAwayLink({ offer, expiresAt: expiryAfter(now, checkIns.awayLinkDays) }, checkIns.secret);
  return `${publicBase(strapi)}/api/away/${token}?locale=${locale}`;
}

export async function ensureAwayLinkUsesTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(AWAY_LINK_USES_TABLE)) return;
  try {
    await knex.schema.createTable(AWAY_LINK_USES_TABLE, (table) => {
      table.increments('id');
      table
        .string('token_hash', 64)
        .notNullable()
        .unique({ indexName: `${AWAY_LINK_USES_TABLE}_once` });
      // Which insert won, when two posts of the same link race (see setAvailabilityByLink).
      table.string('nonce', 40).notNullable();
      table.bigInteger('used_at').notNullable();
    });
  } catch (error) {
    // Another replica created it first.
    if (!(await knex.schema.hasTable(AWAY_LINK_USES_TABLE))) throw error;
  }
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function awayLinkUsed(strapi: Core.Strapi, token: string): Promise<boolean> {
  return Boolean(
    await strapi.db
      .connection(AWAY_LINK_USES_TABLE)
      .where({ token_hash: tokenHash(token) })
      .first('id'),
  );
}
