import type { Core } from '@strapi/strapi';
import { checkOrganisation, recordScreening, screeningOf, type Author, type NewScreening } from '../app';
import type { OfferScreeningView } from '../contracts';

/** A volunteer's screening, and an organisation's check, as staff record them on the offer's page. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async of(documentId: string): Promise<OfferScreeningView | undefined> {
    return screeningOf(strapi, documentId);
  },

  async record(documentId: string, screening: NewScreening, author: Author | undefined): Promise<OfferScreeningView> {
    return recordScreening(strapi, documentId, screening, author);
  },

  async checkOrganisation(documentId: string, author: Author | undefined): Promise<OfferScreeningView> {
    return checkOrganisation(strapi, documentId, author);
  },
});
