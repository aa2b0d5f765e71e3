// Loads a GraphQL schema from an SDL file once per process: the real Admin schema is a
// 3.5 MB file, and a test run or a benchmark asks for it many times.
import { statSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';

const cache = new Map<string, { mtimeMs: number; size: number; schema: GraphQLSchema }>();

/** The schema in `file`, rebuilt only when the file changed since the last call. */
export function loadSchemaFile(file: string): GraphQLSchema {
  const absolute = path.resolve(file);
  const { mtimeMs, size } = statSync(absolute);
  const cached = cache.get(absolute);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.schema;
  // The real schema comes from Shopify's own introspection: no need to re-validate its SDL.
  const schema = buildSchema(readFileSync(absolute, 'utf8'), { assumeValidSDL: true });
  cache.set(absolute, { mtimeMs, size, schema });
  return schema;
}
