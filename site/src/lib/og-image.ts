import { getImage } from 'astro:assets';
import type { CmsImage } from './cms/model.ts';
import { absoluteUrl } from '@cb/domain';

const OG_WIDTH = 1200;

/** The image for link previews and schema.org: a JPEG of at most 1200 px wide, served by the site itself. */
export async function shareImageUrl(image: CmsImage | undefined, siteUrl: string): Promise<string | undefined> {
  if (!image) return undefined;
  const width = Math.min(OG_WIDTH, image.width);
  const optimized = await getImage({ src: image.src, width, height: Math.round((width * image.height) / image.width), format: 'jpg' });
  return absoluteUrl(optimized.src, siteUrl);
}
