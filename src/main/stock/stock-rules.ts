/**
 * A product's quantity rule and its "Don't sync stock" switch. Kept beside the product (its
 * own table) so the shared Product type stays as it is. Saving a rule queues the product's
 * variants for a push (a trigger on the table does it, in the same transaction).
 */
import type { ParsedInput } from '../../shared/contract';
import { rejected } from '../../shared/errors';
import type { StockRule, StockRuleKind } from '../../shared/stock-push';
import { productBasics } from '../catalog/product-store';
import { prepared } from '../db/prepared';
import type { ReadableDB, WritableDB } from '../db/types';

interface RuleRecord {
  kind: StockRuleKind;
  quantity: number | null;
  variant_quantities: string;
  dont_sync: number;
}

export interface LoadedRule {
  kind: StockRuleKind;
  quantity: number | null;
  variantQuantities: ReadonlyMap<number, number>;
  dontSync: boolean;
}

export const AS_IS: LoadedRule = { kind: 'as_is', quantity: null, variantQuantities: new Map(), dontSync: false };

export function toLoadedRule(record: RuleRecord | undefined): LoadedRule {
  if (!record) return AS_IS;
  const quantities = JSON.parse(record.variant_quantities) as Record<string, number>;
  return {
    kind: record.kind,
    quantity: record.quantity,
    variantQuantities: new Map(Object.entries(quantities).map(([id, q]) => [Number(id), q])),
    dontSync: record.dont_sync === 1,
  };
}

function loadRule(db: ReadableDB, productId: number): LoadedRule {
  const record = prepared(db, 'SELECT kind, quantity, variant_quantities, dont_sync FROM product_stock_rules WHERE product_id = ?').get(productId) as
    | RuleRecord
    | undefined;
  return toLoadedRule(record);
}

export function getStockRule(db: ReadableDB, productId: number): StockRule {
  productBasics(db, productId); // a clear not-found
  const rule = loadRule(db, productId);
  return {
    productId,
    kind: rule.kind,
    quantity: rule.quantity,
    variantQuantities: [...rule.variantQuantities].map(([variantId, quantity]) => ({ variantId, quantity })),
    dontSync: rule.dontSync,
  };
}

/** Changes what the input names; the rest of the rule stays as it was. */
export function setStockRule(db: WritableDB, input: ParsedInput<'setStockRule'>): StockRule {
  const product = productBasics(db, input.productId);
  const current = getStockRule(db, input.productId);
  const kind = input.kind ?? current.kind;
  const quantity = kind === 'fixed' || kind === 'at_most' ? (input.quantity ?? current.quantity) : null;
  if ((kind === 'fixed' || kind === 'at_most') && quantity === null) {
    throw rejected(`Give the quantity N for the "${kind === 'fixed' ? 'fixed quantity' : 'not more than'}" rule of ${product.name}.`);
  }
  const variantQuantities = input.variantQuantities ?? current.variantQuantities;
  const own = new Set((prepared(db, 'SELECT id FROM variants WHERE product_id = ?').all(input.productId) as { id: number }[]).map((v) => v.id));
  const stranger = variantQuantities.find((v) => !own.has(v.variantId));
  if (stranger) throw rejected(`Variant ${stranger.variantId} is not a variant of ${product.name}.`);
  const json = JSON.stringify(Object.fromEntries(variantQuantities.map((v) => [String(v.variantId), v.quantity])));
  prepared(
    db,
    `INSERT INTO product_stock_rules (product_id, kind, quantity, variant_quantities, dont_sync) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (product_id) DO UPDATE SET kind = excluded.kind, quantity = excluded.quantity,
       variant_quantities = excluded.variant_quantities, dont_sync = excluded.dont_sync`,
  ).run(input.productId, kind, quantity, json, (input.dontSync ?? current.dontSync) ? 1 : 0);
  return getStockRule(db, input.productId);
}
