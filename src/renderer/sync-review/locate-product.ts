/**
 * Where a local product is in a review (#/sync/<product id>): its section, row key and
 * place. Found by its name with a binary search in each section it can be in (about seven
 * reads per section of 20,000 rows); if the name cannot be read, or the order is not what
 * it should be, by reading the sections through.
 */
import type { SyncReviewRow, SyncSection } from '../../shared/product-sync';
import { api } from '../api';
import { narrowToName } from './find-row';
import { SECTIONS } from './review-rows';

export interface ProductPlace {
  section: SyncSection;
  key: string;
  index: number;
}

/** Rows read per call: a section read through, or the window a name search narrows to (with room for products sharing the name). */
const PAGE = 500;
const WINDOW = 400;

/** A local product is never in "only in Shopify". */
const sectionsFrom = (first: SyncSection): SyncSection[] =>
  [first, ...SECTIONS.map((s) => s.section).filter((s) => s !== first)].filter((s) => s !== 'only_shopify');

const page = (reviewId: number, section: SyncSection, offset: number, limit: number) =>
  api.getSyncReview({ reviewId, section, offset, limit, issuesLimit: 0 }).catch(() => null);

function placeIn(rows: readonly SyncReviewRow[], productId: number): number {
  return rows.findIndex((r) => r.stockpilotProductId === productId);
}

async function byName(reviewId: number, productId: number, name: string, first: SyncSection, totals: SectionTotals): Promise<ProductPlace | null> {
  for (const section of sectionsFrom(first)) {
    const window = await narrowToName(totals(section), name, async (i) => (await page(reviewId, section, i, 1))?.rows.rows[0]?.name, WINDOW);
    if (window === null) return null;
    const rows = (await page(reviewId, section, window.low, PAGE))?.rows.rows ?? [];
    const at = placeIn(rows, productId);
    const row = rows[at];
    if (row) return { section, key: row.key, index: window.low + at };
  }
  return null;
}

async function byScan(reviewId: number, productId: number, first: SyncSection): Promise<ProductPlace | null> {
  for (const section of sectionsFrom(first)) {
    for (let offset = 0; ; offset += PAGE) {
      const found = await page(reviewId, section, offset, PAGE);
      if (!found) return null;
      const at = placeIn(found.rows.rows, productId);
      const row = found.rows.rows[at];
      if (row) return { section, key: row.key, index: offset + at };
      if (offset + PAGE >= found.rows.total) break;
    }
  }
  return null;
}

/** How many rows a section holds (from the review's summary). */
export type SectionTotals = (section: SyncSection) => number;

export async function locateProduct(reviewId: number, productId: number, currentSection: SyncSection, totals: SectionTotals): Promise<ProductPlace | null> {
  const name = await api.getProduct({ id: productId }).then(
    (p) => p.name,
    () => null,
  );
  return (name === null ? null : await byName(reviewId, productId, name, currentSection, totals)) ?? (await byScan(reviewId, productId, currentSection));
}
