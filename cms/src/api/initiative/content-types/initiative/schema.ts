import { publicCollection, text, slugOf, media, relation, scalar, component } from '../../../../content-model/attributes';

/** An existing offer: what, for whom, where, when, in which languages, by which organisation, how to join. */
export default publicCollection(
  { singular: 'initiative', plural: 'initiatives', display: 'Initiative', description: 'An existing offer of help or company' },
  {
    title: text.string({ required: true, maxLength: 160 }),
    slug: slugOf('title'),
    summary: text.long({ required: true, maxLength: 400 }),
    description: text.blocks({ required: true }),
    forWhom: text.long({ maxLength: 600 }),
    location: text.long({ maxLength: 400 }),
    schedule: text.long({ maxLength: 400 }),
    /** The same in every language: dates and hours do not depend on the reader's language. */
    times: component('activity.time', { repeatable: true, localized: false }),
    howToJoin: text.long({ required: true, maxLength: 800 }),
    remote: scalar.boolean(false),
    contactPhone: text.string({ maxLength: 40, localized: false }),
    contactEmail: text.email(),
    website: text.string({ maxLength: 300, localized: false }),
    image: media(),
    imageAlt: text.string({ maxLength: 250 }),
    organisation: relation('manyToOne', 'api::organisation.organisation', { inversedBy: 'initiatives' }),
    categories: relation('manyToMany', 'api::help-category.help-category'),
    municipalities: relation('manyToMany', 'api::municipality.municipality'),
    audiences: relation('manyToMany', 'api::audience.audience'),
    languages: relation('manyToMany', 'api::spoken-language.spoken-language'),
  },
);
