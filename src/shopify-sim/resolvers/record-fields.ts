/**
 * How each Shopify type's fields are read from the store's records: ids become gids,
 * money gets its currency, quantities are derived from the inventory levels.
 */
import type { GraphQLFieldResolver } from 'graphql';
import { gid } from '../store/gid';
import type {
  InventoryItemRecord,
  InventoryLevelRecord,
  LineItemRecord,
  LocationRecord,
  MediaRecord,
  OrderRecord,
  ProductRecord,
  VariantRecord,
} from '../store/records';
import { currentQuantityOf, onHandOf } from '../store/records';
import { DEFAULT_OPTION, DEFAULT_VALUE, variantTitle } from '../store/product-builder';
import type { SimContext } from './context';
import { listConnection, pageArgs, type PageArgs } from './connection';

type Fields<T> = Record<string, GraphQLFieldResolver<T, SimContext, never>>;
type Args<A> = GraphQLFieldResolver<never, SimContext, A>;

export const levelGid = (level: InventoryLevelRecord): string =>
  `gid://shopify/InventoryLevel/${level.location.id}?inventory_item_id=${level.item.id}`;

export function quantityOf(level: InventoryLevelRecord, name: string): number {
  if (name === 'available') return level.available;
  if (name === 'committed') return level.committed;
  if (name === 'on_hand') return onHandOf(level);
  return level.other[name] ?? 0;
}

export const totalAvailable = (item: InventoryItemRecord): number => {
  let sum = 0;
  for (const level of item.levels.values()) sum += level.available;
  return sum;
};

/** Shopify prints MoneyV2 amounts as decimals: "9.0", "6.5", "23.76". */
const decimal = (amount: string): string => {
  const n = Number(amount);
  return Number.isInteger(n) ? n.toFixed(1) : String(n);
};
const moneyV2 = (amount: string, currencyCode: string) => ({ amount: decimal(amount), currencyCode });
const media = (m: MediaRecord) => m;

export const productFields: Fields<ProductRecord> = {
  id: (p) => gid('Product', p.id),
  legacyResourceId: (p) => String(p.id),
  seo: (p) => ({ title: p.seoTitle ?? null, description: p.seoDescription ?? null }),
  options: (p, args: { first?: number | null }) =>
    p.options.slice(0, args.first ?? undefined).map((o, i) => ({ ...o, position: i + 1, product: p })),
  media: (p, args: PageArgs, ctx) => listConnection(p.media, pageArgs(args, ctx)),
  featuredMedia: (p) => (p.media[0] ? media(p.media[0]) : null),
  variants: (p, args: PageArgs, ctx) => listConnection(p.variants, pageArgs(args, ctx)),
  variantsCount: (p) => ({ count: p.variants.length, precision: 'EXACT' }),
  totalInventory: (p) => p.variants.reduce((sum, v) => sum + (v.inventoryItem.tracked ? totalAvailable(v.inventoryItem) : 0), 0),
  tracksInventory: (p) => p.variants.some((v) => v.inventoryItem.tracked),
  hasOnlyDefaultVariant: (p) =>
    p.variants.length === 1 && p.options.length === 1 && p.options[0]?.name === DEFAULT_OPTION && p.options[0]?.values[0] === DEFAULT_VALUE,
};

export const optionFields: Fields<{ id: number; values: string[]; product: ProductRecord }> = {
  id: (o) => gid('ProductOption', o.id),
  optionValues: (o) =>
    o.values.map((name, i) => ({ id: gid('ProductOptionValue', o.id * 1000 + i), name, hasVariants: true })),
};

export const variantFields: Fields<VariantRecord> = {
  id: (v) => gid('ProductVariant', v.id),
  legacyResourceId: (v) => String(v.id),
  title: (v) => variantTitle(v),
  displayName: (v) => `${v.product.title} - ${variantTitle(v)}`,
  position: (v) => v.product.variants.indexOf(v) + 1,
  inventoryQuantity: (v) => totalAvailable(v.inventoryItem),
  media: (v, args: PageArgs, ctx) => listConnection(v.product.media.filter((m) => m.id === v.mediaId), pageArgs(args, ctx)),
};

