/** Stock changes, each recorded in the ledger with a reason: adjust by a delta, or set a counted quantity. */
import { useState } from 'react';
import type { Variant } from '../../shared/catalog';
import { api } from '../api';
import { Dialog } from '../components/dialog';
import { SelectField, TextField } from '../components/field';
import { variantLabel } from './product-dialogs';
import { useProductChange } from './use-product-change';

type AdjustKind = 'adjustment' | 'received' | 'shipped' | 'sale' | 'correction';
const KINDS: ReadonlyArray<{ value: AdjustKind; label: string }> = [
  { value: 'received', label: 'Received (stock in)' },
  { value: 'adjustment', label: 'Adjustment' },
  { value: 'shipped', label: 'Shipped' },
  { value: 'sale', label: 'Sale' },
  { value: 'correction', label: 'Correction' },
];
/** Kinds that take stock out: a positive number typed for them means "this many went out". */
const OUTGOING: ReadonlySet<AdjustKind> = new Set(['shipped', 'sale']);

const wholeNumber = (text: string) => (/^\s*[-+]?\d+\s*$/.test(text) ? Number(text) : null);

interface Props {
  variant: Variant;
  onClose: () => void;
}

export function AdjustStockDialog({ variant, onClose }: Props) {
  const [delta, setDelta] = useState('');
  const [kind, setKind] = useState<AdjustKind>('received');
  const [reason, setReason] = useState('');
  const parsed = wholeNumber(delta);
  const signed = parsed === null ? null : OUTGOING.has(kind) ? -Math.abs(parsed) : parsed;
  const { submit, busy, errors, setErrors } = useProductChange(
    // Only submitted once `signed` is a number (see onSubmit).
    () => api.adjustStock({ variantId: variant.id, delta: signed ?? 0, kind, reason }),
    `Stock of ${variantLabel(variant)} changed by ${(signed ?? 0) > 0 ? '+' : ''}${signed}`,
    onClose,
  );

  return (
    <Dialog
      title={`Adjust stock — ${variantLabel(variant)}`}
      testId="adjust-stock-dialog"
      onClose={onClose}
      onSubmit={() => (signed === null ? setErrors({ delta: 'Enter a whole number, such as 5 or -2' }) : void submit())}
      submitLabel="Change stock"
      busy={busy}
    >
      <p className="muted">
        On hand now: <strong>{variant.onHand}</strong>
        {signed !== null ? (
          <>
            {' '}
            → after: <strong data-testid="adjust-stock-after">{variant.onHand + signed}</strong>
          </>
        ) : null}
      </p>
      <SelectField label="Kind" value={kind} options={KINDS} onChange={setKind} testId="adjust-stock-kind" />
      <TextField
        label={OUTGOING.has(kind) ? 'Units out' : 'Change (+ in, − out)'}
        value={delta}
        onChange={setDelta}
        error={errors['delta']}
        inputMode="numeric"
        testId="adjust-stock-delta"
        autoFocus
      />
      <TextField label="Reason" value={reason} onChange={setReason} error={errors['reason']} placeholder="e.g. Delivery from printer" testId="adjust-stock-reason" />
    </Dialog>
  );
}

export function StocktakeDialog({ variant, onClose }: Props) {
  const [counted, setCounted] = useState(String(Math.max(0, variant.onHand)));
  const [reason, setReason] = useState('Stocktake');
  const quantity = wholeNumber(counted);
  const { submit, busy, errors, setErrors } = useProductChange(
    () => api.setStock({ variantId: variant.id, onHand: quantity ?? -1, reason }),
    `${variantLabel(variant)} counted: ${quantity} on hand`,
    onClose,
  );

  return (
    <Dialog
      title={`Count stock — ${variantLabel(variant)}`}
      testId="stocktake-dialog"
      onClose={onClose}
      onSubmit={() => (quantity === null || quantity < 0 ? setErrors({ onHand: 'Enter the number of units you counted' }) : void submit())}
      submitLabel="Set on hand"
      busy={busy}
    >
      <p className="muted">
        The system says <strong>{variant.onHand}</strong> on hand. The difference is recorded as a stocktake movement.
      </p>
      <TextField label="Counted quantity" value={counted} onChange={setCounted} error={errors['onHand']} inputMode="numeric" testId="stocktake-quantity" autoFocus />
      <TextField label="Reason" value={reason} onChange={setReason} error={errors['reason']} testId="stocktake-reason" />
    </Dialog>
  );
}
