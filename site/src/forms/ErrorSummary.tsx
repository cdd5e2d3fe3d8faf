import { useEffect, useRef } from 'react';
import type { IntakeForm, SummaryLine } from '@cb/domain/intake';

interface ErrorSummaryProps {
  form: IntakeForm;
  title: string;
  /** "Label: message" lines in the order of the fields (errorSummaryLines, shared with the page without JavaScript). */
  errors: SummaryLine[];
  /** Changes each time the form is sent or a step is checked: the summary then takes the focus. */
  focusRequest: number;
}

/** The list of what needs another look, at the top of the form, each item a link to its field. */
export function ErrorSummary({ form, title, errors, focusRequest }: ErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  const focusedRequest = useRef(0);
  const shown = errors.length > 0;
  // A request is served once the summary is drawn: react-hook-form publishes a send's errors a render
  // after its "invalid" callback, so the summary may only appear after the request that should focus it.
  useEffect(() => {
    if (focusRequest <= focusedRequest.current || !summary.current) return;
    focusedRequest.current = focusRequest;
    summary.current.focus();
    summary.current.scrollIntoView({ block: 'start' });
  }, [focusRequest, shown]);
  if (!shown) return null;
  const titleId = `${form}-error-summary-title`;
  return (
    <div className="error-summary" ref={summary} tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.path}>
            {error.targetId ? (
              <a
                href={`#${error.targetId}`}
                onClick={(event) => {
                  const target = document.getElementById(error.targetId!);
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: 'center' });
                }}
              >
                {error.text}
              </a>
            ) : (
              error.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