export const inventoryItemFields: Fields<InventoryItemRecord> = {
  id: (i) => gid('InventoryItem', i.id),
  legacyResourceId: (i) => String(i.id),
  sku: (i) => i.variant.sku,
  unitCost: (i, _a, ctx) => (i.unitCost === null ? null : moneyV2(i.unitCost, ctx.store.shop.currencyCode)),
  inventoryLevel: ((i: InventoryItemRecord, args: { locationId: string }) =>
    i.levels.get(Number(/\d+/.exec(args.locationId)?.[0])) ?? null) as never,
  inventoryLevels: (i, args: PageArgs, ctx) =>
    listConnection([...i.levels.values()], pageArgs(args, ctx), (l) => l.location.id),
};

export const inventoryLevelFields: Fields<InventoryLevelRecord> = {
  id: (l) => levelGid(l),
  canDeactivate: (l) => l.item.levels.size > 1,
  quantities: (l, args: { names: string[] }) =>
    args.names.map((name) => ({
      id: `gid://shopify/InventoryQuantity/${l.location.id}?inventory_item_id=${l.item.id}&name=${name}`,
      name,
      quantity: quantityOf(l, name),
      updatedAt: l.updatedAt,
    })),
};

export const locationFields: Fields<LocationRecord> = {
  id: (l) => gid('Location', l.id),
  fulfillsOnlineOrders: (l) => l.isPrimary,
  inventoryLevel: ((l: LocationRecord, args: { inventoryItemId: string }, ctx: SimContext) =>
    ctx.store.inventoryItems.get(Number(/\d+/.exec(args.inventoryItemId)?.[0]))?.levels.get(l.id) ?? null) as never,
  inventoryLevels: (l, args: PageArgs, ctx) => {
    const levels: InventoryLevelRecord[] = [];
    for (const item of ctx.store.inventoryItems.values()) {
      const level = item.levels.get(l.id);
      if (level) levels.push(level);
    }
    return listConnection(levels, pageArgs(args, ctx), (level) => level.item.id);
  },
};

export const orderFields: Fields<OrderRecord> = {
  id: (o) => gid('Order', o.id),
  legacyResourceId: (o) => String(o.id),
  displayFinancialStatus: (o) => o.financialStatus,
  cancelReason: (o) => (o.cancelledAt ? (o.cancelReason ?? 'OTHER') : null),
  // No discounts, shipping or tax in the local store: the subtotal is the total.
  totalPriceSet: (o) => linesTotal(o),
  subtotalPriceSet: (o) => linesTotal(o),
  totalDiscountsSet: (o) => zeroMoney(o),
  totalShippingPriceSet: (o) => zeroMoney(o),
  totalTaxSet: (o) => zeroMoney(o),
  lineItems: (o, args: PageArgs, ctx) => listConnection(o.lineItems.map((l) => ({ ...l, order: o })), pageArgs(args, ctx)),
};

export const moneyBag = (shop: string, shopCurrency: string, presentment: string, presentmentCurrency: string) => ({
  shopMoney: moneyV2(shop, shopCurrency),
  presentmentMoney: moneyV2(presentment, presentmentCurrency),
});

function linesTotal(o: OrderRecord) {
  const shop = o.lineItems.reduce((s, l) => s + Number(l.discountedUnitPrice) * l.quantity, 0);
  const presentment = o.lineItems.reduce((s, l) => s + Number(l.presentmentUnitPrice) * l.quantity, 0);
  return moneyBag(shop.toFixed(2), o.currencyCode, presentment.toFixed(2), o.presentmentCurrencyCode);
}

const zeroMoney = (o: OrderRecord) => moneyBag('0.0', o.currencyCode, '0.0', o.presentmentCurrencyCode);

export type OrderLine = LineItemRecord & { order: OrderRecord };
export const lineItemFields: Fields<OrderLine> = {
  id: (l) => gid('LineItem', l.id),
  name: (l) => (l.variantTitle ? `${l.title} - ${l.variantTitle}` : l.title),
  currentQuantity: (l) => currentQuantityOf(l.order, l),
  // Nothing is ever fulfilled or paid only in part here, so every unit still on the order can be refunded.
  refundableQuantity: (l) => currentQuantityOf(l.order, l),
  product: (l) => l.variant?.product ?? null,
  originalUnitPriceSet: (l) => moneyBag(l.unitPrice, l.order.currencyCode, l.presentmentUnitPrice, l.order.presentmentCurrencyCode),
  discountedUnitPriceSet: (l) =>
    moneyBag(l.discountedUnitPrice, l.order.currencyCode, l.presentmentUnitPrice, l.order.presentmentCurrencyCode),
};

export type { Args };
