// The real Admin API reference data lives next to the repository, not in it
// (../shared/shopify: schemas and recorded responses). Conformance checks run only where
// it exists; elsewhere each suite leaves one passing note instead of skipped tests.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { loadSchemaFile } from '../../src/shopify-sim/cost/schema-file';
import type { GraphQLSchema } from 'graphql';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** ../shared/shopify; STOCKPILOT_SHOPIFY_REFERENCE points elsewhere (e.g. to check the skip path). */
export const sharedShopifyDir = path.resolve(process.env.STOCKPILOT_SHOPIFY_REFERENCE ?? path.join(repoRoot, '..', 'shared', 'shopify'));
export const capturesDir = path.join(sharedShopifyDir, 'captures');

export const MISSING_MESSAGE = '../shared/shopify not found: conformance checks need the real Admin schema next to the repo; skipped';

/** The real Admin schema of a version, e.g. "2026-04" (parsed once per process). */
export function realAdminSchema(version: string): GraphQLSchema {
  return loadSchemaFile(path.join(sharedShopifyDir, `admin-${version}.graphql`));
}

/** `describe(name, body)` where the reference data exists; one passing note where it does not. */
export function describeAgainstRealShopify(name: string, body: () => void): void {
  if (existsSync(sharedShopifyDir)) {
    describe(name, body);
    return;
  }
  it(`${name}: ${MISSING_MESSAGE}`, () => {
    console.log(MISSING_MESSAGE);
  });
}
