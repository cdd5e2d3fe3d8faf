import { describe, expect, it } from 'vitest';
import { LOCALES, PREVIEW_TYPES, parsePreviewTarget, previewTypeOf, previewUrl, type PreviewTarget } from '../src/index.js';

const BASE = 'https://preview.example.org';

function roundTrip(target: PreviewTarget): PreviewTarget | undefined {
  const url = new URL(previewUrl(BASE, 's3cret', target));
  expect(url.searchParams.get('secret')).toBe('s3cret');
  return parsePreviewTarget(url.pathname, url.searchParams);
}

describe('preview addresses', () => {
  it('say every public type, locale and version, and read back the same', () => {
    for (const type of PREVIEW_TYPES) {
      for (const locale of LOCALES) {
        const documentId = type === 'home' || type === 'global' ? undefined : 'abc123def456';
        for (const status of ['draft', 'published'] as const)
          expect(roundTrip({ type, locale, documentId, status })).toEqual({ type, locale, documentId, status });
      }
    }
  });

  it('know the public types by their Strapi uid, and no other', () => {
    expect(previewTypeOf('api::story.story')).toBe('story');
    expect(previewTypeOf('api::project-call.project-call')).toBe('project-call');
    expect(previewTypeOf('api::home.home')).toBe('home');
    expect(previewTypeOf('api::help-request.help-request')).toBeUndefined();
    expect(previewTypeOf('plugin::users-permissions.user')).toBeUndefined();
    expect(previewTypeOf('api::story.page')).toBeUndefined();
  });

  it('refuse paths that are not a preview', () => {
    const none = new URLSearchParams();
    for (const path of [
      '/',
      '/preview/',
      '/preview/story/nl/',
      '/preview/story/de/abc/',
      '/preview/help-request/nl/abc/',
      '/preview/home/nl/abc/',
      '/preview/story/nl/ABC/',
      '/preview/story/nl/abc/extra/',
      '/nl/verhalen/',
    ])
      expect(parsePreviewTarget(path, none), path).toBeUndefined();
    expect(parsePreviewTarget('/preview/story/nl/abc/', new URLSearchParams({ status: 'modified' }))).toBeUndefined();
  });
});
