import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSimSchema } from '../../../scripts/extract-sim-schema';

const root = join(import.meta.dirname, '../../..');
const realSchema = join(root, '../shared/shopify/admin-2026-04.graphql');

describe('the local store\'s schema', () => {
  it('is exactly what the extractor cuts from the real 2026-04 schema (regenerate it after changing the keep list)', () => {
    if (!existsSync(realSchema)) {
      console.warn(`Skipping the schema regeneration check: ${realSchema} is not here (the reference data lives outside the project).`);
      return;
    }
    const committed = readFileSync(join(root, 'src/shopify-sim/schema.graphql'), 'utf8');
    expect(extractSimSchema(readFileSync(realSchema, 'utf8'))).toBe(committed);
  });
});
