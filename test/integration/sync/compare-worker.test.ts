/**
 * The compare works on a thread of its own: the app answers other calls while it compares,
 * and a cancel or a failure there ends it as one on the main thread would (nothing saved).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContractError } from '../../../src/shared/errors';
import { openSyncTestShop, type SyncTestShop } from './sync-test-shop';

let shop: SyncTestShop;
beforeEach(async () => {
  shop = await openSyncTestShop();
});
afterEach(() => shop.close());

const phaseOf = (e: { name: string; payload: unknown }) => (e.name === 'syncCompareProgress' ? (e.payload as { phase: string }).phase : null);

describe('a compare on its own thread', () => {
  it.each(['bulk', 'paged'] as const)('answers a product list asked for while it compares (%s read)', async (readMode) => {
    const seen: string[] = [];
    const off = shop.core.subscribe((e) => {
      const phase = phaseOf(e);
      if (phase) seen.push(phase);
      if (phase === 'comparing' && (e.payload as { message: string }).message.startsWith('Comparing ')) {
        void shop.core.call('listProducts', { limit: 5 }).then((page) => seen.push(`listed ${page.rows.length}`));
      }
    });
    const outcome = await shop.core.call('compareCatalog', { readMode });
    off();
    // The list came back before the compare had finished comparing: this thread was free.
    expect(seen.filter((s) => s !== 'comparing').slice(-3)).toEqual(['listed 5', 'saving', 'finished']);
    expect(outcome.summary.stockpilotProducts).toBe(60);
  });

  it.each(['comparing', 'saving'])('can be cancelled while %s; nothing is saved and a new compare runs after', async (phase) => {
    const off = shop.core.subscribe((e) => {
      if (phaseOf(e) === phase) void shop.core.call('cancelCompare', {});
    });
    const error = await shop.core.call('compareCatalog', { readMode: 'bulk' }).catch((e: unknown) => e);
    off();
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).message).toBe('The compare was cancelled; nothing was saved.');
    expect(shop.events.filter((e) => e.name === 'syncCompareProgress').at(-1)?.payload).toMatchObject({ phase: 'cancelled' });
    await expect(shop.core.call('getSyncReview', {})).rejects.toThrow('There is no compare yet');
    expect(shop.query('SELECT count(*) AS n FROM sync_review_rows')).toEqual([{ n: 0 }]);
    expect((await shop.core.call('compareCatalog', { readMode: 'bulk' })).summary.stockpilotProducts).toBe(60);
  });

  it('says why when Shopify’s catalog file cannot be downloaded, and saves nothing', async () => {
    const off = shop.core.subscribe((e) => {
      // Shopify has finished the file: it goes missing before it is fetched.
      if (phaseOf(e) === 'reading') shop.sim.sim.bulk.files.clear();
    });
    const error = await shop.core.call('compareCatalog', { readMode: 'bulk' }).catch((e: unknown) => e);
    off();
    expect(error).toMatchObject({ code: 'shopify', message: "Shopify's catalog file could not be downloaded (HTTP 404). Compare again." });
    expect(shop.events.filter((e) => e.name === 'syncCompareProgress').at(-1)?.payload).toMatchObject({ phase: 'failed' });
    await expect(shop.core.call('getSyncReview', {})).rejects.toThrow('There is no compare yet');
  });
});
