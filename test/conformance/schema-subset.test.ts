import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { expect, it } from 'vitest';
import { subsetDifferences } from './schema-subset';
import { describeAgainstRealShopify, realAdminSchema, repoRoot } from './shared-shopify';

const projectSchemaFile = path.join(repoRoot, 'src', 'shopify-sim', 'schema.graphql');

describeAgainstRealShopify('the local store schema against Admin 2026-04', () => {
  it('declares only what the real 2026-04 schema has, with the same types, nullability and defaults', () => {
    expect(existsSync(projectSchemaFile), `${projectSchemaFile} is missing: the local store has no schema to check`).toBe(true);
    const subset = buildSchema(readFileSync(projectSchemaFile, 'utf8'));
    expect(subsetDifferences(subset, realAdminSchema('2026-04'))).toEqual([]);
  });
});
