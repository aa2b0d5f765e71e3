/**
 * Linking on the local side ("map"): the checks that keep one Shopify product with one local
 * product, the pairing, then the link, the synced values and the activity row, together.
 * Neither side's values change; the stock push reads Shopify's quantity itself before it next
 * sends, and a push already pending stays pending.
 */
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ContractError } from '../../../shared/errors';
import type { LinkOutcome } from '../../../shared/sync-links';
import type { SyncFieldChange } from '../../../shared/sync-activity';
import { isoNow } from '../../core/clock';
import type { CoreDeps } from '../../core/deps';
import { writeCatalog } from '../../catalog/catalog-write';
import { parseJsonArray } from '../../catalog/catalog-records';
import { prepared } from '../../db/prepared';
import type { WritableDB } from '../../db/types';
import { recordActivity } from '../activity-log';
import type { ShopifyProduct } from '../catalog-read/catalog-snapshot';
import { linkProductRecords, unlinkProductRecords } from './product-link';
import { pairVariants, type LocalVariantToLink, type VariantPairing } from './link-variant-pairing';

export interface LinkRequest {
  productId: number;
  /** Shopify's product, read live or from the review; or why it could not be read. */
  shopify: ShopifyProduct | { failure: string };
  variants?: { variantId: number; shopifyVariantId: string }[];
  /** The compare found the product's current link gone from Shopify: linking replaces it. */
  replacesStaleLink: boolean;
}

/**
 * Links in one transaction per turn, each product on its own savepoint, so one refusal leaves
 * the rest linked; a turn ends once it has taken this long, so the app answers between them.
 */
const TURN_MS = 25;

export async function linkLocally(deps: CoreDeps, requests: Iterable<LinkRequest>): Promise<LinkOutcome> {
  const outcome: LinkOutcome = { linked: [], failed: [] };
  const pending = requests[Symbol.iterator]();
  let next = pending.next();
  while (!next.done) {
    const failures: { request: LinkRequest; message: string }[] = [];
    const turnStarted = performance.now();
    writeCatalog(deps, (change) => {
      for (; !next.done && performance.now() - turnStarted < TURN_MS; next = pending.next()) {
        const request = next.value;
        try {
          deps.db.transaction(() => {
            const linked = linkOne(deps.db, request, change.now);
            change.touch(request.productId);
            outcome.linked.push(linked);
          })();
        } catch (error) {
          if (!(error instanceof ContractError)) throw error;
          failures.push({ request, message: error.message });
        }
      }
    });
    for (const { request, message } of failures) {
      const name = productName(deps.db, request.productId);
      outcome.failed.push({ productId: request.productId, productName: name ?? `Product ${request.productId}`, message });
      recordActivity(deps.db, isoNow(deps.clock), {
        kind: 'map',
        productId: name === null ? null : request.productId,
        productName: name,
        shopifyProductId: 'failure' in request.shopify ? null : request.shopify.id,
        outcome: 'failure',
        message,
      });
    }
    if (!next.done) await nextTurn();
  }
  return outcome;
}

interface ProductRow {
  id: number;
  name: string;
  shopify_product_id: string | null;
}

function linkOne(db: WritableDB, request: LinkRequest, at: string): LinkOutcome['linked'][number] {
  const product = prepared(db, 'SELECT id, name, shopify_product_id FROM products WHERE id = ?').get(request.productId) as ProductRow | undefined;
  if (!product) throw new ContractError('not_found', `Product ${request.productId} does not exist (deleted?).`);
  if ('failure' in request.shopify) throw new ContractError('rejected', request.shopify.failure);
  const shopify = request.shopify;
  if (product.shopify_product_id !== null && product.shopify_product_id !== shopify.id && !request.replacesStaleLink) {
    throw new ContractError('rejected', `"${product.name}" is already linked to another Shopify product. Unlink it first, then link it again.`);
  }
  const other = prepared(db, 'SELECT name FROM products WHERE shopify_product_id = ? AND id <> ?').get(shopify.id, product.id) as { name: string } | undefined;
  if (other) throw new ContractError('rejected', `Shopify's "${shopify.title}" is already linked to "${other.name}". Unlink that one first, or choose another Shopify product.`);

  const local = (prepared(db, 'SELECT id, sku, option_values FROM variants WHERE product_id = ? ORDER BY position, id').all(product.id) as { id: number; sku: string; option_values: string }[]).map(
    (v): LocalVariantToLink => ({ id: v.id, sku: v.sku, optionValues: parseJsonArray(v.option_values) }),
  );
  const pairing = pairVariants(local, shopify, request.variants);
  if (!pairing.ok) throw new ContractError('rejected', pairing.message);
  checkVariantsFree(db, product.id, pairing.pairs);

  if (product.shopify_product_id !== null && product.shopify_product_id !== shopify.id) unlinkProductRecords(db, product.id);
  // Linked again (pairs changed in the mapper): the old pairs go first, so no Shopify variant is held twice.
  else prepared(db, 'UPDATE variants SET shopify_variant_id = NULL, shopify_inventory_item_id = NULL WHERE product_id = ?').run(product.id);
  linkProductRecords(
    db,
    {
      productId: product.id,
      shopifyProductId: shopify.id,
      variants: pairing.pairs.map((p) => ({
        variantId: p.variantId,
        shopifyVariantId: p.shopify.id,
        inventoryItemId: p.shopify.inventoryItemId,
      })),
      pushStock: false,
    },
    at,
  );
  recordActivity(db, at, {
    kind: 'map',
    productId: product.id,
    productName: product.name,
    shopifyProductId: shopify.id,
    outcome: 'success',
    message: `Linked to Shopify's "${shopify.title}" (${pairing.pairs.length} variant${pairing.pairs.length === 1 ? '' : 's'}); neither side changed`,
    changes: linkChanges(product, shopify, pairing.pairs, local),
  });
  return { productId: product.id, shopifyProductId: shopify.id, variantsLinked: pairing.pairs.length, syncState: 'synced' };
}

/** A Shopify variant linked to a variant of another product would be linked twice. */
function checkVariantsFree(db: WritableDB, productId: number, pairs: readonly VariantPairing[]): void {
  const taken = prepared(
    db,
    `SELECT v.sku, p.name FROM variants v JOIN products p ON p.id = v.product_id
     WHERE v.shopify_variant_id IN (SELECT value FROM json_each(?)) AND v.product_id <> ? LIMIT 1`,
  ).get(JSON.stringify(pairs.map((p) => p.shopify.id)), productId) as { sku: string; name: string } | undefined;
  if (taken) throw new ContractError('rejected', `A Shopify variant of this product is already linked to "${taken.name}"${taken.sku ? ` (SKU ${taken.sku})` : ''}. Unlink that one first.`);
}

function linkChanges(product: ProductRow, shopify: ShopifyProduct, pairs: readonly VariantPairing[], local: readonly LocalVariantToLink[]): SyncFieldChange[] {
  const labelOf = (id: number) => {
    const v = local.find((l) => l.id === id);
    return v ? v.sku || v.optionValues.join(' / ') : `variant ${id}`;
  };
  return [
    { variant: null, field: 'shopifyProductId', side: 'stockpilot', from: product.shopify_product_id, to: shopify.id },
    ...pairs.map((p): SyncFieldChange => ({ variant: labelOf(p.variantId), field: 'shopifyVariantId', side: 'stockpilot', from: null, to: p.shopify.id })),
  ];
}

function productName(db: WritableDB, productId: number): string | null {
  return (prepared(db, 'SELECT name FROM products WHERE id = ?').get(productId) as { name: string } | undefined)?.name ?? null;
}
