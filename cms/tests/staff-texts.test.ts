import { describe, expect, it } from 'vitest';
import { LOCALES } from '@cb/domain';
import { STAFF_TEXT_AREAS, STAFF_TEXT_IDS, STAFF_TEXTS, staffText } from '../src/staff-texts';
import { registerTrads } from '../src/plugins/back-office/admin/src/i18n';

/** The compiler holds Dutch and French to English's keys per area; this checks what it cannot. */
describe('staff texts', () => {
  it('gives every key to exactly one area', () => {
    const keys = STAFF_TEXT_AREAS.flatMap((area) => Object.keys(area.en));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('has a non-empty text for every key in every language, and placeholders that agree', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();
    for (const id of STAFF_TEXT_IDS) {
      for (const locale of LOCALES) {
        const text = STAFF_TEXTS[locale][id];
        expect(text.trim(), `${locale} ${id}`).not.toBe('');
        expect(placeholders(text), `${locale} ${id}`).toEqual(placeholders(STAFF_TEXTS.en[id]));
        const values = Object.fromEntries(placeholders(STAFF_TEXTS.en[id]).map((name) => [name, 1]));
        expect(() => staffText(locale, id, values)).not.toThrow();
      }
    }
  });

  it('hands the admin every text under the plugin prefix, for each admin language', async () => {
    const registered = await registerTrads({ locales: ['en', 'nl', 'fr'] });
    expect(registered.map(({ locale }) => locale)).toEqual(['en', 'nl', 'fr']);
    const dutch = registered[1]?.data ?? {};
    expect(dutch['back-office.status.in-progress']).toBe('In behandeling');
    expect(Object.keys(dutch)).toHaveLength(Object.keys(STAFF_TEXTS.en).length);
  });
});
