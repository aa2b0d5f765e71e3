/** The SKU pattern: prefix, product code, option codes, a counter (start, digits) and the separator. */
import type { SkuPattern } from '../../shared/sku-tools';
import { Checkbox, SelectField, TextField } from '../components/field';

const PRODUCT_CODES: ReadonlyArray<{ value: SkuPattern['productCode']; label: string }> = [
  { value: 'initials', label: 'Initials of the name (Night Owl Tee → NOT)' },
  { value: 'name', label: 'The name' },
  { value: 'id', label: 'The product number' },
  { value: 'none', label: 'None' },
];
const SEPARATORS: ReadonlyArray<{ value: SkuPattern['separator']; label: string }> = [
  { value: '-', label: 'Dash  ( - )' },
  { value: '_', label: 'Underscore  ( _ )' },
  { value: '.', label: 'Dot  ( . )' },
  { value: '', label: 'None' },
];

export const DEFAULT_SKU_PATTERN: SkuPattern = {
  prefix: '',
  productCode: 'initials',
  optionCodes: true,
  counter: false,
  counterStart: 1,
  counterDigits: 3,
  separator: '-',
};

/** A typed whole number; anything else becomes NaN, which the pattern check then names. */
const wholeNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

interface CounterFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  hint?: string;
  testId: string;
}

function CounterField({ label, value, onChange, hint, testId }: CounterFieldProps) {
  return (
    <TextField
      label={label}
      value={Number.isNaN(value) ? '' : String(value)}
      onChange={(v) => onChange(wholeNumber(v))}
      inputMode="numeric"
      {...(hint ? { hint } : {})}
      testId={testId}
    />
  );
}

export function SkuPatternForm({ pattern, onChange }: { pattern: SkuPattern; onChange: (pattern: SkuPattern) => void }) {
  const set = <K extends keyof SkuPattern>(key: K, value: SkuPattern[K]) => onChange({ ...pattern, [key]: value });
  return (
    <div className="form-grid sku-pattern" data-testid="sku-pattern">
      <TextField label="Prefix" value={pattern.prefix} onChange={(v) => set('prefix', v)} hint="Letters and digits, e.g. AM" testId="sku-prefix" />
      <SelectField label="Product code" value={pattern.productCode} options={PRODUCT_CODES} onChange={(v) => set('productCode', v)} testId="sku-product-code" />
      <SelectField label="Separator" value={pattern.separator} options={SEPARATORS} onChange={(v) => set('separator', v)} testId="sku-separator" />
      <div className="switches">
        <Checkbox label="Option codes" hint="Large → LAR, Black → BLA" checked={pattern.optionCodes} onChange={(v) => set('optionCodes', v)} testId="sku-option-codes" />
        <Checkbox label="Counter" hint="a running number" checked={pattern.counter} onChange={(v) => set('counter', v)} testId="sku-counter" />
      </div>
      {pattern.counter ? (
        <>
          <CounterField label="Counter starts at" value={pattern.counterStart} onChange={(v) => set('counterStart', v)} testId="sku-counter-start" />
          <CounterField label="Counter digits" value={pattern.counterDigits} onChange={(v) => set('counterDigits', v)} hint="1 to 6, e.g. 3 → 001" testId="sku-counter-digits" />
        </>
      ) : null}
    </div>
  );
}
