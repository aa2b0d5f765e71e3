/**
 * The automatic pause: when Shopify refuses persistently (credentials revoked, shop frozen
 * or locked, a scope removed, server errors for minutes), pushing stops itself with the
 * reason and how to resume. It is not the owner's switch (the `stockSyncPaused` setting):
 * Stockpilot keeps checking now and then and lifts it when the cause clears.
 */
import type { AutoPause } from '../../../shared/stock-push';
import { prepared } from '../../db/prepared';
import type { ReadableDB, WritableDB } from '../../db/types';
import type { ShopifyFailure } from '../../shopify/shopify-errors';

const AUTO_PAUSE_KEY = 'stockPushAutoPause';
const LAST_SUCCESS_KEY = 'stockPushLastSuccessAt';

/** Server errors this long in a row pause pushing (until a later check gets through). */
export const SERVER_ERROR_PAUSE_MS = 10 * 60_000;

function readJson<T>(db: ReadableDB, key: string): T | null {
  const row = prepared(db, 'SELECT value_json FROM settings WHERE key = ?').get(key) as { value_json: string } | undefined;
  try {
    return row ? (JSON.parse(row.value_json) as T) : null;
  } catch {
    return null;
  }
}

function writeJson(db: WritableDB, key: string, value: unknown): void {
  prepared(db, 'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json').run(
    key,
    JSON.stringify(value),
  );
}

export function readAutoPause(db: ReadableDB): AutoPause | null {
  const value = readJson<AutoPause>(db, AUTO_PAUSE_KEY);
  return value && typeof value.reason === 'string' ? value : null;
}

export function liftAutoPause(db: WritableDB): boolean {
  return prepared(db, 'DELETE FROM settings WHERE key = ?').run(AUTO_PAUSE_KEY).changes > 0;
}

/** The banner's text: what is wrong, then how to resume. */
export function autoPauseFor(failure: ShopifyFailure, nowIso: string): AutoPause {
  const resume =
    failure.kind === 'credentials_rejected'
      ? 'Reconnect the shop on the Integration page; pushing resumes by itself once Shopify accepts the credentials again.'
      : failure.kind === 'server_error'
        ? 'Stockpilot checks again every few minutes and resumes by itself; pending changes are kept.'
        : 'Stockpilot checks again every few minutes and resumes by itself once the cause is fixed; pending changes are kept.';
  return { reason: `Stock push paused itself: ${failure.message} ${resume}`, since: nowIso, liftsItself: failure.kind !== 'credentials_rejected' };
}

export function setAutoPause(db: WritableDB, pause: AutoPause): void {
  writeJson(db, AUTO_PAUSE_KEY, pause);
}

export function readLastSuccess(db: ReadableDB): string | null {
  return readJson<string>(db, LAST_SUCCESS_KEY);
}

export function rememberLastSuccess(db: WritableDB, nowIso: string): void {
  writeJson(db, LAST_SUCCESS_KEY, nowIso);
}
