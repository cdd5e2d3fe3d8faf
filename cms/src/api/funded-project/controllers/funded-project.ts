import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::funded-project.funded-project');
