import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::spoken-language.spoken-language');
