import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Locale } from '@cb/domain';
import { COMPONENT_WORDS, CONTENT_TYPE_WORDS, type FieldWords } from '../content-model/field-labels';

/**
 * The content manager's words in the staff member's language. Its edit and list views look a
 * field's label up as `content-manager.content-types.<uid>.<field>` (a component's field as
 * `content-manager.components.<uid>.<field>`), and the menu and list titles under the type's display
 * name: registered here for each admin language. A description (hint) is not looked up, so the
 * edit view's layout hook puts one in that is translated when it renders.
 */

const ADMIN_LOCALES: readonly Locale[] = ['en', 'nl', 'fr'];

const contentTypeLabelId = (uid: string, field: string) => `content-manager.content-types.${uid}.${field}`;
const componentLabelId = (uid: string, field: string) => `content-manager.components.${uid}.${field}`;
const descriptionId = (uid: string, field: string) => `cb.content-manager.${uid}.${field}.description`;

function fieldMessages(locale: Locale, uid: string, fields: Readonly<Record<string, FieldWords>>, labelId: (uid: string, field: string) => string) {
  return Object.entries(fields).flatMap(([field, words]) => [
    [labelId(uid, field), words.label[locale]],
    ...(words.description ? [[descriptionId(uid, field), words.description[locale]]] : []),
  ]);
}

function messagesIn(locale: Locale): Record<string, string> {
  return Object.fromEntries([
    ...Object.entries(CONTENT_TYPE_WORDS).flatMap(([uid, words]) => [
      [words.displayName, words.name[locale]],
      ...fieldMessages(locale, uid, words.fields, contentTypeLabelId),
    ]),
    ...Object.entries(COMPONENT_WORDS).flatMap(([uid, words]) => fieldMessages(locale, uid, words.fields, componentLabelId)),
  ]);
}

/** For the admin app's `config.translations`. */
export const FIELD_TRANSLATIONS: Record<Locale, Record<string, string>> = Object.fromEntries(
  ADMIN_LOCALES.map((locale) => [locale, messagesIn(locale)]),
) as Record<Locale, Record<string, string>>;

/* The edit view's layout hook ('Admin/CM/pages/EditView/mutate-edit-view-layout'). */

interface LayoutField {
  name: string;
  hint?: ReactNode;
  [other: string]: unknown;
}
type Rows = LayoutField[][];
interface EditLayout {
  layout: Rows[];
  components: Record<string, { layout: Rows; [other: string]: unknown }>;
  settings: { displayName?: string; [other: string]: unknown };
  [other: string]: unknown;
}

export const MUTATE_EDIT_VIEW_LAYOUT = 'Admin/CM/pages/EditView/mutate-edit-view-layout';

function FieldDescription({ id, english }: { id: string; english: string }) {
  const { formatMessage } = useIntl();
  return <>{formatMessage({ id, defaultMessage: english })}</>;
}

function describe(uid: string | undefined, fields: Readonly<Record<string, FieldWords>> | undefined) {
  return (field: LayoutField): LayoutField => {
    const description = fields?.[field.name]?.description;
    if (!uid || !description) return field;
    return { ...field, hint: <FieldDescription id={descriptionId(uid, field.name)} english={description.en} /> };
  };
}

const UID_BY_DISPLAY_NAME = new Map(Object.entries(CONTENT_TYPE_WORDS).map(([uid, words]) => [words.displayName as string, uid]));
const componentFields = (uid: string) => (Object.hasOwn(COMPONENT_WORDS, uid) ? COMPONENT_WORDS[uid as keyof typeof COMPONENT_WORDS].fields : undefined);
const contentTypeFields = (uid: string | undefined) =>
  uid && Object.hasOwn(CONTENT_TYPE_WORDS, uid) ? CONTENT_TYPE_WORDS[uid as keyof typeof CONTENT_TYPE_WORDS].fields : undefined;

/** Gives each described field a hint that reads the description in the admin's language. */
export function describeFields<Args extends { layout: EditLayout }>(args: Args): Args {
  const { layout } = args;
  const uid = UID_BY_DISPLAY_NAME.get(layout.settings.displayName ?? '');
  const describeField = describe(uid, contentTypeFields(uid));
  const components = Object.fromEntries(
    Object.entries(layout.components).map(([componentUid, component]) => [
      componentUid,
      { ...component, layout: component.layout.map((row) => row.map(describe(componentUid, componentFields(componentUid)))) },
    ]),
  );
  return {
    ...args,
    layout: { ...layout, components, layout: layout.layout.map((panel) => panel.map((row) => row.map(describeField))) },
  };
}
