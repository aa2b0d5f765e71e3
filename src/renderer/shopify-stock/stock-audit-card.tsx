/**
 * Integration → Overview's stock audit: how many linked variants Shopify shows as Stockpilot
 * would push them, when that was checked, "Check now", and the ones that differ.
 */
import { useEffect } from 'react';
import { Card } from '../components/card';
import { TableHead } from '../components/table-head';
import { paths } from '../router';
import { useStockAudit } from '../stores/stock-audit';
import { fullTime } from '../integration/time-words';
import { useNow } from '../integration/use-now';
import { auditSummary, pendingNote, shopifySideWords } from './stock-audit-words';
import './shopify-stock.css';

/** Enough to see what kind of difference it is; the rest are counted. */
const SHOWN_DIFFERENCES = 8;
const COLUMNS = [{ label: 'SKU' }, { label: 'Product' }, { label: 'Stockpilot’s number', numeric: true, wrap: true }, { label: 'Shopify’s number', numeric: true, wrap: true }];

function CheckNowButton() {
  const checking = useStockAudit((s) => s.checking);
  return (
    <button type="button" className="button" disabled={checking} onClick={() => void useStockAudit.getState().check()} data-testid="audit-check-now">
      {checking ? 'Checking Shopify…' : 'Check now'}
    </button>
  );
}

export function StockAuditCard() {
  const { audit, loaded, failure } = useStockAudit();
  const now = useNow();
  useEffect(() => {
    void useStockAudit.getState().load();
  }, []);

  const note = audit ? pendingNote(audit.pending) : null;
  const hidden = audit ? audit.differs.length - SHOWN_DIFFERENCES : 0;
  return (
    <Card title="Stock audit" action={<CheckNowButton />} testId="stock-audit-card">
      {audit ? (
        <p data-testid="audit-summary" title={fullTime(audit.checkedAt)}>
          {auditSummary(audit, now)}
        </p>
      ) : failure ? (
        <p className="field-error">The last audit could not be read: {failure}</p>
      ) : loaded ? (
        <p className="muted" data-testid="audit-summary">
          Not checked yet. An audit reads each linked variant’s available quantity on Shopify and compares it with what Stockpilot would push; it changes nothing.
        </p>
      ) : (
        <p className="muted">Loading…</p>
      )}
      {audit && audit.differs.length > 0 ? (
        <div className="table-scroll">
          <table className="compact audit-differences" data-testid="audit-differences">
            <TableHead columns={COLUMNS} actions={false} />
            <tbody>
              {audit.differs.slice(0, SHOWN_DIFFERENCES).map((d) => (
                <tr key={d.variantId} data-testid={`audit-difference-${d.variantId}`}>
                  <td className="mono">{d.sku || '—'}</td>
                  <td className="cell-product">
                    <a href={paths.product(d.productId)} title={d.productName}>
                      {d.productName}
                    </a>
                  </td>
                  <td className="numeric">{d.stockpilot}</td>
                  <td className={`numeric${d.shopify === null ? ' muted' : ''}`}>{shopifySideWords(d.shopify)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {hidden > 0 ? <p className="muted">…and {hidden.toLocaleString()} more.</p> : null}
        </div>
      ) : null}
      {note ? (
        <p className="muted" data-testid="audit-pending-note">
          {note}
        </p>
      ) : null}
    </Card>
  );
}
