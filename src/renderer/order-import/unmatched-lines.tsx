/** Imported order lines no local SKU matched: their cost and stock count once they are mapped to a variant. */
import { useState } from 'react';
import type { UnmatchedOrderLine } from '../../shared/orders';
import { TableHead, type HeadColumn } from '../components/table-head';
import { formatMoney } from '../money';
import { MapLineDialog } from './map-line-dialog';
import { orderDay, UNMATCHED_REASONS } from './order-words';
import { plural } from '../plural';

/** The oldest are listed first; more than this and the owner maps a batch, then sees the next. */
const LISTED = 100;

const UNMATCHED_COLUMNS: HeadColumn[] = [
  { label: 'Order' },
  { label: 'Date' },
  { label: 'SKU' },
  { label: 'Item' },
  { label: 'Qty', numeric: true },
  { label: 'Unit price', numeric: true },
  { label: 'Why' },
];

export function UnmatchedLines({ lines }: { lines: readonly UnmatchedOrderLine[] }) {
  const [mapping, setMapping] = useState<UnmatchedOrderLine | null>(null);
  if (lines.length === 0) return null;
  return (
    <div className="unmatched-lines" data-testid="unmatched-lines">
      <h3>Unmatched lines ({lines.length.toLocaleString()})</h3>
      <p className="muted">
        These lines match no variant here, so their cost of goods is unknown and their stock was not lowered. Map each to the variant it sold.
      </p>
      <div className="table-scroll">
        <table className="compact">
          <TableHead columns={UNMATCHED_COLUMNS} />
          <tbody>
            {lines.slice(0, LISTED).map((l) => (
              <tr key={l.lineId} data-testid={`unmatched-line-${l.lineId}`}>
                <td>{l.orderName}</td>
                <td>{orderDay(l.date)}</td>
                <td className="mono">{l.sku || '—'}</td>
                <td>{[l.title, l.variantTitle].filter(Boolean).join(' – ')}</td>
                <td className="numeric">{l.quantity}</td>
                <td className="numeric">{formatMoney(l.unitPriceCents, l.currency)}</td>
                <td className="muted">{UNMATCHED_REASONS[l.reason]}</td>
                <td>
                  <button type="button" className="button small" onClick={() => setMapping(l)} data-testid={`map-line-${l.lineId}`}>
                    Map to variant…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {lines.length > LISTED ? <p className="muted">{plural(lines.length - LISTED, 'more line')} after these.</p> : null}
      {mapping ? <MapLineDialog line={mapping} onClose={() => setMapping(null)} /> : null}
    </div>
  );
}
