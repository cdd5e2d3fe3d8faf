import { PAGE_KEYS } from '@cb/domain';
import { publicCollection, text, slugOf, enumeration } from '../../../../content-model/attributes';

/** Static pages: about, privacy, accessibility statement, contact. The site finds them by key. */
export default publicCollection(
  { singular: 'page', plural: 'pages', display: 'Page', description: 'A static page' },
  {
    key: enumeration(PAGE_KEYS, { required: true }),
    title: text.string({ required: true, maxLength: 160 }),
    slug: slugOf('title'),
    summary: text.long({ maxLength: 400 }),
    body: text.blocks({ required: true }),
  },
);
