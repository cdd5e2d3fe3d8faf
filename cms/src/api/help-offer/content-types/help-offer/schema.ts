import { HELP_OFFER_STATUSES, OFFER_AS, OFFER_FREQUENCIES } from '@cb/domain';
import { intakeCollection, enumeration, relation, scalar } from '../../../../content-model/attributes';
import { contactFields, intakeRecordFields } from '../../../../content-model/intake-fields';

export default intakeCollection(
  { singular: 'help-offer', plural: 'help-offers', display: 'Help offer', description: 'Someone offers help as a volunteer (private)' },
  {
    ...intakeRecordFields(HELP_OFFER_STATUSES, 'new'),
    offerAs: enumeration(OFFER_AS, { required: true, default: 'person' }),
    organisationName: { type: 'string', maxLength: 160 },
    ...contactFields(),
    categories: relation('manyToMany', 'api::help-category.help-category'),
    description: { type: 'text', required: true, maxLength: 2000 },
    anywhereInBrussels: scalar.boolean(false),
    municipalities: relation('manyToMany', 'api::municipality.municipality'),
    languages: relation('manyToMany', 'api::spoken-language.spoken-language'),
    availableTimes: { type: 'json' },
    availability: { type: 'text', maxLength: 500 },
    frequency: enumeration(OFFER_FREQUENCIES, { required: true, default: 'flexible' }),
    matches: relation('oneToMany', 'api::match.match', { mappedBy: 'helpOffer' }),
  },
);
