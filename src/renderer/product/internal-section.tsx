/** The owner's private numbers. They stay on this computer and are never sent to Shopify. */
import { Card } from '../components/card';
import { Checkbox, TextField } from '../components/field';
import { useProductEditor } from '../stores/product-editor';
import type { InternalDraft } from './product-draft';

const FIELDS: ReadonlyArray<{ key: Exclude<keyof InternalDraft, 'retailListed'>; label: string; kind: 'money' | 'percent' | 'count' }> = [
  { key: 'cogsCents', label: 'Cost of goods (COGS)', kind: 'money' },
  { key: 'materialCostCents', label: 'Material cost', kind: 'money' },
  { key: 'laborCents', label: 'Labor', kind: 'money' },
  { key: 'markupPercent', label: 'Markup %', kind: 'percent' },
  { key: 'wholesalePriceCents', label: 'Wholesale price', kind: 'money' },
  { key: 'commissionRatePercent', label: 'Commission %', kind: 'percent' },
  { key: 'consignmentStock', label: 'Consignment stock (units)', kind: 'count' },
];

export function InternalSection({ internal }: { internal: InternalDraft }) {
  const edit = useProductEditor((s) => s.edit);
  const errors = useProductEditor((s) => s.errors);
  const set = <K extends keyof InternalDraft>(key: K, value: InternalDraft[K]) => edit((d) => ({ ...d, internal: { ...d.internal, [key]: value } }), [`internal.${key}`]);

  return (
    <Card
      className="internal"
      testId="internal-section"
      title={
        <>
          Internal <span className="internal-note">— never sent to Shopify</span>
        </>
      }
    >
      <div className="form-grid three">
        {FIELDS.map((f) => (
          <TextField
            key={f.key}
            label={f.label}
            value={internal[f.key]}
            onChange={(v) => set(f.key, v)}
            error={errors[`internal.${f.key}`]}
            inputMode={f.kind === 'count' ? 'numeric' : 'decimal'}
            placeholder={f.kind === 'money' ? '0.00' : f.kind === 'percent' ? '0' : undefined}
            testId={`internal-${f.key}`}
          />
        ))}
      </div>
      <Checkbox label="Retail listed" checked={internal.retailListed} onChange={(v) => set('retailListed', v)} testId="internal-retailListed" hint="sold in your own retail channels" />
    </Card>
  );
}
