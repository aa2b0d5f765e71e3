/** A labelled form control with its inline error underneath. */
import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  className?: string;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}

export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(id, error || hint ? messageId : undefined)}
      {error ? (
        <p id={messageId} className="field-error" role="alert">
          {error}
        </p>
      ) : hint ? (
        <p id={messageId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  testId: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
  placeholder?: string;
  className?: string;
  autoFocus?: boolean;
  /** `password` for a secret: never shown, never remembered by the browser. */
  type?: 'text' | 'password';
}

export function TextField({ label, value, onChange, error, hint, testId, inputMode, placeholder, className, autoFocus, type = 'text' }: TextFieldProps) {
  return (
    <Field label={label} error={error} {...(hint ? { hint } : {})} {...(className ? { className } : {})}>
      {(id, describedBy) => (
        <input
          id={id}
          type={type}
          autoComplete={type === 'password' ? 'off' : undefined}
          spellCheck={type === 'password' ? false : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          data-testid={testId}
          inputMode={inputMode}
          placeholder={placeholder}
          autoFocus={autoFocus}
        />
      )}
    </Field>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
  testId: string;
  error?: string | undefined;
}

export function SelectField<T extends string>({ label, value, options, onChange, testId, error }: SelectFieldProps<T>) {
  return (
    <Field label={label} error={error}>
      {(id, describedBy) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)} data-testid={testId} aria-describedby={describedBy}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
  hint?: string;
}

export function Checkbox({ label, checked, onChange, testId, hint }: CheckboxProps) {
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      <label htmlFor={id}>
        {label}
        {hint ? <span className="field-hint"> — {hint}</span> : null}
      </label>
    </div>
  );
}
