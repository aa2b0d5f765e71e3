/**
 * The review's rows as the server pages them: one section at a time, in blocks that arrive
 * as the grid scrolls. Pure, so the block arithmetic is tested on its own.
 */
import type { SyncReviewRow, SyncSection, SyncSummary } from '../../shared/product-sync';
import { SECTION_FIGURES } from '../../shared/sync-figures';

export const REVIEW_BLOCK_SIZE = 100;

export interface RowBlock {
  rows: SyncReviewRow[];
  /** Blocks of an older generation are stale: shown until fresher ones arrive. */
  generation: number;
}

export type RowBlocks = ReadonlyMap<number, RowBlock>;

export function reviewRowAt(blocks: RowBlocks, index: number): SyncReviewRow | undefined {
  return blocks.get(Math.floor(index / REVIEW_BLOCK_SIZE))?.rows[index % REVIEW_BLOCK_SIZE];
}

/** The blocks rows first…last fall in (clipped to the total once it is known). */
export function blocksCovering(first: number, last: number, total: number | null): number[] {
  const end = total === null ? last : Math.min(last, total - 1);
  if (end < 0) return [];
  const blocks: number[] = [];
  for (let b = Math.floor(Math.max(0, first) / REVIEW_BLOCK_SIZE); b <= Math.floor(end / REVIEW_BLOCK_SIZE); b++) blocks.push(b);
  return blocks;
}

/** A copy of the blocks with the rows of these keys changed; the same map when none is loaded. */
export function patchRows(blocks: RowBlocks, keys: ReadonlySet<string>, patch: (row: SyncReviewRow) => SyncReviewRow): RowBlocks {
  let next: Map<number, RowBlock> | null = null;
  for (const [b, block] of blocks) {
    if (!block.rows.some((r) => keys.has(r.key))) continue;
    next ??= new Map(blocks);
    next.set(b, { ...block, rows: block.rows.map((r) => (keys.has(r.key) ? patch(r) : r)) });
  }
  return next ?? blocks;
}

/** The sections in the order the review shows them, with their names for a person (one list for every count shown). */
export const SECTIONS = SECTION_FIGURES;

/** Where the review opens: the first section with something in it (differences first). */
export function firstSectionWithRows(summary: SyncSummary): SyncSection {
  return SECTIONS.find((s) => s.count(summary) > 0)?.section ?? 'different';
}

export function sectionCount(summary: SyncSummary, section: SyncSection): number {
  return SECTIONS.find((s) => s.section === section)?.count(summary) ?? 0;
}
