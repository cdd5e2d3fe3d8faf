import { publicCollection, text, slugOf, relation } from '../../../../content-model/attributes';

/**
 * A project the project call funds, shown to the public with its applicant's consent: what it does,
 * where, who runs it (the organisation's name, nothing more of the applicant), how to join. Drafted
 * for editors from the proposal and its milestone reports; published through draft & publish.
 */
export default publicCollection(
  { singular: 'funded-project', plural: 'funded-projects', display: 'Funded project', description: 'A solidarity project funded by the project call' },
  {
    title: text.string({ required: true, maxLength: 160 }),
    slug: slugOf('title'),
    summary: text.long({ required: true, maxLength: 400 }),
    description: text.blocks({ required: true }),
    runBy: text.string({ maxLength: 200, localized: false }),
    location: text.long({ maxLength: 400 }),
    howToJoin: text.long({ required: true, maxLength: 800 }),
    municipalities: relation('manyToMany', 'api::municipality.municipality'),
    /** The proposal it was drafted from: never in the public API (a random id, but the public has no use for it). */
    proposalDocumentId: { type: 'string', maxLength: 40, private: true, pluginOptions: { i18n: { localized: false } } },
  },
);
