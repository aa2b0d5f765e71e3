/**
 * The owner maps an unmatched order line to a local variant: the line takes the product's
 * COGS as it is now and its units leave the stock, as if it had matched at import — the
 * sale is Shopify's, so the push reads Shopify's number afresh before it next sends.
 */
import { notFound, rejected } from '../../shared/errors';
import type { Sale } from '../../shared/orders';
import { writeCatalog } from '../catalog/catalog-write';
import type { CoreDeps } from '../core/deps';
import { prepared } from '../db/prepared';
import type { OrderShop } from './order-shop';
import { readSale } from './sale-reads';
import { settleRestocksBeforeMatch } from './sale-restocks';
import { matchLine } from './sale-writing';
import { refreshSaleTotals } from './sale-totals';
import { variantForMapping } from './sku-matching';

interface LineRow {
  id: number;
  sale_id: number;
  quantity: number;
  removed_quantity: number;
  matched: number;
  order_name: string;
  sold_at: string;
}

export async function mapOrderLine(deps: CoreDeps, shop: OrderShop, input: { lineId: number; variantId: number }, source: string): Promise<Sale> {
  const { db } = deps;
  const line = () =>
    prepared(db, 'SELECT l.id, l.sale_id, l.quantity, l.removed_quantity, l.matched, s.order_name, s.sold_at FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.id = ?').get(input.lineId) as
      | LineRow
      | undefined;
  const found = line();
  if (!found) throw notFound(`Order line ${input.lineId}`);
  if (found.matched === 1) throw rejected(`This line of order ${found.order_name} is already matched to a variant.`);
  if (!variantForMapping(db, input.variantId)) throw notFound(`Variant ${input.variantId}`);

  // Holding the push lease: no batch is out while the sale's units leave the stock.
  await shop.holdLease(async () => {
    writeCatalog(deps, (change) => {
      // Checked again inside the transaction: a second mapping of the same line must not take the stock twice.
      const current = line();
      const variant = variantForMapping(db, input.variantId);
      if (!current || current.matched === 1 || !variant) throw rejected('This line was mapped (or removed) meanwhile; nothing was changed.');
      // The sale may be long past: whether Shopify's number Stockpilot knows already holds it is unknown, so it is forgotten (null location).
      // Units an order edit removed, or Shopify restocked, before the mapping never left.
      const units = current.quantity - current.removed_quantity - settleRestocksBeforeMatch(db, current.id, change.now);
      matchLine(change, { lineId: current.id, quantity: units, orderName: current.order_name, soldAt: current.sold_at, locationId: null }, variant, source);
      refreshSaleTotals(db, current.sale_id);
    });
  });
  deps.bus.emit('salesChanged', { saleIds: [found.sale_id] });
  return readSale(db, found.sale_id);
}
