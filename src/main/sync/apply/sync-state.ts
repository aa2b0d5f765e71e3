/**
 * What the review page shows of applying, as the core holds it: read whenever the page
 * loads, so a reload (or a second window) never makes up its own story.
 */
import type { SyncState } from '../../../shared/sync-apply';
import { prepared } from '../../db/prepared';
import type { ReadableDB } from '../../db/types';
import type { SyncApply } from './apply-run';
import { rowsLeftToApply } from './apply-rows';
import { lastSync } from './undo-run';

export async function syncState(db: ReadableDB, runs: SyncApply): Promise<SyncState> {
  const latest = prepared(db, 'SELECT id FROM sync_reviews WHERE complete = 1 ORDER BY id DESC LIMIT 1').get() as { id: number } | undefined;
  // Counted in turns first; what runs is read after, so an apply that ended meanwhile shows as ended.
  const rowsLeft = latest ? await rowsLeftToApply(db, latest.id) : 0;
  const applying = runs.applying;
  return {
    reviewId: latest?.id ?? null,
    applying,
    // While an apply runs there is nothing to undo: the running one has no summary yet.
    last: applying ? null : lastSync(db),
    rowsLeftToApply: rowsLeft,
  };
}
