/** Wholesale commitments: units promised to an order, held back from what can be sold. */
import { useEffect, useState } from 'react';
import type { Commitment, Product } from '../../shared/catalog';
import { api } from '../api';
import { Card } from '../components/card';
import { Dialog } from '../components/dialog';
import { Field, TextField } from '../components/field';
import { TableHead } from '../components/table-head';
import { withProduct } from '../stores/product-editor';
import { toast, toastError } from '../stores/toasts';
import { variantLabel, type OpenDialog } from './product-dialogs';
import { useProductChange } from './use-product-change';

type CommitmentRow = Commitment & { sku: string };

export function CommitmentsSection({ product, openDialog }: { product: Product; openDialog: OpenDialog }) {
  const [rows, setRows] = useState<CommitmentRow[] | null>(null);

  // The product object changes whenever stock or commitments do, so it is the refetch signal.
  useEffect(() => {
    let current = true;
    api.listCommitments({ productId: product.id }).then(
      (list) => current && setRows(list),
      (error: unknown) => current && toastError(error),
    );
    return () => {
      current = false;
    };
  }, [product]);

  const variantOf = (id: number) => product.variants.find((v) => v.id === id);

  return (
    <Card
      title="Wholesale commitments"
      action={
        <button type="button" className="button" onClick={() => openDialog({ kind: 'add-commitment', variantId: null })} data-testid="add-commitment">
          + Add commitment
        </button>
      }
    >
      {rows === null ? (
        <p className="muted">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="muted" data-testid="no-commitments">
          No open commitments. Units committed to a wholesale order are held back from what can be sold.
        </p>
      ) : (
        <table className="compact" data-testid="commitments-table">
          <TableHead columns={[{ label: 'Reference' }, { label: 'Variant' }, { label: 'Units', numeric: true }, { label: 'Since' }]} />
          <tbody>
            {rows.map((c) => {
              const v = variantOf(c.variantId);
              return (
                <tr key={c.id} data-testid={`commitment-${c.id}`}>
                  <td>{c.reference}</td>
                  <td>{v ? variantLabel(v) : c.sku}</td>
                  <td className="numeric">{c.quantity}</td>
                  <td className="muted">{new Date(c.createdAt).toLocaleDateString()}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button small"
                      onClick={() => void withProduct(() => api.closeCommitment({ id: c.id })).then((p) => p && toast('success', `Commitment ${c.reference} closed`))}
                      data-testid={`commitment-${c.id}-close`}
                    >
                      Close
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Card>
  );
}

export function AddCommitmentDialog({ product, variantId, onClose }: { product: Product; variantId: number | null; onClose: () => void }) {
  const [variant, setVariant] = useState(String(variantId ?? product.variants[0]?.id ?? ''));
  const [reference, setReference] = useState('');
  const [quantity, setQuantity] = useState('1');
  const { submit, busy, errors, setErrors } = useProductChange(
    () => api.addCommitment({ variantId: Number(variant), reference, quantity: Number(quantity) }),
    `${quantity} committed to ${reference.trim()}`,
    onClose,
  );

  return (
    <Dialog
      title="Add wholesale commitment"
      testId="add-commitment-dialog"
      onClose={onClose}
      onSubmit={() => (/^\s*\d+\s*$/.test(quantity) ? void submit() : setErrors({ quantity: 'Enter a whole number of units' }))}
      submitLabel="Commit units"
      busy={busy}
    >
      <Field label="Variant" error={errors['variantId']}>
        {(id) => (
          <select id={id} value={variant} onChange={(e) => setVariant(e.target.value)} data-testid="commitment-variant">
            {product.variants.map((v) => (
              <option key={v.id} value={v.id}>
                {variantLabel(v)} — {v.available} available
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField label="Order reference" value={reference} onChange={setReference} error={errors['reference']} placeholder="e.g. PO-1042 Gallery shop" testId="commitment-reference" />
      <TextField label="Units" value={quantity} onChange={setQuantity} error={errors['quantity']} inputMode="numeric" testId="commitment-quantity" />
    </Dialog>
  );
}
