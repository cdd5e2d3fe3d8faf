import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::help-category.help-category');
