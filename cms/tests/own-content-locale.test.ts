import { describe, expect, it } from 'vitest';
import { inOwnContentLocale } from '../src/admin/own-content-locale';

const BASE = 'http://127.0.0.1:1337/admin';
const STORIES = '/admin/content-manager/collection-types/api::story.story';

describe('an address into the content manager', () => {
  it('gets the staff member’s content locale when it names none, for a public type', () => {
    expect(inOwnContentLocale(STORIES, BASE, 'fr')).toBe(`${STORIES}?plugins[i18n][locale]=fr`);
    expect(inOwnContentLocale(`${STORIES}/create?page=1#top`, BASE, 'nl')).toBe(`${STORIES}/create?page=1&plugins[i18n][locale]=nl#top`);
    expect(inOwnContentLocale('/admin/content-manager/single-types/api::home.home', BASE, 'en')).toBe(
      '/admin/content-manager/single-types/api::home.home?plugins[i18n][locale]=en',
    );
  });

  it('keeps the locale it names, written either way', () => {
    for (const address of [`${STORIES}?plugins[i18n][locale]=nl`, `${STORIES}?plugins%5Bi18n%5D%5Blocale%5D=nl`]) {
      expect(inOwnContentLocale(address, BASE, 'fr')).toBe(address);
    }
  });

  it('is left alone for private types, other pages, and an interface language that is no content locale', () => {
    const requests = '/admin/content-manager/collection-types/api::help-request.help-request';
    expect(inOwnContentLocale(requests, BASE, 'fr')).toBe(requests);
    expect(inOwnContentLocale('/admin/plugins/back-office', BASE, 'fr')).toBe('/admin/plugins/back-office');
    expect(inOwnContentLocale(STORIES, BASE, undefined)).toBe(STORIES);
  });
});
