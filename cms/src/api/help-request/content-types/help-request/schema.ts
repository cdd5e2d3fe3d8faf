import { HELP_REQUEST_STATUSES, REQUEST_FOR_WHOM, URGENCIES } from '@cb/domain';
import { INTAKE_TEXT_LIMITS } from '@cb/domain/intake';
import { intakeCollection, enumeration, relation, scalar } from '../../../../content-model/attributes';
import { contactFields, intakeRecordFields, intakeText } from '../../../../content-model/intake-fields';

const LIMITS = INTAKE_TEXT_LIMITS['help-request'];

export default intakeCollection(
  { singular: 'help-request', plural: 'help-requests', display: 'Help request', description: 'Someone asks for help (private)' },
  {
    ...intakeRecordFields(HELP_REQUEST_STATUSES, 'new'),
    forWhom: enumeration(REQUEST_FOR_WHOM, { required: true, default: 'self' }),
    ...contactFields(),
    beneficiaryName: intakeText(LIMITS.beneficiaryName),
    relationToBeneficiary: intakeText(LIMITS.relationToBeneficiary),
    categories: relation('manyToMany', 'api::help-category.help-category'),
    description: intakeText(LIMITS.description, { required: true, long: true }),
    /** What the person likes to do (@cb/domain INTERESTS codes), to find a volunteer who shares it. */
    interests: { type: 'json' },
    municipality: relation('manyToOne', 'api::municipality.municipality'),
    languages: relation('manyToMany', 'api::spoken-language.spoken-language'),
    availableTimes: { type: 'json' },
    availability: intakeText(LIMITS.availability, { long: true }),
    urgency: enumeration(URGENCIES, { required: true, default: 'normal' }),
    /** A concern about a match was reported and staff have not dealt with it: the request heads the urgent queue. */
    concernOpen: scalar.boolean(false),
    /** Who the person is, as staff learn it (older, a woman, a student…): suggestions weigh an initiative's audience against it. */
    audiences: relation('manyToMany', 'api::audience.audience'),
    /**
     * The De Jong Gierveld loneliness scale (@cb/domain loneliness.ts), only with the person's own consent:
     * when they gave it, and the three scores (overall, emotional, social) at intake and at the six-week
     * check-in. Never the answers themselves; private like the whole request.
     */
    lonelinessConsentedAt: scalar.datetime(),
    lonelinessAtIntake: scalar.json(),
    lonelinessAtFollowUp: scalar.json(),
    lonelinessFollowUpAt: scalar.datetime(),
    matches: relation('oneToMany', 'api::match.match', { mappedBy: 'helpRequest' }),
  },
);
