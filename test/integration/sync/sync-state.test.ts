/**
 * What the review page reads from the core when it loads (getSyncState): the latest review,
 * the apply running now with its progress, the last apply with whether Undo is offered, and
 * how many rows are left to apply — so a reload mid-apply shows the apply, after it the
 * summary and Undo, and Apply is not offered again for rows already applied.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplyProgress, SyncState } from '../../../src/shared/sync-apply';
import { openApplyTestShop } from './apply-test-catalog';
import type { SyncTestShop } from './sync-test-shop';

let shop: SyncTestShop;
beforeEach(async () => {
  shop = await openApplyTestShop();
});
afterEach(() => shop.close());

async function chooseEverything(): Promise<void> {
  await shop.core.call('acceptAllSync', { side: 'stockpilot' });
  await shop.core.call('leaveAllOneSided', {});
}

describe('the review page\u2019s state', () => {
  it('before any compare: no review, nothing applying, nothing to undo', async () => {
    expect(await shop.core.call('getSyncState', {})).toEqual({ reviewId: null, applying: null, last: null, rowsLeftToApply: 0 });
  });

  it('after a compare: the review and its rows to apply', async () => {
    const { reviewId } = await shop.core.call('compareCatalog', {});
    const state = await shop.core.call('getSyncState', {});
    expect(state).toMatchObject({ reviewId, applying: null, last: null });
    expect(state.rowsLeftToApply).toBeGreaterThan(0);
  });

  it('during an apply: its progress as the last event said, and no Undo yet', async () => {
    await shop.core.call('compareCatalog', {});
    await chooseEverything();
    shop.sim.control.addFault({ kind: 'latency', ms: 150, probability: 1 });
    const seen: { event: ApplyProgress; state: SyncState }[] = [];
    const stop = shop.core.subscribe((e) => {
      const progress = e.payload as ApplyProgress;
      if (e.name !== 'syncApplyProgress' || progress.phase !== 'applying' || progress.done !== 1) return;
      void shop.core.call('getSyncState', {}).then((state) => seen.push({ event: progress, state }));
    });
    const summary = await shop.core.call('applySync', {});
    stop();
    expect(seen).toHaveLength(1);
    const { event, state } = seen[0] as (typeof seen)[number];
    expect(state.applying).toMatchObject({ runId: summary.runId, phase: 'applying', total: summary.total });
    expect(state.applying?.done).toBeGreaterThanOrEqual(event.done);
    expect(state.last).toBeNull();
  });

  it('after an apply: its summary, Undo offered, and no row left to apply; after Undo, the rows again', async () => {
    await shop.core.call('compareCatalog', {});
    await chooseEverything();
    const summary = await shop.core.call('applySync', {});
    const after = await shop.core.call('getSyncState', {});
    expect(after).toMatchObject({ applying: null, rowsLeftToApply: 0, last: { runId: summary.runId, summary, cannotUndo: null, undoneAt: null } });

    await shop.core.call('undoLastSync', {});
    const undone = await shop.core.call('getSyncState', {});
    expect(undone.last?.undoneAt).not.toBeNull();
    expect(undone.last?.cannotUndo).toMatch(/already undone/);
    expect(undone.rowsLeftToApply).toBe(summary.total);
  });
});
