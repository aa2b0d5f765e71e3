/**
 * Unlinking many products at once, each as a single unlink does it: "keep both" forgets the
 * links locally, in chunks; "also delete on Shopify" deletes each product on Shopify first and
 * unlinks only those Shopify deleted. A product that is not linked, no longer exists or that
 * Shopify refused is reported with why, and the others go on. Between chunks the core yields,
 * so the app answers while a long unlink runs.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { z } from 'zod';
import { ContractError } from '../../../shared/errors';
import type { UnlinkOutcome, UnlinkProductsInput } from '../../../shared/sync-links';
import { isoNow } from '../../core/clock';
import type { CoreDeps } from '../../core/deps';
import { writeCatalog } from '../../catalog/catalog-write';
import type { ShopConnection } from '../../connection/shop-connection';
import { prepared } from '../../db/prepared';
import type { SecretRedactor } from '../../secrets/secret-redaction';
import { recordActivity } from '../activity-log';
import { attemptOnShopify } from './link-shopify-attempt';
import { deleteOnShopify, forgetLink, linkedProduct, notDeletedMessage, type LinkedProduct } from './unlink-product';

/** Local unlinks per transaction: each chunk holds the core for well under 50 ms. */
const UNLINKS_PER_TRANSACTION = 50;
/** With deletes on Shopify, the local side catches up this often (Shopify's answers set the pace). */
const DELETES_PER_TRANSACTION = 20;
/** Deletes that could not reach Shopify in a row before the rest are not tried (Shopify down, connection gone). */
const UNREACHED_BEFORE_STOPPING = 3;

/** Whether Shopify has stopped answering: the last unreached deletes, and why. */
interface Reach {
  unreachedInARow: number;
  lastFailure: string;
}

export async function unlinkProducts(
  deps: CoreDeps,
  connection: ShopConnection,
  redactor: SecretRedactor,
  input: z.output<typeof UnlinkProductsInput>,
): Promise<UnlinkOutcome> {
  const ids = [...new Set(input.productIds)];
  const outcome: UnlinkOutcome = { unlinked: [], failed: [] };
  const chunkSize = input.deleteOnShopify ? DELETES_PER_TRANSACTION : UNLINKS_PER_TRANSACTION;
  const progress = (done: number, phase: 'unlinking' | 'finished') => deps.bus.emit('syncUnlinkProgress', { done, total: ids.length, phase });
  const reach: Reach = { unreachedInARow: 0, lastFailure: '' };
  progress(0, 'unlinking');
  for (let start = 0; start < ids.length; start += chunkSize) {
    if (start > 0) await nextTurn();
    const chunk = linkedOf(deps, ids.slice(start, start + chunkSize), outcome);
    const unlinking = input.deleteOnShopify ? await deletedOnShopify(deps, connection, redactor, chunk, outcome, reach) : chunk;
    if (unlinking.length > 0) {
      writeCatalog(deps, (change) => {
        for (const product of unlinking) {
          forgetLink(deps.db, product, input.deleteOnShopify, change.now);
          change.touch(product.id);
        }
      });
    }
    for (const p of unlinking) outcome.unlinked.push({ productId: p.id, productName: p.name, shopifyProductId: p.shopifyProductId, deletedOnShopify: input.deleteOnShopify });
    progress(Math.min(ids.length, start + chunkSize), 'unlinking');
  }
  progress(ids.length, 'finished');
  // In the order the owner gave them, whichever step refused them.
  const place = new Map(ids.map((id, i) => [id, i]));
  outcome.failed.sort((a, b) => (place.get(a.productId) ?? 0) - (place.get(b.productId) ?? 0));
  return outcome;
}

/** The linked products among the ids; the others are reported as failed, with why. */
function linkedOf(deps: CoreDeps, ids: readonly number[], outcome: UnlinkOutcome): LinkedProduct[] {
  const linked: LinkedProduct[] = [];
  for (const id of ids) {
    try {
      linked.push(linkedProduct(deps.db, id));
    } catch (error) {
      if (!(error instanceof ContractError)) throw error;
      const named = prepared(deps.db, 'SELECT name FROM products WHERE id = ?').get(id) as { name: string } | undefined;
      outcome.failed.push({ productId: id, productName: named?.name ?? `Product ${id}`, message: error.message });
    }
  }
  return linked;
}

/**
 * Each product deleted on Shopify in turn; the ones Shopify deleted. A refusal is reported
 * and logged; once several deletes in a row could not reach Shopify, the rest are not tried.
 */
async function deletedOnShopify(
  deps: CoreDeps,
  connection: ShopConnection,
  redactor: SecretRedactor,
  products: readonly LinkedProduct[],
  outcome: UnlinkOutcome,
  reach: Reach,
): Promise<LinkedProduct[]> {
  const deleted: LinkedProduct[] = [];
  for (const product of products) {
    if (reach.unreachedInARow >= UNREACHED_BEFORE_STOPPING) {
      const message = `"${product.name}" was not tried, so it stays linked: Shopify could not be reached for the ${UNREACHED_BEFORE_STOPPING} products before it (${reach.lastFailure}). Try again later.`;
      outcome.failed.push({ productId: product.id, productName: product.name, message });
      continue;
    }
    const attempt = await attemptOnShopify(connection, redactor, (client) => deleteOnShopify(client, product.shopifyProductId));
    reach.unreachedInARow = attempt.ok ? 0 : reach.unreachedInARow + 1;
    if (!attempt.ok) reach.lastFailure = attempt.message;
    const refused = attempt.ok ? attempt.value : attempt.message;
    if (refused === null) {
      deleted.push(product);
      continue;
    }
    const message = notDeletedMessage(product.name, refused);
    outcome.failed.push({ productId: product.id, productName: product.name, message });
    recordActivity(deps.db, isoNow(deps.clock), {
      kind: 'unlink',
      productId: product.id,
      productName: product.name,
      shopifyProductId: product.shopifyProductId,
      outcome: 'failure',
      message,
    });
  }
  return deleted;
}
