/**
 * An order's refunds as the import reads them: every refund line (the money it gave back, in
 * the customer's currency, and whether Shopify put its units back into stock), and from them
 * the restocks that bring units back into the local stock.
 */

export interface ShopifyRefundLine {
  /** The refund's id and the order line's: what makes it once. */
  key: string;
  shopifyLineId: string;
  quantity: number;
  /** Shopify put the units back into its stock (a cancellation or a return); NO_RESTOCK did not. */
  restocked: boolean;
  kind: 'cancellation' | 'refund';
  locationId: string | null;
  /** What the line's refund gave back (its subtotal: after discounts, before tax), in hundredths. */
  amountCents: number;
}

export interface ShopifyRestock {
  /** The refund's id and the order line's: what makes it once. */
  key: string;
  shopifyLineId: string;
  quantity: number;
  kind: 'cancellation' | 'refund';
  locationId: string | null;
}

export interface RefundNode {
  id: string;
  refundLineItems: {
    nodes: {
      quantity: number;
      restockType: string;
      location: { id: string } | null;
      lineItem: { id: string };
      subtotalSet?: { presentmentMoney: { amount: string } } | null;
    }[];
  };
}

/** "12.5" → 1250. Shopify's amounts are decimal strings; rounding keeps float noise out. */
export function toCents(amount: string | undefined | null): number {
  const value = Number(amount ?? 0);
  return Number.isFinite(value) ? Math.round(value * 100) : 0;
}

/** Every refund line, in Shopify's order. */
export function refundLinesOf(refunds: readonly RefundNode[] | undefined): ShopifyRefundLine[] {
  return (refunds ?? []).flatMap((refund) =>
    refund.refundLineItems.nodes.map((line) => ({
      key: `${refund.id}|${line.lineItem.id}`,
      shopifyLineId: line.lineItem.id,
      quantity: line.quantity,
      restocked: line.restockType !== 'NO_RESTOCK',
      kind: line.restockType === 'CANCEL' ? ('cancellation' as const) : ('refund' as const),
      locationId: line.location?.id ?? null,
      amountCents: toCents(line.subtotalSet?.presentmentMoney.amount),
    })),
  );
}

/** The refund lines that put units back; NO_RESTOCK changes money only. */
export const restocksOf = (lines: readonly ShopifyRefundLine[]): ShopifyRestock[] =>
  lines.filter((l) => l.restocked && l.quantity > 0).map(({ key, shopifyLineId, quantity, kind, locationId }) => ({ key, shopifyLineId, quantity, kind, locationId }));

/** Units of an order line that refunds took off it (restocked or not). */
export function refundedUnits(lines: readonly ShopifyRefundLine[], shopifyLineId: string): number {
  return lines.reduce((n, l) => (l.shopifyLineId === shopifyLineId ? n + l.quantity : n), 0);
}
