/**
 * How long each text of each form may be, in characters as people count them (Unicode code
 * points: an emoji is one). The schemas check these; the CMS derives its column rules from them
 * with `storedLength`, so it can never refuse what a schema accepted.
 */
export const INTAKE_TEXT_LIMITS = {
  'help-request': { contactName: 120, beneficiaryName: 120, relationToBeneficiary: 120, description: 2000, availability: 500 },
  'help-offer': { organisationName: 160, contactName: 120, description: 2000, availability: 500 },
  'story-submission': { title: 160, text: 5000, publishAs: 120, contactName: 120 },
  'project-proposal': {
    projectCallDocumentId: 40,
    organisationName: 160,
    enterpriseNumber: 20,
    contactName: 120,
    projectTitle: 160,
    description: 5000,
    targetGroup: 1000,
    budgetLineLabel: 200,
  },
} as const;

/**
 * The same limit in UTF-16 code units, which is how Strapi (and JavaScript's `length`) counts:
 * a code point is at most two units, so twice the limit holds whatever the schema accepted.
 */
export function storedLength(codePoints: number): number {
  return codePoints * 2;
}
