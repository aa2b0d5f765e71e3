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

/** Shared fragment files (one `fragment Name` each) by fragment name: an operation is sent with those it spreads. */
function sharedFragments(documents: { name: string; text: string }[]): Map<string, string> {
  const shared = new Map<string, string>();
  for (const { text } of documents) {
    if (/\b(?:query|mutation)\b/.test(text.replace(/#.*$/gm, ''))) continue;
    const name = /\bfragment\s+(\w+)/.exec(text)?.[1];
    if (name) shared.set(name, text);
  }
  return shared;
}

/** The document as the client sends it: with the shared fragments it spreads but does not define. */
function asSent(text: string, shared: Map<string, string>): string {
  const spread = [...text.matchAll(/\.\.\.\s*(?!on\b)(\w+)/g)].map((m) => m[1] as string);
  const own = new Set([...text.matchAll(/\bfragment\s+(\w+)/g)].map((m) => m[1]));
  const added = [...new Set(spread)].filter((n) => !own.has(n) && shared.has(n)).map((n) => shared.get(n) as string);
  return [text, ...added].join('\n');
}

function problemsAgainst(schema: GraphQLSchema, version: string, documents: { name: string; text: string }[]): string[] {
  const problems: string[] = [];
  const shared = sharedFragments(documents);
  for (const { name, text } of documents) {
    let document: DocumentNode;
    try {
      document = parse(new Source(asSent(text, shared), name));
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
