// Replays a recorded case against the local store: seeds what the recording had, sends the
// recorded requests with the recorded IDs swapped for the local ones, and compares each
// answer with Shopify's.
import type { SeedCatalog, ShopifySim } from '../../src/shopify-sim/index';
import { isRecord } from './recorded-exchanges';
import type { RecordedExchange } from './recorded-exchanges';
import type { ReplayCase } from './replayed-recordings';
import { responseShapeDifferences } from './response-shape';

const API_VERSION = '2026-04';
const GID = /^gid:\/\/shopify\/([A-Za-z]+)\/\d+$/;
const REPLAY_SKU = 'REPLAYED-ITEM';

/** Recorded ID → local ID, learnt from the seed and from every answer. */
type IdMap = Map<string, string>;

export async function replayCase(sim: ShopifySim, replay: ReplayCase): Promise<string[]> {
  sim.control.reset();
  const ids = seedStore(sim, replay);
  const differences: string[] = [];
  for (const step of replay.steps) {
    const answer = await send(sim, step, swapIds(step.variables ?? {}, ids));
    learnIds(step.response, answer, ids);
    differences.push(...responseShapeDifferences(step.response, answer).map((d) => `${step.at}: ${d}`));
  }
  return differences;
}

async function send(sim: ShopifySim, step: RecordedExchange, variables: unknown): Promise<unknown> {
  const response = await fetch(`${sim.url}/admin/api/${API_VERSION}/graphql.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-shopify-access-token': sim.token },
    body: JSON.stringify({ query: step.document, variables, ...(step.operationName ? { operationName: step.operationName } : {}) }),
  });
  if (response.status !== 200) throw new Error(`${step.at}: the local store answered HTTP ${response.status}: ${await response.text()}`);
  return response.json();
}

function seedStore(sim: ShopifySim, replay: ReplayCase): IdMap {
  const location = { name: 'Shop location', primary: true };
  const seed = replay.seed;
  if (seed.kind === 'empty') {
    sim.control.seed({ locations: [location] });
    return new Map();
  }
  if (seed.kind === 'recorded-item') {
    const setup = nearestItemSetup(replay.recording, replay.steps[0]?.at ?? '');
    const available = typeof setup.available === 'number' ? setup.available : 0;
    sim.control.seed({ locations: [location], products: [{ title: 'Replayed item', variants: [{ sku: REPLAY_SKU, tracked: true, available }] }] });
    const local = sim.control.variant(REPLAY_SKU);
    return new Map([
      [String(setup.productId), local.productId],
      [String(setup.variantId), local.variantId],
      [String(setup.inventoryItemId), local.inventoryItemId],
      [String(setup.locationId), local.levels[0]?.locationId ?? ''],
    ]);
  }
  return seedRecordedProduct(sim, recordedProduct(valueAt(replay.recording, seed.at)), location);
}

interface RecordedVariant {
  id: string;
  sku: string;
  title?: string;
  inventoryQuantity?: number;
  inventoryItem?: { id: string; tracked?: boolean };
}

function seedRecordedProduct(sim: ShopifySim, product: { id: string; title: string; variants: RecordedVariant[] }, location: { name: string; primary: boolean }): IdMap {
  const catalog: SeedCatalog = {
    locations: [location],
    products: [
      {
        title: product.title,
        options: ['Title'],
        variants: product.variants.map((v) => ({ sku: v.sku, options: [v.title ?? v.sku], tracked: v.inventoryItem?.tracked ?? true, available: v.inventoryQuantity ?? 0 })),
      },
    ],
  };
  sim.control.seed(catalog);
  const ids: IdMap = new Map();
  for (const variant of product.variants) {
    const local = sim.control.variant(variant.sku);
    ids.set(product.id, local.productId).set(variant.id, local.variantId);
    if (variant.inventoryItem) ids.set(variant.inventoryItem.id, local.inventoryItemId);
  }
  return ids;
}

/** The product in a recorded `{ data: { someMutation: { product } } }` answer. */
function recordedProduct(response: unknown): { id: string; title: string; variants: RecordedVariant[] } {
  const payloads = Object.values(asRecord(asRecord(response).data));
  const product = asRecord(asRecord(payloads[0]).product);
  const variants = asRecord(product.variants).nodes;
  if (typeof product.id !== 'string' || !Array.isArray(variants)) throw new Error('The recorded seed holds no product with variants');
  return { id: product.id, title: String(product.title), variants: variants as RecordedVariant[] };
}

/** The closest `setup` above `at` that names the inventory item the case works on. */
function nearestItemSetup(recording: unknown, at: string): Record<string, unknown> {
  const segments = pathSegments(at);
  for (let depth = segments.length; depth >= 0; depth--) {
    const setup = asRecord(asRecord(walk(recording, segments.slice(0, depth))).setup);
    if (typeof setup.inventoryItemId === 'string') return setup;
  }
  throw new Error(`No recorded setup with an inventoryItemId above ${at}`);
}

function valueAt(recording: unknown, at: string): unknown {
  return walk(recording, pathSegments(at));
}

/** ".cases.damaged" or ".upstreamCalls[0]" → its keys. */
function pathSegments(at: string): string[] {
  return at.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== '');
}

function walk(value: unknown, segments: string[]): unknown {
  return segments.reduce<unknown>((current, segment) => (current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined), value);
}

function swapIds(value: unknown, ids: IdMap): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => swapIds(item, ids));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swapIds(v, ids)]));
  return value;
}

/** Where the recording and the local answer both hold an ID of one type, they name the same thing. */
function learnIds(recorded: unknown, local: unknown, ids: IdMap): void {
  if (typeof recorded === 'string' && typeof local === 'string') {
    const type = GID.exec(recorded)?.[1];
    if (type && GID.exec(local)?.[1] === type && !ids.has(recorded)) ids.set(recorded, local);
  } else if (Array.isArray(recorded) && Array.isArray(local)) {
    recorded.forEach((item, i) => learnIds(item, local[i], ids));
  } else if (recorded !== null && typeof recorded === 'object' && local !== null && typeof local === 'object') {
    for (const [key, value] of Object.entries(recorded)) learnIds(value, (local as Record<string, unknown>)[key], ids);
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
