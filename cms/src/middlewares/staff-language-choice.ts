import type { Core } from '@strapi/strapi';
import { LOCALES } from '@cb/domain';
import { staffText } from '../staff-texts';
import { staffLocale } from '../plugins/back-office/server/validation';
import { reachesRoute } from './routed-path';

/**
 * The admin stores whatever a profile save sends as the interface language (`preferedLanguage`), and
 * every staff page and mail is then written in it: only Nederlands, Français and English are ours.
 * A profile save with another value is refused, in the language the browser asks for, before Strapi
 * stores it. Leaving it out, or empty (the browser's language), stays allowed.
 */
const PROFILE_ROUTE = '/admin/users/me';

interface ProfileRequest {
  path: string;
  method: string;
  request: { body?: unknown };
  status: number;
  body: unknown;
  get(field: string): string;
}

const chosenLanguage = (body: unknown): unknown =>
  typeof body === 'object' && body !== null && 'preferedLanguage' in body ? body.preferedLanguage : undefined;

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: ProfileRequest, next: () => Promise<void>) => {
    if (ctx.method === 'PUT' && reachesRoute(ctx, strapi, PROFILE_ROUTE)) {
      const chosen = chosenLanguage(ctx.request.body);
      const allowed = chosen === undefined || chosen === null || chosen === '' || LOCALES.some((locale) => locale === chosen);
      if (!allowed) {
        const message = staffText(staffLocale(ctx.get('accept-language')), 'field.chooseValid');
        ctx.status = 400;
        ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message, details: { fields: { preferedLanguage: message } } } };
        return;
      }
    }
    await next();
  };
