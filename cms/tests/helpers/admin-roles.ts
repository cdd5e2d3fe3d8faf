import type { TestCms } from './cms';
import { adminToken } from './staff';
import { isModelUid } from '../../src/content-model/uids';

const READ = 'plugin::content-manager.explorer.read';

export interface ReadGrant {
  uid: string;
  /** The fields the role may read; every field when left out. */
  fields?: string[];
}

/**
 * A role an administrator could make in the admin: read on some types, perhaps only some fields,
 * perhaps the back-office workspace. Returns a signed-in member's token.
 */
export async function customRoleToken(cms: TestCms, code: string, grants: ReadGrant[], pluginActions: string[] = []): Promise<string> {
  const roles = cms.strapi.service('admin::role');
  const role = (await roles.findOne({ code })) ?? (await roles.create({ code, name: `Test role ${code}`, description: 'Made by a test' }));
  const permissions = [
    ...grants.map(({ uid, fields }) => ({ action: READ, subject: uid, properties: { fields: fields ?? allFieldsOf(cms, uid) }, conditions: [] })),
    ...pluginActions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
  ];
  await roles.assignPermissions(role.id, permissions);
  const email = `${code}@staff.example.org`;
  const password = 'Staff-Password-2026';
  if (!(await cms.strapi.db.query('admin::user').findOne({ where: { email } }))) {
    await cms.strapi
      .service('admin::user')
      .create({ email, firstname: code, lastname: 'Test', password, isActive: true, registrationToken: null, roles: [role.id] });
  }
  return adminToken(cms, email, password);
}

function allFieldsOf(cms: TestCms, uid: string): string[] {
  if (!isModelUid(cms.strapi, uid)) throw new Error(`No model ${uid}`);
  const { attributes } = cms.strapi.getModel(uid);
  const system = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);
  return Object.keys(attributes).filter((field) => !system.has(field));
}
