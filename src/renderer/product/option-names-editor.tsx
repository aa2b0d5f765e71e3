/** Up to three option names (Size, Colour…); each variant gives a value for each. */
import { TextField } from '../components/field';

export const MAX_OPTIONS = 3;

interface Props {
  names: string[];
  /** `removed` is the index of an option just removed, so variants drop that value too. */
  onChange: (names: string[], removed?: number) => void;
  errorAt: (index: number) => string | undefined;
  /** Test ids: `${testIdPrefix}-name-N` and `${testIdPrefix}-add`. */
  testIdPrefix: string;
  legend?: string;
}

export function OptionNamesEditor({ names, onChange, errorAt, testIdPrefix, legend = 'Options' }: Props) {
  return (
    <fieldset className="span-2 option-names">
      <legend>{legend}</legend>
      {names.map((name, i) => (
        <div key={i} className="option-name">
          <TextField
            label={`Option ${i + 1}`}
            value={name}
            onChange={(v) => onChange(names.map((n, j) => (j === i ? v : n)))}
            error={errorAt(i)}
            testId={`${testIdPrefix}-name-${i}`}
          />
          <button type="button" className="button subtle" onClick={() => onChange(names.filter((_, j) => j !== i), i)} aria-label={`Remove option ${name || i + 1}`}>
            Remove
          </button>
        </div>
      ))}
      {names.length < MAX_OPTIONS ? (
        <button type="button" className="button subtle" onClick={() => onChange([...names, ''])} data-testid={`${testIdPrefix}-add`}>
          + Add option
        </button>
      ) : (
        <p className="field-hint">A product has at most {MAX_OPTIONS} options.</p>
      )}
    </fieldset>
  );
}

/** Keeps one value per option on a variant when options are added or removed. */
export function fitOptionValues(values: readonly string[], names: readonly string[], removed?: number): string[] {
  const kept = removed === undefined ? values : values.filter((_, i) => i !== removed);
  return names.map((_, i) => kept[i] ?? '');
}
