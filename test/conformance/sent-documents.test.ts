import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Kind, NoUnusedFragmentsRule, Source, parse, specifiedRules, validate } from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { expect, it } from 'vitest';
import { replayedRecordings } from './replayed-recordings';
import { describeAgainstRealShopify, realAdminSchema, repoRoot } from './shared-shopify';

const srcDir = path.join(repoRoot, 'src');
const localStoreSchema = path.join(srcDir, 'shopify-sim', 'schema.graphql');

/** Every GraphQL document the project sends: its .graphql files, bar the local store's schema. */
function projectDocuments(): { name: string; text: string }[] {
  return readdirSync(srcDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.graphql'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => file !== localStoreSchema)
    .sort()
    .map((file) => ({ name: path.relative(repoRoot, file), text: readFileSync(file, 'utf8') }));
}

function problemsAgainst(schema: GraphQLSchema, version: string, documents: { name: string; text: string }[]): string[] {
  const problems: string[] = [];
  for (const { name, text } of documents) {
    let document: DocumentNode;
    try {
      document = parse(new Source(text, name));
    } catch (error) {
      problems.push(`${name}: ${String(error)}`);
      continue;
    }
    // A file of shared fragments is used by other files, not on its own.
    const fragmentsOnly = document.definitions.every((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const rules = fragmentsOnly ? specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule) : specifiedRules;
    for (const error of validate(schema, document, rules)) problems.push(`${name} on ${version}: ${error.toString()}`);
  }
  return problems;
}

describeAgainstRealShopify('the GraphQL documents the project sends', () => {
  const documents = [
    ...projectDocuments(),
    ...replayedRecordings().map((r) => ({ name: `recording ${r.name}`, text: r.exchange.document })),
  ];

  it.each(['2026-04', '2026-07'])('validate against the real Admin %s schema', (version) => {
    const own = documents.filter((d) => !d.name.startsWith('recording '));
    console.log(`${own.length} project .graphql file(s), ${documents.length - own.length} replayed recording(s) checked against ${version}`);
    expect(problemsAgainst(realAdminSchema(version), version, documents)).toEqual([]);
  });
});
