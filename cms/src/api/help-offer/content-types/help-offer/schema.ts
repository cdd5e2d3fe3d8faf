import { HELP_OFFER_STATUSES, OFFER_AS, OFFER_FREQUENCIES } from '@cb/domain';
import { INTAKE_TEXT_LIMITS } from '@cb/domain/intake';
import { intakeCollection, enumeration, relation, scalar } from '../../../../content-model/attributes';
import { contactFields, intakeRecordFields, intakeText } from '../../../../content-model/intake-fields';

const LIMITS = INTAKE_TEXT_LIMITS['help-offer'];

export default intakeCollection(
  { singular: 'help-offer', plural: 'help-offers', display: 'Help offer', description: 'Someone offers help as a volunteer (private)' },
  {
    ...intakeRecordFields(HELP_OFFER_STATUSES, 'new'),
    offerAs: enumeration(OFFER_AS, { required: true, default: 'person' }),
    organisationName: intakeText(LIMITS.organisationName),
    ...contactFields(),
    categories: relation('manyToMany', 'api::help-category.help-category'),
    description: intakeText(LIMITS.description, { required: true, long: true }),
    anywhereInBrussels: scalar.boolean(false),
    municipalities: relation('manyToMany', 'api::municipality.municipality'),
    languages: relation('manyToMany', 'api::spoken-language.spoken-language'),
    availableTimes: { type: 'json' },
    availability: intakeText(LIMITS.availability, { long: true }),
    frequency: enumeration(OFFER_FREQUENCIES, { required: true, default: 'flexible' }),
    matches: relation('oneToMany', 'api::match.match', { mappedBy: 'helpOffer' }),
  },
);
