/**
 * The last guard before text leaves the core (an error message, a log line, an event): every
 * secret the core has seen, and anything shaped like a Shopify token, is replaced. It backs
 * up, never replaces, the rule that code does not put secrets into messages in the first place.
 */
export const REDACTED = '[redacted]';

/** Shopify's token prefixes: shpat_ (admin), shpca_ (custom app), shpss_ (shared secret), shppa_, shpua_ … */
const SHOPIFY_TOKEN = /\bshp[a-z]{2,3}_[A-Za-z0-9_-]{6,}/g;
/** Secrets shorter than this are not searched for: they would blank ordinary words. */
const MIN_SECRET_LENGTH = 6;

export class SecretRedactor {
  readonly #secrets = new Set<string>();

  /** Remembers a secret so it is removed from any text scrubbed afterwards. */
  remember(...secrets: readonly (string | null | undefined)[]): void {
    for (const secret of secrets) {
      const trimmed = secret?.trim();
      if (trimmed && trimmed.length >= MIN_SECRET_LENGTH) this.#secrets.add(trimmed);
    }
  }

  scrub(text: string): string {
    let out = text;
    // Longest first, so a secret containing another is removed whole.
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join(REDACTED);
    return out.replace(SHOPIFY_TOKEN, REDACTED);
  }
}
