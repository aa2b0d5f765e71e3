import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCostCommand } from '../../../src/shopify-sim/cost/cost-command';
import { SMALL_ADMIN_SDL } from './small-admin-schema';

const dir = mkdtempSync(path.join(tmpdir(), 'stockpilot-cost-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const at = path.join(dir, name);
  writeFileSync(at, text);
  return at;
}

const schema = file('admin.graphql', SMALL_ADMIN_SDL);
const pageQuery = file('page.graphql', 'query Page($n: Int!) { products(first: $n) { nodes { id title } } }');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCostCommand(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err: err.join('\n') };
}

describe('stockpilot-sim cost', () => {
  it('prints the requested cost as one JSON line', async () => {
    const variables = file('vars.json', '{"n": 250}');
    const result = await run('cost', '--schema', schema, '--query', pageQuery, '--variables', variables);
    expect(result).toEqual({ code: 0, out: ['{"requestedQueryCost": 13}'], err: '' });
  });

  it('costs a page sized by a missing variable at its largest, keeping variable defaults', async () => {
    expect((await run('--schema', schema, '--query', pageQuery)).out).toEqual(['{"requestedQueryCost": 13}']);
    const withDefault = file('default.graphql', 'query Page($n: Int = 1, $q: String!) { products(first: $n, query: $q) { nodes { id } } }');
    expect((await run('--schema', schema, '--query', withDefault)).out).toEqual(['{"requestedQueryCost": 3}']);
  });

  it('accepts --name=value and a query without variables', async () => {
    const shop = file('shop.graphql', '{ shop { name } }');
    expect((await run(`--schema=${schema}`, `--query=${shop}`)).out).toEqual(['{"requestedQueryCost": 1}']);
  });

  it('explains what is missing or unknown, with exit code 2', async () => {
    const missing = await run('--query', pageQuery);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--schema is required/);
    expect((await run('--schema', schema, '--query', pageQuery, '--verbose')).err).toMatch(/Unknown argument "--verbose"/);
    expect((await run('--schema', schema, '--query')).err).toMatch(/--query needs a value/);
    expect((await run('--schema', path.join(dir, 'nowhere.graphql'), '--query', pageQuery)).err).toMatch(/Could not read --schema/);
  });

  it('refuses a query that does not validate against the schema, naming the problem', async () => {
    const wrong = file('wrong.graphql', '{ shop { nickname } }');
    const result = await run('--schema', schema, '--query', wrong);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Cannot query field "nickname" on type "Shop"/);
    const broken = file('broken.graphql', '{ shop { name }');
    expect((await run('--schema', schema, '--query', broken)).err).toMatch(/Could not read --query .*Syntax Error/s);
  });

  it('refuses variables that are not a JSON object or do not fit the query', async () => {
    expect((await run('--schema', schema, '--query', pageQuery, '--variables', file('list.json', '[1]'))).err).toMatch(/must be a JSON object/);
    expect((await run('--schema', schema, '--query', pageQuery, '--variables', file('bad.json', '{"n": "many"}'))).err).toMatch(/variables do not fit/);
    expect((await run('--schema', schema, '--query', pageQuery, '--variables', file('torn.json', '{"n": '))).err).toMatch(/Could not read --variables/);
  });

  it('asks which operation to cost when the query holds several', async () => {
    const two = file('two.graphql', 'query A { shop { id } } query B { productsCount { count } }');
    expect((await run('--schema', schema, '--query', two)).err).toMatch(/--operation <name>/);
    expect((await run('--schema', schema, '--query', two, '--operation', 'B')).out).toEqual(['{"requestedQueryCost": 10}']);
  });

  it('prints its usage on --help', async () => {
    expect(await run('--help')).toMatchObject({ code: 0, out: [expect.stringMatching(/^Usage: stockpilot-sim cost/)] });
  });
});
