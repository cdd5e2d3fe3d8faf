import { formatEuro, formatLocaleOf } from '@cb/domain';
import { budgetLineFieldName, fieldInputId, type IntakeForm } from '@cb/domain/intake';
import { FieldError, FieldHint, describedBy } from './Field.tsx';
import { fillIn } from './fill-in.ts';
import type { FormText } from './form-text.ts';
import type { BudgetLineInput } from './form-values.ts';

interface BudgetLinesProps {
  form: IntakeForm;
  text: FormText;
  /** Formats the total in the page's language. */
  locale: string;
  lines: BudgetLineInput[];
  onChange(lines: BudgetLineInput[]): void;
  /** Messages by error path: `budgetLines` for the whole, `budgetLines.1.amount` for one input. */
  errorOf(path: string): string | undefined;
  total: number;
  /** Without JavaScript there is no "add a line" button: the form offers enough empty lines. */
  enhanced: boolean;
}

const LINES_WITHOUT_JAVASCRIPT = 8;

/**
 * The budget as lines (what for, how much), controlled inputs named the way a post without
 * JavaScript sends them (`budgetLines[0][label]`), so one markup serves both.
 */
export function BudgetLines({ form, text, locale, lines, onChange, errorOf, total, enhanced }: BudgetLinesProps) {
  const id = fieldInputId(form, 'budgetLines');
  const copy = text.fields.budgetLines ?? { label: 'budgetLines' };
  const common = text.common;
  const error = errorOf('budgetLines');
  const shown = enhanced
    ? lines
    : [...lines, ...Array.from({ length: Math.max(0, LINES_WITHOUT_JAVASCRIPT - lines.length) }, () => ({ label: '', amount: '' }))];
  /** The new line's first input takes the focus: typing goes on where the person expects it. */
  const addLine = (index: number) => {
    onChange([...lines, { label: '', amount: '' }]);
    requestAnimationFrame(() => document.getElementById(fieldInputId(form, `budgetLines.${index}.label`))?.focus());
  };
  const update = (index: number, part: keyof BudgetLineInput, value: string) =>
    onChange(lines.map((line, at) => (at === index ? { ...line, [part]: value } : line)));

  return (
    <fieldset className="field budget-lines" aria-describedby={describedBy(id, Boolean(copy.hint), Boolean(error))}>
      <legend>{copy.label}</legend>
      <FieldHint id={id} text={copy.hint} />
      <FieldError id={id} text={error} />
      {shown.map((line, index) => (
        <fieldset className="budget-line" key={index}>
          <legend>{fillIn(common.budgetLineLegend, { line: index + 1 })}</legend>
          <LineInput
            form={form}
            index={index}
            part="label"
            label={common.budgetLineLabel}
            value={line.label}
            error={errorOf(`budgetLines.${index}.label`)}
            onChange={update}
          />
          <LineInput
            form={form}
            index={index}
            part="amount"
            label={common.budgetLineAmount}
            value={line.amount}
            error={errorOf(`budgetLines.${index}.amount`)}
            onChange={update}
          />
          {enhanced && lines.length > 1 && (
            <button type="button" className="button secondary" onClick={() => onChange(lines.filter((_, at) => at !== index))}>
              {fillIn(common.removeBudgetLine, { line: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {enhanced && (
        <>
          <p className="budget-total" aria-live="polite">
            {fillIn(common.budgetTotal, { total: formatEuro(formatLocaleOf(locale), total) })}
          </p>
          {lines.length < 30 && (
            <button type="button" className="button secondary" onClick={() => addLine(lines.length)}>
              {common.addBudgetLine}
            </button>
          )}
        </>
      )}
    </fieldset>
  );
}

interface LineInputProps {
  form: IntakeForm;
  index: number;
  part: keyof BudgetLineInput;
  label: string;
  value: string;
  error?: string;
  onChange(index: number, part: keyof BudgetLineInput, value: string): void;
}

function LineInput({ form, index, part, label, value, error, onChange }: LineInputProps) {
  const id = fieldInputId(form, `budgetLines.${index}.${part}`);
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldError id={id} text={error} />
      <input
        id={id}
        type="text"
        name={budgetLineFieldName(index, part)}
        inputMode={part === 'amount' ? 'decimal' : undefined}
        maxLength={part === 'label' ? 200 : 20}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(index, part, event.target.value)}
      />
    </div>
  );
}
