/**
 * The OS keychain through keytar (macOS Keychain, Windows Credential Manager, the Secret
 * Service on Linux). keytar is a native module, so it is loaded lazily: a core whose
 * keychain cannot load still starts, and says so, instead of crashing at import time.
 */
import { createRequire } from 'node:module';
import type { Logger } from '../core/logger';
import { KeychainUnavailableError, type KeychainAvailability, type SecretStore } from './secret-store';

export const DEFAULT_KEYCHAIN_SERVICE = 'Stockpilot';
/** Tests (and a second development copy) file their entries under another service name. */
export const KEYCHAIN_SERVICE_VARIABLE = 'STOCKPILOT_KEYCHAIN_SERVICE';

interface Keytar {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export interface OsKeychainOptions {
  /** The keychain "service" every entry is filed under (default: STOCKPILOT_KEYCHAIN_SERVICE, else "Stockpilot"). */
  service?: string;
  /** Path to a keytar.node built for this runtime (Electron passes its own build). */
  keytarBinding?: string;
  log: Logger;
}

/** An account name no real entry uses: reading it tells whether the keychain answers. */
const PROBE_ACCOUNT = 'stockpilot-keychain-check';

export function openOsKeychain(options: OsKeychainOptions): SecretStore {
  const service = options.service || process.env[KEYCHAIN_SERVICE_VARIABLE] || DEFAULT_KEYCHAIN_SERVICE;
  let keytar: Keytar | KeychainUnavailableError | undefined;
  let checked: Promise<KeychainAvailability> | undefined;

  function load(): Keytar {
    keytar ??= loadKeytar(options.keytarBinding);
    if (keytar instanceof KeychainUnavailableError) throw keytar;
    return keytar;
  }

  /** Any keytar failure means the keychain is not usable; report it as such, typed. */
  async function use<T>(what: string, run: (k: Keytar) => Promise<T>): Promise<T> {
    const k = load();
    try {
      return await run(k);
    } catch (error) {
      throw new KeychainUnavailableError(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return {
    get: (account) => use('reading', (k) => k.getPassword(service, account)),
    set: (account, secret) => use('saving', (k) => k.setPassword(service, account, secret)),
    delete: (account) => use('removing', (k) => k.deletePassword(service, account)),
    availability() {
      checked ??= use('checking', (k) => k.getPassword(service, PROBE_ACCOUNT)).then(
        (): KeychainAvailability => ({ available: true }),
        (error: unknown): KeychainAvailability => {
          if (error instanceof KeychainUnavailableError) {
            options.log.warn('No keychain is available: Stockpilot cannot keep Shopify credentials on this computer.', { detail: error.detail });
            return { available: false, message: error.message };
          }
          throw error;
        },
      );
      return checked;
    },
  };
}

function loadKeytar(binding: string | undefined): Keytar | KeychainUnavailableError {
  const require = createRequire(import.meta.url);
  try {
    const loaded = (binding ? require(binding) : require('keytar')) as Partial<Keytar>;
    if (typeof loaded.getPassword !== 'function') return new KeychainUnavailableError('keytar loaded without its functions');
    return loaded as Keytar;
  } catch (error) {
    return new KeychainUnavailableError(`keytar could not load: ${error instanceof Error ? error.message : String(error)}`);
  }
}
