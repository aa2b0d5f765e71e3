/** The connection as the owner sees it: connected, not connected, or what needs their attention. */
import type { ConnectionStatus, KeychainState } from '../../shared/connection';
import { NO_KEYCHAIN_TO_READ_MESSAGE, type KeychainAvailability } from '../secrets/secret-store';
import type { ConnectionRecord } from './connection-record';
import { describeMissingScopes } from './required-scopes';

export interface StatusFacts {
  record: ConnectionRecord | null;
  keychain: KeychainAvailability;
  /** Whether the keychain still holds the record's credential. */
  credentialFound: boolean;
  overrideOrigin: string | null;
}

export function connectionStatus({ record, keychain, credentialFound, overrideOrigin }: StatusFacts): ConnectionStatus {
  const keychainState: KeychainState = keychain.available ? { available: true, message: null } : { available: false, message: keychain.message };
  const endpointOverride = overrideOrigin ? { origin: overrideOrigin } : null;
  if (!record) {
    return {
      state: 'not_connected',
      problem: null,
      shop: null,
      credentialKind: null,
      grantedScopes: [],
      missingScopes: [],
      location: null,
      connectedAt: null,
      endpointOverride,
      keychain: keychainState,
    };
  }
  const problem = problemOf(record, keychain, credentialFound);
  return {
    state: problem ? 'needs_attention' : 'connected',
    problem,
    shop: record.shop,
    credentialKind: record.credentialKind,
    grantedScopes: record.grantedScopes,
    missingScopes: record.missingScopes,
    location: record.location,
    connectedAt: record.connectedAt,
    endpointOverride,
    keychain: keychainState,
  };
}

function problemOf(record: ConnectionRecord, keychain: KeychainAvailability, credentialFound: boolean): string | null {
  if (!keychain.available) return NO_KEYCHAIN_TO_READ_MESSAGE;
  if (!credentialFound) return 'Your Shopify credentials are no longer in the keychain. Connect the shop again.';
  if (record.attention) return record.attention;
  if (record.missingScopes.length > 0) {
    return `The app is missing permissions: ${describeMissingScopes(record.missingScopes)}. Add them to the app in Shopify, then connect again.`;
  }
  if (!record.location) return 'No location is chosen for stock. Connect again and choose the location that holds your stock.';
  return null;
}
