/**
 * Where credentials live: the OS keychain, and nowhere else. Everything in the core that
 * needs a credential asks a SecretStore for it by account name.
 */
export interface SecretStore {
  /** The stored secret, or null when there is none. */
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  /** True when something was removed. */
  delete(account: string): Promise<boolean>;
  /** Whether a keychain can be used on this computer (checked, then remembered). */
  availability(): Promise<KeychainAvailability>;
}

export type KeychainAvailability = { available: true } | { available: false; message: string };

export const NO_KEYCHAIN_MESSAGE =
  'No keychain is available on this computer, so Stockpilot cannot keep your Shopify credentials. Nothing was saved.';

/** The same, for a shop connected earlier whose credential can no longer be read. */
export const NO_KEYCHAIN_TO_READ_MESSAGE =
  'No keychain is available on this computer, so Stockpilot cannot read your Shopify credentials. Nothing is sent to Shopify until a keychain is available again.';

/**
 * The keychain cannot be used (keytar did not load, or no Secret Service answers). Callers
 * must stop: a credential is never kept anywhere else instead.
 */
export class KeychainUnavailableError extends Error {
  override readonly name = 'KeychainUnavailableError';
  constructor(
    /** Technical detail for the log (never holds a secret: keytar errors name no passwords). */
    readonly detail: string,
  ) {
    super(NO_KEYCHAIN_MESSAGE);
  }
}
