import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/core/logger';
import { migrate } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations/index';
import type { WritableDB } from '../../../src/main/db/types';
import { reviewHeader, reviewProduct } from '../../../src/main/sync/review/review-store';

let dir: string;
let db: WritableDB;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stockpilot-m4-'));
  db = new Database(join(dir, 'm.db')) as WritableDB;
  db.pragma('foreign_keys = ON');
  migrate(db, silentLogger, migrations.filter((m) => m.version <= 3));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migrations 3 and 4: sync reviews', () => {
  it('a review saved under schema 3 is still shown after 4, with its issues found per product', () => {
    db.prepare(`INSERT INTO sync_reviews (id, created_at, read_mode, location_id, summary_json) VALUES (5, '2026-11-22T05:00:00Z', 'paged', NULL, '{"identical":0}')`).run();
    const row = { key: 'p1', section: 'issues', issueKinds: ['blank_sku'] };
    db.prepare(`INSERT INTO sync_review_rows (review_id, position, row_key, section, row_json, detail_json) VALUES (5, 0, 'p1', 'issues', ?, '{"differences":[],"variants":[]}')`).run(JSON.stringify(row));
    db.prepare(`INSERT INTO sync_review_issues (review_id, position, issue_json) VALUES (5, 0, ?)`).run(JSON.stringify({ kind: 'blank_sku', rowKeys: ['p1'] }));

    migrate(db, silentLogger, migrations);

    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(reviewHeader(db, undefined).reviewId).toBe(5);
    expect(reviewProduct(db, 5, 'p1').issues).toEqual([{ kind: 'blank_sku', rowKeys: ['p1'] }]);
  });
});
