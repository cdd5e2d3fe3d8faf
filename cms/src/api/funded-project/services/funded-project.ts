import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::funded-project.funded-project');
