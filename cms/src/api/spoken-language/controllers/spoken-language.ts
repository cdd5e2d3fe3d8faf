import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::spoken-language.spoken-language');
