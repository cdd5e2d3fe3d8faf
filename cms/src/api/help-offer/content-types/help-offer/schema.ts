import { HELP_OFFER_STATUSES, LOCALES, MAX_CAPACITY, OFFER_AS, OFFER_FREQUENCIES, REFERENCE_CHECKS } from '@cb/domain';
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
    /** What the volunteer likes to do (@cb/domain INTERESTS codes). */
    interests: { type: 'json' },
    anywhereInBrussels: scalar.boolean(false),
    municipalities: relation('manyToMany', 'api::municipality.municipality'),
    languages: relation('manyToMany', 'api::spoken-language.spoken-language'),
    availableTimes: { type: 'json' },
    availability: intakeText(LIMITS.availability, { long: true }),
    frequency: enumeration(OFFER_FREQUENCIES, { required: true, default: 'flexible' }),
    /** How many people the volunteer can help at once; empty: not said (@cb/domain capacityOf). */
    capacity: scalar.integer({ min: 1, max: MAX_CAPACITY }),
    matches: relation('oneToMany', 'api::match.match', { mappedBy: 'helpOffer' }),
    /** Holiday cover: the first and last day the volunteer is away; meanwhile the offer is not matchable (@cb/domain offerIsAway). */
    awayFrom: scalar.date(),
    awayUntil: scalar.date(),
    /** The code of conduct the volunteer accepted on the form: its version, and when. */
    codeOfConductVersion: { type: 'string', maxLength: 40 },
    codeOfConductAcceptedAt: scalar.datetime(),
    // The latest screening (each one is also a line on the timeline). It holds SCREENING_VALID_MONTHS from screenedOn.
    /** The day of the screening conversation, and the staff member who held it. */
    screenedOn: scalar.date(),
    screenedById: { type: 'integer' },
    screenedByName: { type: 'string', maxLength: 200 },
    screeningReferences: enumeration(REFERENCE_CHECKS),
    /** Why references were not asked (staff's words). */
    screeningWaiverReason: { type: 'text', maxLength: 2000 },
    /** The code of conduct's version the volunteer accepted in the conversation. */
    screeningCodeOfConductVersion: { type: 'string', maxLength: 40 },
    /** The information note (Belgian law on volunteers) given: in which language, which version. */
    informationNoteLocale: enumeration(LOCALES),
    informationNoteVersion: { type: 'string', maxLength: 40 },
    /** An organisation's offer that staff tied to the organisation's check: screened through it. */
    organisationCheck: relation('manyToOne', 'api::organisation-check.organisation-check', { inversedBy: 'offers' }),
  },
);
