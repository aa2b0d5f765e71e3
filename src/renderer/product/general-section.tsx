/** The product's own fields: name, vendor, category, options, status, listing, stock switches, tags. */
import type { ListingStatus, ProductStatus } from '../../shared/catalog';
import { Card } from '../components/card';
import { Checkbox, SelectField, TextField } from '../components/field';
import { useProductEditor } from '../stores/product-editor';
import { fitOptionValues, OptionNamesEditor } from './option-names-editor';
import type { ProductDraft } from './product-draft';

const STATUS: ReadonlyArray<{ value: ProductStatus; label: string }> = [
  { value: 'active', label: 'Active' },
  { value: 'inactive', label: 'Inactive' },
];
const LISTING: ReadonlyArray<{ value: ListingStatus; label: string }> = [
  { value: 'active', label: 'Active (visible)' },
  { value: 'draft', label: 'Draft' },
  { value: 'archived', label: 'Archived' },
  { value: 'unlisted', label: 'Unlisted' },
];
/** The product's stock switches, each a yes or no. */
const SWITCHES: ReadonlyArray<{ key: 'trackInventory' | 'autoStock'; label: string; hint: string; testId: string }> = [
  { key: 'trackInventory', label: 'Track inventory', hint: 'count stock for this product', testId: 'product-track-inventory' },
  { key: 'autoStock', label: 'Auto-stock (bundle)', hint: 'stock is computed from the components of each variant', testId: 'product-auto-stock' },
];

export function GeneralSection({ draft }: { draft: ProductDraft }) {
  const edit = useProductEditor((s) => s.edit);
  const errors = useProductEditor((s) => s.errors);
  const set = <K extends keyof ProductDraft>(key: K, value: ProductDraft[K]) => edit((d) => ({ ...d, [key]: value }), [key]);

  return (
    <Card title="Product">
      <div className="form-grid">
        <TextField label="Name" value={draft.name} onChange={(v) => set('name', v)} error={errors['name']} testId="product-name" className="span-2" />
        <TextField label="Vendor" value={draft.vendor} onChange={(v) => set('vendor', v)} error={errors['vendor']} testId="product-vendor" />
        <TextField label="Category" value={draft.category} onChange={(v) => set('category', v)} error={errors['category']} testId="product-category" />
        <SelectField label="Status" value={draft.status} options={STATUS} onChange={(v) => set('status', v)} testId="product-status" />
        <SelectField
          label="Shopify listing"
          value={draft.listingStatus}
          options={LISTING}
          onChange={(v) => set('listingStatus', v)}
          testId="product-listing-status"
        />
        <TextField
          label="Tags"
          value={draft.tags}
          onChange={(v) => set('tags', v)}
          error={errors['tags'] ?? Object.entries(errors).find(([k]) => k.startsWith('tags.'))?.[1]}
          hint="Separate tags with commas"
          testId="product-tags"
          className="span-2"
        />
        <OptionNames draft={draft} />
        <div className="span-2 switches">
          {SWITCHES.map((s) => (
            <Checkbox key={s.key} label={s.label} checked={draft[s.key]} onChange={(v) => set(s.key, v)} testId={s.testId} hint={s.hint} />
          ))}
        </div>
      </div>
    </Card>
  );
}

function OptionNames({ draft }: { draft: ProductDraft }) {
  const edit = useProductEditor((s) => s.edit);
  const errors = useProductEditor((s) => s.errors);
  return (
    <OptionNamesEditor
      names={draft.optionNames}
      onChange={(optionNames, removed) =>
        edit((d) => ({ ...d, optionNames, variants: d.variants.map((v) => ({ ...v, optionValues: fitOptionValues(v.optionValues, optionNames, removed) })) }), [
          'optionNames',
        ])
      }
      errorAt={(i) => errors[`optionNames.${i}`] ?? (i === 0 ? errors['optionNames'] : undefined)}
      testIdPrefix="option"
    />
  );
}
