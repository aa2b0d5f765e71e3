/**
 * The connection's non-secret half, kept in the settings table (one JSON row): which shop,
 * which kind of credential, the scopes it had, the chosen location. The secret half lives in
 * the keychain only. The location id is also the `locationId` setting the stock push reads.
 */
import { z } from 'zod';
import { CredentialKind, MissingScope, ShopSummary } from '../../shared/connection';
import type { Logger } from '../core/logger';
import { prepared } from '../db/prepared';
import type { ReadableDB, WritableDB } from '../db/types';
import { saveSettings } from '../settings/settings-store';

const ROW_KEY = 'shopifyConnection';

export const ConnectionRecord = z.object({
  shop: ShopSummary,
  credentialKind: CredentialKind,
  /** The keychain account holding the credential. */
  keychainAccount: z.string(),
  grantedScopes: z.array(z.string()),
  missingScopes: z.array(MissingScope),
  location: z.object({ id: z.string(), name: z.string() }).nullable(),
  connectedAt: z.string(),
  /** Set when Shopify refused persistently (revoked, frozen, scope removed): what the owner should do. */
  attention: z.string().nullable().default(null),
});
export type ConnectionRecord = z.infer<typeof ConnectionRecord>;

export function loadConnectionRecord(db: ReadableDB, log: Logger): ConnectionRecord | null {
  const row = prepared(db, 'SELECT value_json FROM settings WHERE key = ?').get(ROW_KEY) as { value_json: string } | undefined;
  if (!row) return null;
  let json: unknown;
  try {
    json = JSON.parse(row.value_json);
  } catch {
    json = undefined;
  }
  const parsed = ConnectionRecord.safeParse(json);
  if (parsed.success) return parsed.data;
  log.warn('the saved Shopify connection cannot be read by this version; connect the shop again');
  return null;
}

export function saveConnectionRecord(db: WritableDB, record: ConnectionRecord): void {
  db.transaction(() => {
    prepared(db, 'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json').run(
      ROW_KEY,
      JSON.stringify(record),
    );
    // Amounts are never converted: the app counts in the shop's business currency.
    saveSettings(db, { locationId: record.location?.id ?? null, currency: record.shop.currency });
  })();
}

export function deleteConnectionRecord(db: WritableDB): void {
  db.transaction(() => {
    prepared(db, 'DELETE FROM settings WHERE key = ?').run(ROW_KEY);
    saveSettings(db, { locationId: null });
  })();
}
