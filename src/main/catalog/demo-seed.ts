/** A first run shows a shop: an empty catalog is filled with the demo artist-merch catalog, in one transaction. */
import { demoBundles, demoCommitments, demoProducts } from '../../demo/artist-merch-catalog';
import { CreateProductInput } from '../../shared/catalog';
import type { CoreDeps } from '../core/deps';
import { prepared } from '../db/prepared';
import { setComponents } from './auto-stock';
import { writeCatalog, type CatalogChange } from './catalog-write';
import { addCommitment } from './commitments';
import { createProduct } from './product-editing';
import { variantFacts } from './variant-store';

const SOURCE = 'demo catalog';

export function seedDemoCatalogIfEmpty(deps: CoreDeps): void {
  const { n } = prepared(deps.db, 'SELECT count(*) AS n FROM products').get() as { n: number };
  if (n > 0) return;
  writeCatalog(deps, (change) => {
    for (const product of demoProducts) createProduct(change, CreateProductInput.parse(product), SOURCE);
    for (const bundle of demoBundles) {
      setComponents(
        change,
        variantFacts(change.db, variantIdBySku(change, bundle.sku)),
        bundle.components.map((c) => ({ componentVariantId: variantIdBySku(change, c.sku), quantity: c.quantity })),
      );
    }
    for (const c of demoCommitments) addCommitment(change, variantFacts(change.db, variantIdBySku(change, c.sku)), c.quantity, c.reference);
  });
  deps.log.info('seeded the demo catalog', { products: demoProducts.length });
}

/** The demo names bundle parts and commitments by SKU, and those SKUs are unique. */
function variantIdBySku(change: CatalogChange, sku: string): number {
  const row = prepared(change.db, 'SELECT id FROM variants WHERE sku = ?').get(sku) as { id: number } | undefined;
  if (!row) throw new Error(`The demo catalog names SKU ${sku}, which none of its variants has.`);
  return row.id;
}
