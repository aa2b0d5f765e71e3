/** A list filter whose first choice, "any", means no filter at all. */
interface Props<T extends string> {
  label: string;
  anyLabel: string;
  value: T | undefined;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T | undefined) => void;
  testId: string;
}

export function FilterSelect<T extends string>({ label, anyLabel, value, options, onChange, testId }: Props<T>) {
  return (
    <select aria-label={label} value={value ?? ''} onChange={(e) => onChange((e.target.value || undefined) as T | undefined)} data-testid={testId}>
      <option value="">{anyLabel}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
