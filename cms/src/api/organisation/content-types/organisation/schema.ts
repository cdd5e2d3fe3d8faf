import { publicCollection, text, slugOf, media, relation } from '../../../../content-model/attributes';

export default publicCollection(
  { singular: 'organisation', plural: 'organisations', display: 'Organisation', description: 'An organisation in the directory' },
  {
    // A proper name: the same in every language (editors type it once; a translated name is another organisation).
    name: text.string({ required: true, maxLength: 160, localized: false }),
    slug: slugOf('name'),
    summary: text.long({ required: true, maxLength: 400 }),
    description: text.blocks(),
    address: text.string({ maxLength: 200, localized: false }),
    postcode: text.string({ maxLength: 4, localized: false }),
    municipality: relation('manyToOne', 'api::municipality.municipality'),
    website: text.string({ maxLength: 300, localized: false }),
    email: text.email(),
    phone: text.string({ maxLength: 40, localized: false }),
    logo: media(),
    logoAlt: text.string({ maxLength: 250 }),
    initiatives: relation('oneToMany', 'api::initiative.initiative', { mappedBy: 'organisation' }),
  },
);
