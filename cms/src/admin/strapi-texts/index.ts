import { apiErrorTexts } from './api-errors';
import fr from './fr.json';
import nl from './nl.json';

/**
 * Strapi's own admin words that its Dutch and French catalogues lack or leave in English (the main
 * menu, the home page, the content manager, the media library, the languages settings, the profile),
 * under Strapi's ids: the admin shows English for any id its catalogue of the chosen language lacks.
 * The JSON files hold what Strapi's catalogues miss (admin ids bare, a plugin's prefixed with its id);
 * tests/strapi-texts.test.ts says which ids are still missing after a Strapi upgrade.
 */
export const STRAPI_TEXTS: Readonly<Record<'nl' | 'fr', Readonly<Record<string, string>>>> = {
  nl: { ...nl, ...apiErrorTexts('nl') },
  fr: { ...fr, ...apiErrorTexts('fr') },
};
