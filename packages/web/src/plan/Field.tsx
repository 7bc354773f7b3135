// One labelled input or textarea with its hint and its validation message wired up for screen
// readers (aria-describedby, aria-invalid). Values are plain text and rendered as text.
import { useId } from 'react';
import { useFieldIssue } from './issues-context';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  path: readonly (string | number)[];
  multiline?: boolean;
  type?: 'text' | 'tel';
  hint?: string;
  placeholder?: string;
  autoFocus?: boolean;
  /** Hide the label visually (the row already says what it is), keep it for screen readers. */
  quietLabel?: boolean;
}

export function Field({ label, value, onChange, path, multiline = false, type = 'text', hint, placeholder, autoFocus, quietLabel = false }: Props) {
  const id = useId();
  const issue = useFieldIssue(path);
  const describedBy = [hint ? `${id}-hint` : null, issue ? `${id}-issue` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    placeholder,
    autoFocus,
    'aria-invalid': issue ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className="field">
      <label htmlFor={id} className={quietLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} inputMode={type === 'tel' ? 'tel' : undefined} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {issue && (
        <p className="field-issue" id={`${id}-issue`}>
          {issue}
        </p>
      )}
    </div>
  );
}
