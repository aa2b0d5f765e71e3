/**
 * Regenerating SKUs: refused while any new SKU collides. A linked product gets its new SKUs
 * on Shopify first; only once Shopify took them does it change locally (with the new SKUs
 * recorded as synced, so nothing drifts). A product Shopify refused keeps its old SKUs and
 * is listed. The local SKUs change in one transaction.
 */
import type { z } from 'zod';
import { ContractError } from '../../../shared/errors';
import type { SkuRegenerationInput, SkuRegenerationResult } from '../../../shared/sku-tools';
import type { SyncFieldChange } from '../../../shared/sync-activity';
import type { CoreDeps } from '../../core/deps';
import { isoNow } from '../../core/clock';
import { writeCatalog } from '../../catalog/catalog-write';
import { updateVariantFields, variantFacts } from '../../catalog/variant-store';
import type { ShopConnection } from '../../connection/shop-connection';
import { prepared } from '../../db/prepared';
import type { SecretRedactor } from '../../secrets/secret-redaction';
import { defineOperation } from '../../shopify/shopify-operation';
import variantsUpdateDocument from '../../shopify/operations/sku-regeneration-variants-update.graphql?raw';
import { recordActivity } from '../activity-log';
import { attemptOnShopify, userErrorText } from '../links/link-shopify-attempt';
import { planSkus, type PlannedSku } from './sku-regeneration-preview';

const variantsUpdate = defineOperation(variantsUpdateDocument);
type VariantsUpdateData = { productVariantsBulkUpdate: { userErrors: { message: string }[] } | null };

interface ProductChange {
  productId: number;
  productName: string;
  shopifyProductId: string | null;
  rows: PlannedSku[];
  /** The linked variants whose new SKU Shopify now has. */
  onShopify: PlannedSku[];
}

export async function regenerateSkus(
  deps: CoreDeps,
  connection: ShopConnection,
  redactor: SecretRedactor,
  input: z.output<typeof SkuRegenerationInput>,
): Promise<SkuRegenerationResult> {
  const { preview, rows } = planSkus(deps.db, input);
  if (preview.collisions > 0) {
    throw new ContractError('rejected', `${preview.collisions} new SKU${preview.collisions === 1 ? ' collides' : 's collide'} with SKUs in use; nothing was changed. Change the pattern (a prefix or a counter helps) and preview again.`);
  }
  const failures: SkuRegenerationResult['failures'] = [];
  const ready: ProductChange[] = [];
  for (const product of changesByProduct(rows)) {
    const linked = product.rows.filter((r) => r.shopifyVariantId !== null);
    if (linked.length === 0 || product.shopifyProductId === null) {
      ready.push(product);
      continue;
    }
    const message = await skusOnShopify(connection, redactor, product.shopifyProductId, linked);
    if (message === null) ready.push({ ...product, onShopify: linked });
    else failures.push({ productId: product.productId, productName: product.productName, message });
  }

  writeCatalog(deps, (change) => {
    const syncSku = prepared(deps.db, `UPDATE variants SET last_synced_json = json_set(last_synced_json, '$.sku', ?) WHERE id = ? AND last_synced_json IS NOT NULL`);
    for (const product of ready) {
      for (const row of product.rows) updateVariantFields(change, variantFacts(deps.db, row.variantId), { sku: row.newSku });
      for (const row of product.onShopify) syncSku.run(row.newSku, row.variantId);
      recordActivity(deps.db, change.now, {
        kind: 'sku_regeneration',
        productId: product.productId,
        productName: product.productName,
        shopifyProductId: product.shopifyProductId,
        outcome: 'success',
        message: regeneratedMessage(product),
        changes: [...product.rows.map((r) => skuChange(r, 'stockpilot')), ...product.onShopify.map((r) => skuChange(r, 'shopify'))],
      });
    }
    for (const failure of failures) {
      recordActivity(deps.db, change.now, {
        kind: 'sku_regeneration',
        productId: failure.productId,
        productName: failure.productName,
        shopifyProductId: rows.find((r) => r.productId === failure.productId)?.shopifyProductId ?? null,
        outcome: 'failure',
        message: `SKUs kept: ${failure.message}`,
      });
    }
  });
  return {
    changed: ready.reduce((n, p) => n + p.rows.length, 0),
    pushedToShopify: ready.reduce((n, p) => n + p.onShopify.length, 0),
    failures,
  };
}

/** The variants whose SKU changes, product by product, in the preview's order. */
function changesByProduct(rows: readonly PlannedSku[]): ProductChange[] {
  const products = new Map<number, ProductChange>();
  for (const row of rows) {
    if (row.newSku === row.currentSku) continue;
    const product = products.get(row.productId) ?? { productId: row.productId, productName: row.productName, shopifyProductId: row.shopifyProductId, rows: [], onShopify: [] };
    product.rows.push(row);
    products.set(row.productId, product);
  }
  return [...products.values()];
}

/** Sets the new SKUs on Shopify; null when Shopify took them all, else why not. */
async function skusOnShopify(connection: ShopConnection, redactor: SecretRedactor, shopifyProductId: string, rows: readonly PlannedSku[]): Promise<string | null> {
  const attempt = await attemptOnShopify(connection, redactor, async (client) => {
    const variants = rows.map((r) => ({ id: r.shopifyVariantId, inventoryItem: { sku: r.newSku } }));
    const { data } = await client.request<VariantsUpdateData>(variantsUpdate, { productId: shopifyProductId, variants });
    if (!data.productVariantsBulkUpdate) return 'Shopify did not answer the SKU change.';
    return userErrorText(data.productVariantsBulkUpdate.userErrors);
  });
  return attempt.ok ? attempt.value : attempt.message;
}

const variantLabel = (r: PlannedSku) => (r.optionValues.length > 0 ? r.optionValues.join(' / ') : r.currentSku || `variant ${r.variantId}`);

function skuChange(r: PlannedSku, side: SyncFieldChange['side']): SyncFieldChange {
  return { variant: variantLabel(r), field: 'sku', side, from: r.currentSku, to: r.newSku };
}

function regeneratedMessage(p: ProductChange): string {
  const n = p.rows.length;
  const onShopify = p.onShopify.length > 0 ? `, ${p.onShopify.length} on Shopify too` : '';
  return `New SKUs for ${n} variant${n === 1 ? '' : 's'}${onShopify}`;
}
