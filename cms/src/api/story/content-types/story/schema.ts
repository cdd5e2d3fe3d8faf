import { publicCollection, text, slugOf, media, relation, scalar } from '../../../../content-model/attributes';

export default publicCollection(
  { singular: 'story', plural: 'stories', display: 'Story', description: 'A story of solidarity in Brussels' },
  {
    title: text.string({ required: true, maxLength: 160 }),
    slug: slugOf('title'),
    summary: text.long({ required: true, maxLength: 400 }),
    body: text.blocks({ required: true }),
    authorName: text.string({ maxLength: 120, localized: false }),
    storyDate: scalar.date({ required: true }),
    cover: media(),
    coverAlt: text.string({ maxLength: 250 }),
    municipality: relation('manyToOne', 'api::municipality.municipality'),
    initiatives: relation('manyToMany', 'api::initiative.initiative'),
    organisations: relation('manyToMany', 'api::organisation.organisation'),
    publishAt: scalar.datetime(),
    unpublishAt: scalar.datetime(),
  },
);
