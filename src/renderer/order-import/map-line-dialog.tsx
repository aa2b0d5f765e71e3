/** "Map to variant": the owner says which local variant an unmatched order line sold, found by SKU or name. */
import { useEffect, useState } from 'react';
import type { UnmatchedOrderLine } from '../../shared/orders';
import { errorMessage } from '../api';
import { Dialog } from '../components/dialog';
import { TextField } from '../components/field';
import { useOrderImport } from '../stores/order-import';
import { searchVariants, type VariantChoice } from './variant-search';

const SEARCH_PAUSE_MS = 250;

export function MapLineDialog({ line, onClose }: { line: UnmatchedOrderLine; onClose: () => void }) {
  const [words, setWords] = useState(line.sku || line.title);
  const [search, setSearch] = useState(words);
  const [choices, setChoices] = useState<VariantChoice[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  // Searched after a pause in typing, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(words), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [words]);

  useEffect(() => {
    let current = true;
    setChoices(null);
    searchVariants(search).then(
      (found) => current && (setChoices(found), setFailure(null)),
      (error: unknown) => current && setFailure(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [search]);

  const map = async () => {
    if (chosen === null) return setFailure('Choose the variant this line sold.');
    setBusy(true);
    const mapped = await useOrderImport.getState().mapLine(line.lineId, chosen);
    setBusy(false);
    if (mapped) onClose();
  };

  return (
    <Dialog title={`Map a line of order ${line.orderName}`} testId="map-line-dialog" onClose={onClose} onSubmit={() => void map()} submitLabel="Map to this variant" busy={busy}>
      <p>
        Shopify sold <strong>{line.quantity} × {[line.title, line.variantTitle].filter(Boolean).join(' – ')}</strong>
        {line.sku ? <> with SKU <span className="mono">{line.sku}</span></> : ' without a SKU'}. The variant you choose gives the line its cost of goods, and {line.quantity}{' '}
        {line.quantity === 1 ? 'unit leaves' : 'units leave'} its stock (unless its stock was entered in Stockpilot after this order).
      </p>
      <TextField label="Find a variant by SKU or product name" value={words} onChange={setWords} testId="map-line-search" autoFocus />
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      {choices === null ? (
        <p className="muted">Searching…</p>
      ) : choices.length === 0 ? (
        <p className="muted">No product or SKU contains “{search}”.</p>
      ) : (
        <ul className="variant-choices" data-testid="map-line-choices">
          {choices.map((c) => (
            <li key={c.variantId}>
              <label>
                <input type="radio" name="variant" checked={chosen === c.variantId} onChange={() => setChosen(c.variantId)} data-testid={`map-line-choice-${c.sku || c.variantId}`} />
                <span>
                  {c.productName}
                  {c.options ? ` – ${c.options}` : ''} <span className="mono muted">{c.sku || '(no SKU)'}</span> <span className="muted">· {c.onHand} on hand</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
