import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLocalStore, smallCatalog } from './local-store';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('keeping the store between runs', () => {
  it('remembers sales and edits in the state file after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-state-'));
    dirs.push(dir);
    const stateFile = join(dir, 'store.json');
    const first = await openLocalStore({ seed: smallCatalog, stateFile });
    first.control.sell({ sku: 'TEE-S', quantity: 2 });
    first.control.editVariant({ sku: 'TEE-M', price: 31 });
    await first.close();

    const second = await openLocalStore({ seed: 'empty', stateFile });
    expect(second.control.variant('TEE-S')).toMatchObject({ available: 8, committed: 2 });
    expect(second.control.variant('TEE-M').price).toBe('31.00');
    const orders = await second.gql('{ orders(first: 5) { nodes { name lineItems(first: 1) { nodes { variant { sku } } } } } }');
    expect(orders.body.data?.orders.nodes).toEqual([{ name: '#1001', lineItems: { nodes: [{ variant: { sku: 'TEE-S' } }] } }]);
    second.control.sell({ sku: 'TEE-M', quantity: 1 });
    await second.close();
  });
});
