import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DesignSystemProvider } from '@strapi/design-system';
import { IntlProvider } from 'react-intl';
import { layoutFields, type IntakeForm } from '@cb/domain/intake';
import { IntakeField } from '../src/plugins/back-office/admin/src/components/IntakeField';
import { staffMessageId } from '../src/plugins/back-office/admin/src/i18n';
import { STAFF_TEXT_IDS, STAFF_TEXTS } from '../src/staff-texts';

/**
 * The back office's phone intake fields of a form, as its React (18) and design system render them
 * on the server for an English-speaking staff member: every field of the form's layout, in order, nothing typed yet.
 */
const ENGLISH_MESSAGES = Object.fromEntries(STAFF_TEXT_IDS.map((id) => [staffMessageId(id), STAFF_TEXTS.en[id]]));

export function phoneIntakeMarkup(form: IntakeForm): string {
  const fields = layoutFields(form).map((field) =>
    createElement(IntakeField, { key: field.name, form, personLocale: 'en', field, value: undefined, error: undefined, onChange: () => undefined }),
  );
  return renderToStaticMarkup(
    createElement(IntlProvider, { locale: 'en', messages: ENGLISH_MESSAGES }, createElement(DesignSystemProvider, { locale: 'en' }, fields)),
  );
}
