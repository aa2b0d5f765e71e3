/**
 * Integration → Overview's "Changed on Shopify": every variant whose push waits for the
 * owner's choice, with a link to its product. Shown only when there are some.
 */
import { useEffect } from 'react';
import { Card } from '../components/card';
import { TableHead } from '../components/table-head';
import { paths } from '../router';
import { useShopifyChanges } from '../stores/shopify-changes';
import { fullTime, timeAgo } from '../integration/time-words';
import { useNow } from '../integration/use-now';
import { ShopifyChangeChoices } from './shopify-change-choices';
import { differenceWords } from './shopify-change-words';
import './shopify-stock.css';

const COLUMNS = [{ label: 'Product' }, { label: 'SKU' }, { label: 'Stockpilot expected', numeric: true, wrap: true }, { label: 'Shopify shows', numeric: true, wrap: true }, { label: 'Noticed' }];

/** `count` is the push status's figure: when it moves, the list is read again (an event may have been missed). */
export function ShopifyChangesCard({ count }: { count: number }) {
  const rows = useShopifyChanges((s) => s.rows);
  const now = useNow();
  useEffect(() => {
    void useShopifyChanges.getState().load();
  }, [count]);
  if (!rows || rows.length === 0) return null;
  return (
    <Card
      title={
        <>
          Changed on Shopify <span className="badge badge-count" data-testid="shopify-changes-count">{rows.length.toLocaleString()}</span>
        </>
      }
      testId="shopify-changes-card"
    >
      <p className="muted">
        These quantities changed on Shopify in a way no sale, cancellation or refund explains. Their stock is not pushed until you choose whose number is right.
      </p>
      <div className="table-scroll">
        <table className="compact shopify-changes" data-testid="shopify-changes-table">
          <TableHead columns={COLUMNS} />
          <tbody>
            {rows.map((c) => (
              <tr key={c.variantId} data-testid={`shopify-change-${c.variantId}`}>
                <td className="cell-product">
                  <a href={paths.product(c.productId)} title={c.productName}>
                    {c.productName}
                  </a>
                </td>
                <td className="mono">{c.sku || '—'}</td>
                <td className="numeric">{c.stockpilot}</td>
                <td className="numeric" title={differenceWords(c)}>
                  <strong>{c.shopify}</strong>
                </td>
                <td className="muted" title={fullTime(c.noticedAt)}>
                  {timeAgo(c.noticedAt, now)}
                </td>
                <td>
                  <ShopifyChangeChoices change={c} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
