/** The variants of a product, editable in place, with their stock figures and stock actions. */
import type { Product, ProductImage, Variant } from '../../shared/catalog';
import { Card } from '../components/card';
import { optionColumns, TableHead } from '../components/table-head';
import { useProductEditor } from '../stores/product-editor';
import { useSettings } from '../stores/settings';
import type { OpenDialog } from './product-dialogs';
import type { ProductDraft, VariantDraft } from './product-draft';
import { VariantImagePicker } from './variant-image-picker';

interface Props {
  product: Product;
  draft: ProductDraft;
  openDialog: OpenDialog;
}

export function VariantsTable({ product, draft, openDialog }: Props) {
  const edit = useProductEditor((s) => s.edit);
  const errors = useProductEditor((s) => s.errors);
  const byId = new Map(product.variants.map((v) => [v.id, v]));
  const change = (index: number, patch: Partial<VariantDraft>) =>
    edit(
      (d) => ({ ...d, variants: d.variants.map((v, i) => (i === index ? { ...v, ...patch } : v)) }),
      // The draft's "price" and "compareAtPrice" are the contract's "priceCents" and "compareAtPriceCents".
      Object.keys(patch).map((field) => `variants.${index}.${field === 'price' || field === 'compareAtPrice' ? `${field}Cents` : field}`),
    );

  return (
    <Card
      title="Variants"
      action={
        <button type="button" className="button" onClick={() => openDialog({ kind: 'add-variant' })} data-testid="add-variant">
          + Add variant
        </button>
      }
    >
      <div className="table-scroll">
        <table className="variants" data-testid="variants-table">
          <TableHead
            columns={[
              ...optionColumns(draft.optionNames),
              { label: 'SKU' },
              { label: 'Price', numeric: true },
              { label: 'Compare-at price', numeric: true, wrap: true },
              { label: 'Barcode' },
              { label: 'On hand', numeric: true },
              { label: 'Reserved for wholesale', numeric: true, wrap: true },
              { label: 'Available', numeric: true },
              ...(product.images.length > 0 ? [{ label: 'Image' }] : []),
            ]}
          />
          <tbody>
            {draft.variants.map((vd, index) => {
              const v = byId.get(vd.id);
              if (!v) return null;
              return (
                <VariantRow
                  key={vd.id}
                  variant={v}
                  draft={vd}
                  index={index}
                  optionNames={draft.optionNames}
                  errors={errors}
                  trackInventory={product.trackInventory}
                  autoStock={product.autoStock}
                  images={product.images}
                  onlyVariant={draft.variants.length === 1}
                  change={(patch) => change(index, patch)}
                  openDialog={openDialog}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      {product.autoStock ? <p className="field-hint">Bundle stock is computed from its components; adjust the components instead.</p> : null}
    </Card>
  );
}

interface RowProps {
  variant: Variant;
  draft: VariantDraft;
  index: number;
  optionNames: string[];
  errors: Record<string, string>;
  trackInventory: boolean;
  autoStock: boolean;
  images: readonly ProductImage[];
  onlyVariant: boolean;
  change: (patch: Partial<VariantDraft>) => void;
  openDialog: OpenDialog;
}

function VariantRow({ variant: v, draft: d, index, optionNames, errors, trackInventory, autoStock, images, onlyVariant, change, openDialog }: RowProps) {
  const err = (field: string) => errors[`variants.${index}.${field}`];
  const optionsError = Object.entries(errors).find(([k]) => k.startsWith(`variants.${index}.optionValues`))?.[1];
  const cellInput = (field: 'sku' | 'price' | 'compareAtPrice' | 'barcode', label: string, errorKey: string, numeric = false) => (
    <td className={numeric ? 'numeric' : undefined}>
      <input
        aria-label={`${label} of variant ${index + 1}`}
        value={d[field]}
        onChange={(e) => change({ [field]: e.target.value })}
        aria-invalid={err(errorKey) ? true : undefined}
        inputMode={numeric ? 'decimal' : undefined}
        className={numeric ? 'numeric' : undefined}
        data-testid={`variant-${v.id}-${field}`}
      />
      {err(errorKey) ? (
        <span className="field-error" role="alert">
          {err(errorKey)}
        </span>
      ) : null}
    </td>
  );
  const oversold = v.onHand < 0;
  const lowStockThreshold = useSettings((s) => s.settings.lowStockThreshold);
  const lowStock = trackInventory && !oversold && v.available <= lowStockThreshold;

  return (
    <tr data-testid={`variant-row-${v.id}`} className={oversold ? 'oversold-row' : undefined}>
      {optionNames.map((name, i) => (
        <td key={i}>
          <input
            aria-label={`${name || `Option ${i + 1}`} of variant ${index + 1}`}
            value={d.optionValues[i] ?? ''}
            onChange={(e) => change({ optionValues: optionNames.map((_, j) => (j === i ? e.target.value : (d.optionValues[j] ?? ''))) })}
            aria-invalid={optionsError ? true : undefined}
            data-testid={`variant-${v.id}-option-${i}`}
          />
          {i === 0 && optionsError ? (
            <span className="field-error" role="alert">
              {optionsError}
            </span>
          ) : null}
        </td>
      ))}
      {cellInput('sku', 'SKU', 'sku')}
      {cellInput('price', 'Price', 'priceCents', true)}
      {cellInput('compareAtPrice', 'Compare-at price', 'compareAtPriceCents', true)}
      {cellInput('barcode', 'Barcode', 'barcode')}
      <td className={`numeric figure${oversold ? ' oversold' : ''}`} data-testid={`variant-${v.id}-onhand`} title={oversold ? 'Oversold: more was sold than was on hand' : undefined}>
        {trackInventory ? v.onHand : '—'}
        {oversold ? <span className="warning-mark" aria-label="Oversold"> ⚠</span> : null}
      </td>
      <td className="numeric figure" data-testid={`variant-${v.id}-committed`}>
        {v.committed}
      </td>
      <td
        className={`numeric figure strong${lowStock ? ' low-stock' : ''}`}
        data-testid={`variant-${v.id}-available`}
        title={lowStock ? `Low stock: ${lowStockThreshold} or fewer available` : undefined}
      >
        {trackInventory ? v.available : '—'}
      </td>
      {images.length > 0 ? (
        <td>
          <VariantImagePicker variant={v} images={images} label={`variant ${index + 1}`} />
        </td>
      ) : null}
      <td className="row-actions">
        {!autoStock ? (
          <>
            <button type="button" className="button small" onClick={() => openDialog({ kind: 'adjust', variantId: v.id })} data-testid={`variant-${v.id}-adjust`}>
              Adjust
            </button>
            <button type="button" className="button small" onClick={() => openDialog({ kind: 'stocktake', variantId: v.id })} data-testid={`variant-${v.id}-count`}>
              Count
            </button>
          </>
        ) : null}
        <button
          type="button"
          className="button small subtle danger"
          disabled={onlyVariant}
          title={onlyVariant ? 'A product keeps at least one variant' : undefined}
          aria-label={`Delete variant ${index + 1}`}
          onClick={() => openDialog({ kind: 'delete-variant', variantId: v.id })}
          data-testid={`variant-${v.id}-delete`}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}
