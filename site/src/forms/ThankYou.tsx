import { useEffect, useRef } from 'react';
import type { IntakeForm } from '@cb/domain/intake';
import type { FormText } from './form-text.ts';

/** Shown in place of the form once the CMS has stored it: the focus moves to its heading, the reference is big. */
/** `mailed`: an email address was given, so a confirmation mail goes there (and only then is it mentioned). */
export function ThankYou({ form, text, reference, mailed }: { form: IntakeForm; text: FormText['thankYou']; reference: string; mailed: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const copy = { ...text, reference };
  return (
    <section className="thank-you" aria-labelledby={`${form}-thank-you`}>
      <h2 id={`${form}-thank-you`} ref={heading} tabIndex={-1}>
        {copy.title}
      </h2>
      <p>{copy.body}</p>
      <p className="reference-label">{copy.referenceLabel}</p>
      <p className="reference" data-reference>
        {copy.reference}
      </p>
      <p>{copy.referenceHint}</p>
      {mailed && <p className="confirmation-sent">{copy.confirmationSent}</p>}
    </section>
  );
}
