import type { Core } from '@strapi/strapi';
import {
  BACK_OFFICE_PERMISSION,
  DECIDE_PROPOSALS_PERMISSION,
  REVIEW_PROPOSALS_PERMISSION,
  CASE_TIMELINE_TYPE,
  INTAKE_TYPES,
  ORGANISATION_CHECK_TYPE,
  LOCALES,
  PUBLIC_COLLECTION_TYPES,
  PUBLIC_SINGLE_TYPES,
  TAXONOMIES,
} from '@cb/domain';

/**
 * The staff roles of the admin panel, set in code at every start:
 * - editors write and publish public content in three languages, and never see personal data;
 * - back-office staff work on intake and matching, run the project call's review (assign reviewers,
 *   read every review, decide), and cannot change public content;
 * - project-call reviewers (the review committee, perhaps from outside the team) read the project
 *   proposals and score those assigned to them; they never see help requests or offers, and read other
 *   reviewers' scores only through the back office, once they gave their own (blind scoring).
 * A role's name is data, shown as is (Strapi does not translate it) on the home page's profile and in
 * the menu to staff who work in Dutch, French or English: each name reads in all three.
 */
export const STAFF_ROLES = {
  editor: {
    code: 'cb-editor',
    name: 'Redactie · Rédaction · Editors',
    description: 'Writes and publishes stories, initiatives, organisations, the project call and pages in NL, FR and EN.',
  },
  backOffice: {
    code: 'cb-back-office',
    name: 'Back office',
    description: 'Looks at every request and offer, connects people, reviews project proposals.',
  },
  reviewer: {
    code: 'cb-project-reviewer',
    name: 'Jury',
    description: 'Reads the project proposals and scores those assigned to them, in the back office.',
  },
} as const;

const EXPLORER = 'plugin::content-manager.explorer';
const WRITE_AND_PUBLISH = ['create', 'read', 'update', 'delete', 'publish'].map((verb) => `${EXPLORER}.${verb}`);
const WRITE = ['create', 'read', 'update', 'delete'].map((verb) => `${EXPLORER}.${verb}`);
const READ = [`${EXPLORER}.read`];

const uid = (type: string) => `api::${type}.${type}`;
const publicContent = [...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES].map(uid);
const taxonomies = Object.keys(TAXONOMIES).map(uid);
const intake = INTAKE_TYPES.map(uid);

/** The parts of a story submission an editor needs to turn it into a story: no contact details. */
const STORY_SUBMISSION_FIELDS_EDITORS_READ = ['reference', 'caseStatus', 'title', 'text', 'photo', 'mayPublish', 'publishAs', 'storyDocumentId', 'formLocale'];
/** What an editor changes on a submission: never its photo, which only the form sets (a file belongs to one record). */
const STORY_SUBMISSION_FIELDS_EDITORS_WRITE = STORY_SUBMISSION_FIELDS_EDITORS_READ.filter((field) => field !== 'photo');

const MEDIA_LIBRARY_FOR_EDITORS = ['read', 'configure-view', 'assets.create', 'assets.update', 'assets.download', 'assets.copy-link'].map(
  (action) => `plugin::upload.${action}`,
);
const MEDIA_LIBRARY_FOR_BACK_OFFICE = ['read', 'assets.download'].map((action) => `plugin::upload.${action}`);
/** The back office's own workspace (src/plugins/back-office). */
const BACK_OFFICE_WORKSPACE = [BACK_OFFICE_PERMISSION, REVIEW_PROPOSALS_PERMISSION, DECIDE_PROPOSALS_PERMISSION];

interface PermissionSpec {
  actions: string[];
  subjects: string[];
  fields?: string[];
}

export async function syncStaffRoles(strapi: Core.Strapi): Promise<void> {
  await syncRole(
    strapi,
    STAFF_ROLES.editor,
    [
      { actions: WRITE_AND_PUBLISH, subjects: publicContent },
      { actions: READ, subjects: taxonomies },
      { actions: READ, subjects: [uid('story-submission')], fields: STORY_SUBMISSION_FIELDS_EDITORS_READ },
      { actions: [`${EXPLORER}.update`], subjects: [uid('story-submission')], fields: STORY_SUBMISSION_FIELDS_EDITORS_WRITE },
    ],
    MEDIA_LIBRARY_FOR_EDITORS,
  );

  await syncRole(
    strapi,
    STAFF_ROLES.backOffice,
    [
      { actions: WRITE, subjects: intake },
      // The timeline and the organisations' checks are only ever added to, through the workspace: read, never edited here.
      {
        actions: READ,
        subjects: [uid('initiative'), uid('organisation'), uid('project-call'), uid(CASE_TIMELINE_TYPE), uid(ORGANISATION_CHECK_TYPE), ...taxonomies],
      },
    ],
    [...MEDIA_LIBRARY_FOR_BACK_OFFICE, ...BACK_OFFICE_WORKSPACE],
  );

  // No read on proposal reviews in the content manager: the others' scores would show before one's own.
  await syncRole(
    strapi,
    STAFF_ROLES.reviewer,
    [{ actions: READ, subjects: [uid('project-proposal'), uid('project-call'), ...taxonomies] }],
    [REVIEW_PROPOSALS_PERMISSION],
  );
}

async function syncRole(
  strapi: Core.Strapi,
  role: { code: string; name: string; description: string },
  contentPermissions: PermissionSpec[],
  pluginActions: string[],
): Promise<void> {
  const roleService = strapi.service('admin::role');
  const existing = await roleService.findOne({ code: role.code });
  const { id } = existing ?? (await roleService.create(role));
  // A database made before a role's name or description changed takes the one in code.
  if (existing && (existing.name !== role.name || existing.description !== role.description)) {
    await roleService.update({ id }, { name: role.name, description: role.description });
  }

  const permissions = [
    ...contentPermissions.flatMap((spec) => contentTypePermissions(strapi, spec)),
    ...pluginActions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
  ];
  await roleService.assignPermissions(id, permissions);
}

function contentTypePermissions(strapi: Core.Strapi, { actions, subjects, fields }: PermissionSpec) {
  const contentTypeService = strapi.service('admin::content-type');
  const { actionProvider } = strapi.service('admin::permission');

  return actions.flatMap((actionId) => {
    const action = actionProvider.get(actionId);
    if (!action) throw new Error(`Unknown admin action ${actionId}`);
    const applicable = subjects.filter((subject) => action.subjects?.includes(subject));
    const permissions: { action: string; subject: string; properties: Record<string, unknown> }[] = contentTypeService.getPermissionsWithNestedFields([
      { ...action, subjects: applicable },
    ]);
    return permissions.map((permission) => {
      const properties: Record<string, unknown> = { ...permission.properties };
      if (fields && properties.fields) properties.fields = fields;
      if (isLocalized(strapi, permission.subject)) properties.locales = [...LOCALES];
      return { ...permission, properties, conditions: [] };
    });
  });
}

function isLocalized(strapi: Core.Strapi, subject: string): boolean {
  const contentType = strapi.contentTypes[subject as keyof typeof strapi.contentTypes] as { pluginOptions?: { i18n?: { localized?: boolean } } } | undefined;
  return contentType?.pluginOptions?.i18n?.localized === true;
}

/** The roles whose members may sit on a call's review committee (be assigned proposals to review). */
export const COMMITTEE_ROLE_CODES = [STAFF_ROLES.reviewer.code, STAFF_ROLES.backOffice.code] as const;
