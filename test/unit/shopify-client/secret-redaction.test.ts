import { expect, it } from 'vitest';
import { REDACTED, SecretRedactor } from '../../../src/main/secrets/secret-redaction';

it('removes every remembered secret and anything shaped like a Shopify token', () => {
  const redactor = new SecretRedactor();
  redactor.remember('client-secret-abc123', undefined, 'abc');
  const text = 'secret client-secret-abc123 and token shpat_0123456789abcdef, shpss_zzzzzzzz; abc stays';
  expect(redactor.scrub(text)).toBe(`secret ${REDACTED} and token ${REDACTED}, ${REDACTED}; abc stays`);
});
