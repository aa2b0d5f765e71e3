/** Adds a variant: its option values, SKU, price and opening stock. */
import { useState } from 'react';
import type { Product } from '../../shared/catalog';
import { api } from '../api';
import { Dialog } from '../components/dialog';
import { TextField } from '../components/field';
import { centsToText, textToCents } from '../money';
import { useProductChange } from './use-product-change';

export function AddVariantDialog({ product, onClose }: { product: Product; onClose: () => void }) {
  const [options, setOptions] = useState<string[]>(product.optionNames.map(() => ''));
  const [sku, setSku] = useState('');
  const [price, setPrice] = useState(centsToText(product.variants[0]?.priceCents ?? 0));
  const [onHand, setOnHand] = useState('0');
  const cents = textToCents(price);
  const { submit, busy, errors, setErrors } = useProductChange(
    () =>
      api.createVariant({
        productId: product.id,
        sku,
        priceCents: cents.ok ? (cents.cents ?? 0) : 0,
        optionValues: options,
        onHand: product.autoStock ? 0 : Number(onHand),
      }),
    'Variant added',
    onClose,
  );
  const validate = () => {
    const local: Record<string, string> = {};
    if (!cents.ok) local['priceCents'] = cents.message;
    if (!/^\s*\d+\s*$/.test(onHand)) local['onHand'] = 'Enter a whole number of units';
    if (Object.keys(local).length > 0) setErrors(local);
    else void submit();
  };
  const optionError = Object.entries(errors).find(([k]) => k.startsWith('optionValues'))?.[1];

  return (
    <Dialog
      title="Add variant"
      testId="add-variant-dialog"
      onClose={onClose}
      onSubmit={validate}
      submitLabel="Add variant"
      busy={busy}
    >
      {product.optionNames.map((name, i) => (
        <TextField
          key={i}
          label={name || `Option ${i + 1}`}
          value={options[i] ?? ''}
          onChange={(v) => setOptions(options.map((o, j) => (j === i ? v : o)))}
          error={i === 0 ? optionError : undefined}
          testId={`add-variant-option-${i}`}
        />
      ))}
      <TextField label="SKU" value={sku} onChange={setSku} error={errors['sku']} testId="add-variant-sku" />
      <TextField label="Price" value={price} onChange={setPrice} error={errors['priceCents']} inputMode="decimal" testId="add-variant-price" />
      {product.autoStock ? null : (
        <TextField label="Opening stock" value={onHand} onChange={setOnHand} error={errors['onHand']} inputMode="numeric" testId="add-variant-onhand" />
      )}
    </Dialog>
  );
}
