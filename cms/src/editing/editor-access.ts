import type { Core } from '@strapi/strapi';
import { PUBLIC_TYPES, publicUid } from './public-types';

const UPDATE = 'plugin::content-manager.explorer.update';

interface PolicyContext {
  state: { userAbility?: { can(action: string, subject?: string): boolean } };
}

/**
 * Editors are whoever may change public content, whatever their role is called (the platform's
 * editor role, Strapi's Editor and Author, the super admin): back-office staff, who only read a few
 * public types, are not editors.
 */
export function isEditor(ctx: PolicyContext): boolean {
  const ability = ctx.state.userAbility;
  return ability !== undefined && PUBLIC_TYPES.some((type) => ability.can(UPDATE, publicUid(type)));
}

const IS_EDITOR = 'global::is-editor';

/** The policies of an admin route for editors: signed in to the admin, and an editor (the policy is registered on first use). */
export function editorPolicies(strapi: Core.Strapi): string[] {
  strapi.get('policies').set(IS_EDITOR, isEditor);
  return ['admin::isAuthenticatedAdmin', IS_EDITOR];
}
