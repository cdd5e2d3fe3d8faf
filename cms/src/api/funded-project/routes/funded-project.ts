import { factories } from '@strapi/strapi';

/** Public, read-only: the content API offers no create, update or delete on public content. */
export default factories.createCoreRouter('api::funded-project.funded-project', { only: ['find', 'findOne'] });
