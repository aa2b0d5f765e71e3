/**
 * Every catalog write goes through here: one transaction that also brings the touched
 * products' summaries up to date, then — only once committed — the events the shells need.
 */
import { isoNow } from '../core/clock';
import type { CoreDeps } from '../core/deps';
import type { WritableDB } from '../db/types';
import { refreshProductSummaries } from './product-summary';
import { driftMessage, settleDrift, type DriftedProduct } from '../sync/links/drift-detection';

export interface OversoldVariant {
  productId: number;
  label: string;
  onHand: number;
}

/** What a write did, gathered as it goes. */
export class CatalogChange {
  readonly touchedProducts = new Set<number>();
  readonly oversold = new Map<number, OversoldVariant>();
  constructor(
    readonly db: WritableDB,
    readonly now: string,
  ) {}

  touch(productId: number): void {
    this.touchedProducts.add(productId);
  }
}

export function writeCatalog<T>(deps: CoreDeps, work: (change: CatalogChange) => T): T {
  const change = new CatalogChange(deps.db, isoNow(deps.clock));
  let drifted: DriftedProduct[] = [];
  const result = deps.db.transaction(() => {
    const value = work(change);
    refreshProductSummaries(deps.db, [...change.touchedProducts], change.now);
    // Linked products whose synced fields changed go Out of Sync (and back when edited back).
    drifted = settleDrift(deps.db, [...change.touchedProducts]);
    return value;
  })();
  if (change.touchedProducts.size > 0) deps.bus.emit('catalogChanged', { productIds: [...change.touchedProducts] });
  for (const oversold of change.oversold.values()) {
    deps.bus.emit('toast', {
      kind: 'warning',
      message: `${oversold.label} is oversold: on-hand is ${formatSigned(oversold.onHand)}`,
      productId: oversold.productId,
    });
  }
  for (const d of drifted) deps.bus.emit('toast', { kind: 'warning', message: driftMessage(d.name), productId: d.productId });
  return result;
}

/** "−2" with a true minus sign, as a person would write it. */
const formatSigned = (n: number) => (n < 0 ? `\u2212${-n}` : String(n));
