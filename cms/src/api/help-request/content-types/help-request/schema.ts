import { HELP_REQUEST_STATUSES, REQUEST_FOR_WHOM, URGENCIES } from '@cb/domain';
import { intakeCollection, enumeration, relation } from '../../../../content-model/attributes';
import { contactFields, intakeRecordFields } from '../../../../content-model/intake-fields';

export default intakeCollection(
  { singular: 'help-request', plural: 'help-requests', display: 'Help request', description: 'Someone asks for help (private)' },
  {
    ...intakeRecordFields(HELP_REQUEST_STATUSES, 'new'),
    forWhom: enumeration(REQUEST_FOR_WHOM, { required: true, default: 'self' }),
    ...contactFields(),
    beneficiaryName: { type: 'string', maxLength: 120 },
    relationToBeneficiary: { type: 'string', maxLength: 120 },
    categories: relation('manyToMany', 'api::help-category.help-category'),
    description: { type: 'text', required: true, maxLength: 2000 },
    municipality: relation('manyToOne', 'api::municipality.municipality'),
    languages: relation('manyToMany', 'api::spoken-language.spoken-language'),
    availableTimes: { type: 'json' },
    availability: { type: 'text', maxLength: 500 },
    urgency: enumeration(URGENCIES, { required: true, default: 'normal' }),
    matches: relation('oneToMany', 'api::match.match', { mappedBy: 'helpRequest' }),
  },
);
