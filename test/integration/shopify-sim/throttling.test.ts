import { afterEach, describe, expect, it } from 'vitest';
import { openLocalStore, smallCatalog, type LocalStore } from './local-store';

let store: LocalStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('rate limits', () => {
  it('answers THROTTLED (HTTP 200) once a burst empties the bucket', async () => {
    store = await openLocalStore({ seed: smallCatalog });
    await store.ctl('POST', 'bucket', { capacity: 30, restoreRate: 1 });
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await store.gql('{ products(first: 5) { nodes { title } } }'));
    const throttled = answers.filter((a) => a.body.errors?.[0]?.extensions?.code === 'THROTTLED');
    expect(throttled.length).toBeGreaterThan(0);
    expect(throttled[0]!.status).toBe(200);
    expect(throttled[0]!.body).toMatchObject({
      errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED' } }],
      extensions: { cost: { actualQueryCost: null, throttleStatus: { maximumAvailable: 30, restoreRate: 1 } } },
    });
    expect((await store.ctl('GET', 'requests')).body.some((r: { throttled: boolean }) => r.throttled)).toBe(true);
  });

  it('uses the plan\'s bucket', async () => {
    store = await openLocalStore({ seed: smallCatalog, plan: 'advanced' });
    const res = await store.gql('{ shop { name } }');
    expect(res.body.extensions?.cost.throttleStatus).toMatchObject({ maximumAvailable: 4000, restoreRate: 200 });
  });

  it('refuses a query asking for more than 1,000 points with MAX_COST_EXCEEDED', async () => {
    store = await openLocalStore({ seed: smallCatalog });
    const res = await store.gql('{ products(first: 250) { nodes { variants(first: 250) { nodes { inventoryItem { inventoryLevels(first: 250) { nodes { location { id } } } } } } } } }');
    expect(res.status).toBe(200);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'MAX_COST_EXCEEDED', maxCost: 1000 });
    expect(res.body.errors[0].message).toMatch(/^Query cost is \d+, which exceeds the single query max cost limit \(1000\)/);
  });
});
