/**
 * The owner maps an unmatched order line to a local variant: the line takes the product's
 * COGS as it is now and its units leave the stock, as if it had matched at import — the
 * sale is Shopify's, so the push's picture of Shopify is brought in step first.
 */
import { notFound, rejected } from '../../shared/errors';
import type { Sale } from '../../shared/orders';
import { writeCatalog } from '../catalog/catalog-write';
import type { CoreDeps } from '../core/deps';
import { prepared } from '../db/prepared';
import { ShopifyFailure } from '../shopify/shopify-errors';
import type { OrderShop } from './order-shop';
import { readSale } from './sale-reads';
import { catchUpWithShopify, readShopifyNow, type ShopifyReadings } from './sale-stock';
import { matchLine } from './sale-writing';
import { refreshSaleTotals } from './sale-totals';
import { variantForMapping } from './sku-matching';

interface LineRow {
  id: number;
  sale_id: number;
  quantity: number;
  matched: number;
  order_name: string;
  sold_at: string;
}

export async function mapOrderLine(deps: CoreDeps, shop: OrderShop, input: { lineId: number; variantId: number }, source: string): Promise<Sale> {
  const { db } = deps;
  const line = () =>
    prepared(db, 'SELECT l.id, l.sale_id, l.quantity, l.matched, s.order_name, s.sold_at FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.id = ?').get(input.lineId) as
      | LineRow
      | undefined;
  const found = line();
  if (!found) throw notFound(`Order line ${input.lineId}`);
  if (found.matched === 1) throw rejected(`This line of order ${found.order_name} is already matched to a variant.`);
  if (!variantForMapping(db, input.variantId)) throw notFound(`Variant ${input.variantId}`);

  await shop.whileIdle(async () => {
    const readings = await readingsIfConnected(deps, shop, input.variantId);
    writeCatalog(deps, (change) => {
      // Checked again inside the transaction: a second mapping of the same line must not take the stock twice.
      const current = line();
      const variant = variantForMapping(db, input.variantId);
      if (!current || current.matched === 1 || !variant) throw rejected('This line was mapped (or removed) meanwhile; nothing was changed.');
      catchUpWithShopify(db, readings, change.now);
      matchLine(change, { lineId: current.id, quantity: current.quantity, orderName: current.order_name, soldAt: current.sold_at }, variant, source);
      refreshSaleTotals(db, current.sale_id);
    });
  });
  deps.bus.emit('salesChanged', { saleIds: [found.sale_id] });
  return readSale(db, found.sale_id);
}

/**
 * Shopify's quantity now, when a shop is connected and answers. Offline, the mapping is
 * still saved: the sale is absorbed from the difference the push recorded, if any.
 */
async function readingsIfConnected(deps: CoreDeps, shop: OrderShop, variantId: number): Promise<ShopifyReadings> {
  if (!shop.connected()) return new Map();
  try {
    return await shop.withShop((client) => readShopifyNow(deps.db, client, [variantId]));
  } catch (error) {
    if (!(error instanceof ShopifyFailure)) throw error;
    deps.log.warn('mapping an order line without Shopify\u2019s current quantity', { reason: error.message });
    return new Map();
  }
}
