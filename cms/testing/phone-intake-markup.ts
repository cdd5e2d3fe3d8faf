import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DesignSystemProvider } from '@strapi/design-system';
import { layoutFields, type IntakeForm } from '@cb/domain/intake';
import { IntakeField } from '../src/plugins/back-office/admin/src/components/IntakeField';

/**
 * The back office's phone intake fields of a form, as its React (18) and design system render them
 * on the server: every field of the form's layout, in order, nothing typed yet.
 */
export function phoneIntakeMarkup(form: IntakeForm): string {
  const fields = layoutFields(form).map((field) =>
    createElement(IntakeField, { key: field.name, form, field, value: undefined, error: undefined, onChange: () => undefined }),
  );
  return renderToStaticMarkup(createElement(DesignSystemProvider, { locale: 'en' }, fields));
}
