import type { Core } from '@strapi/strapi';
import { BACK_OFFICE_PLUGIN } from '@cb/domain';
import type { services } from './services';

type Services = typeof services;
export type ServiceName = keyof Services;

/** One of the plugin's services, typed as its factory builds it (Strapi's i18n plugin does the same). */
export function getService<Name extends ServiceName>(strapi: Core.Strapi, name: Name): ReturnType<Services[Name]> {
  return strapi.plugin(BACK_OFFICE_PLUGIN).service<ReturnType<Services[Name]>>(name);
}
