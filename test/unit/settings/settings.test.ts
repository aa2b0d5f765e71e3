import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/main/core';
import type { Logger } from '../../../src/main/core/logger';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { freshShopEachTest } from '../../support/catalog-core';

const shop = freshShopEachTest();

describe('settings', () => {
  it('start at the defaults', async () => {
    expect(await shop.core.call('getSettings', {})).toEqual(DEFAULT_SETTINGS);
  });

  it('change only what is named, and persist', async () => {
    const after = await shop.core.call('setSettings', { currency: 'EUR', lowStockThreshold: 5 });
    expect(after).toEqual({ ...DEFAULT_SETTINGS, currency: 'EUR', lowStockThreshold: 5 });
    expect(shop.query('SELECT key, value_json FROM settings ORDER BY key')).toEqual([
      { key: 'currency', value_json: '"EUR"' },
      { key: 'lowStockThreshold', value_json: '5' },
    ]);
  });

  it('a stored value that no longer fits falls back to its default, with a warning', async () => {
    await shop.core.call('setSettings', { currency: 'EUR', pushIntervalMinutes: 10 });
    shop.core.close();
    const db = new Database(shop.core.paths.databaseFile);
    db.prepare("UPDATE settings SET value_json = '\"euros\"' WHERE key = 'currency'").run();
    db.close();

    const warnings: string[] = [];
    const log: Logger = { info() {}, error() {}, warn: (m) => warnings.push(m) };
    const reopened = createCore({ dataDir: shop.dataDir, demoCatalog: false, log });
    try {
      expect(await reopened.call('getSettings', {})).toEqual({ ...DEFAULT_SETTINGS, pushIntervalMinutes: 10 });
      expect(warnings).toEqual(['setting currency holds a value this version cannot use; using the default']);
    } finally {
      reopened.close();
    }
  });
});
