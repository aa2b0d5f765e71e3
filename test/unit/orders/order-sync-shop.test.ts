/**
 * Order sync's place belongs to the shop it was read from: connecting the same shop again
 * keeps it, connecting a different shop starts afresh from that moment.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openTempDatabase, type TempDatabase } from '../../support/temp-database';
import { readImportState, recordImport, startCatchUpFrom } from '../../../src/main/orders/import-state';

let temp: TempDatabase;
afterEach(() => temp.close());

describe('order sync and the connected shop', () => {
  it('keeps its place when the same shop connects again, and starts afresh for a different shop', () => {
    temp = openTempDatabase();
    const { db } = temp;

    startCatchUpFrom(db, '2026-11-01T10:00:00Z', 'moth-and-fern.myshopify.com');
    recordImport(db, '2026-11-02T09:00:00.000Z', '2026-11-02T08:59:00Z');
    expect(readImportState(db)).toEqual({ lastImportAt: '2026-11-02T09:00:00.000Z', lastUpdatedAtSeen: '2026-11-02T08:59:00Z' });

    startCatchUpFrom(db, '2026-11-03T10:00:00Z', 'moth-and-fern.myshopify.com'); // a reconnect
    expect(readImportState(db)).toEqual({ lastImportAt: '2026-11-02T09:00:00.000Z', lastUpdatedAtSeen: '2026-11-02T08:59:00Z' });

    startCatchUpFrom(db, '2026-11-04T10:00:00Z', 'second-brand.myshopify.com');
    expect(readImportState(db)).toEqual({ lastImportAt: null, lastUpdatedAtSeen: '2026-11-04T10:00:00Z' });
  });
});
