import { factories } from '@strapi/strapi';

/** Public, read-only: the content API offers no create, update or delete on public content. */
export default factories.createCoreRouter('api::page.page', { only: ['find', 'findOne'] });
