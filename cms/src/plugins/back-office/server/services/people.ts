import type { Core } from '@strapi/strapi';
import { erasePersonalData, exportPersonalData, type PersonalDataExport, type PersonLookup } from '../app';
import type { Erased } from '../contracts';

/** A person's right of access and right to be forgotten, handled by staff on their request. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async export(person: PersonLookup): Promise<PersonalDataExport> {
    return exportPersonalData(strapi, person);
  },

  /** Anonymises every record of theirs; the log names the staff member and the counts, never the person. */
  async erase(person: PersonLookup, staffMemberId: number | undefined): Promise<Erased> {
    const erased = await erasePersonalData(strapi, person);
    strapi.log.info(`Erased personal data on request by admin ${staffMemberId ?? '?'}: ${JSON.stringify(erased)}`);
    return erased;
  },
});
