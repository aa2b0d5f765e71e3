// The recorded Shopify requests the local store is expected to answer the way Shopify did:
// inventory writes (accepted and rejected), product creation, variant tracking, inventory
// item updates and bulk queries Shopify refuses. Each case says what the store must hold before it is replayed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findRecordedExchanges } from './recorded-exchanges';
import type { RecordedExchange } from './recorded-exchanges';
import { capturesDir } from './shared-shopify';

/**
 * What the local store holds before a case runs:
 * - `empty`: nothing but a location;
 * - `recorded-item`: one tracked variant, stocked as the nearest recorded `setup` says
 *   (`{ productId, variantId, inventoryItemId, locationId, available }`);
 * - `recorded-product`: the product a recorded response returned (`at`: where in the file).
 */
export type ReplaySeed = { kind: 'empty' } | { kind: 'recorded-item' } | { kind: 'recorded-product'; at: string };

export interface ReplayCase {
  name: string;
  seed: ReplaySeed;
  /** The capture file's parsed JSON (setups and responses the seed reads from). */
  recording: unknown;
  steps: RecordedExchange[];
}

interface CuratedGroup {
  /** The capture file, from the API version folder down. */
  file: string;
  seed: ReplaySeed;
  /** Every exchange under these paths is a case of its own… */
  under?: string[];
  /** …or these exchanges run in this order, as one case each list. */
  sequences?: string[][];
}

const CURATED: CuratedGroup[] = [
  { file: '2026-04/products/inventory-reason-validation.json', seed: { kind: 'recorded-item' }, under: ['.acceptedReasonCases', '.invalidReasonCases'] },
  { file: '2026-04/products/inventorySetQuantities-name-validation.json', seed: { kind: 'recorded-item' }, under: ['.cases'] },
  { file: '2026-04/products/inventorySetQuantities-quantity-bounds.json', seed: { kind: 'recorded-item' }, under: ['.cases'] },
  { file: '2026-04/products/inventory-adjust-name-allowlist.json', seed: { kind: 'recorded-item' }, under: ['.cases'] },
  { file: '2026-04/products/product-create-no-key-on-create.json', seed: { kind: 'empty' }, under: ['.scenarios'] },
  { file: '2026-04/bulk-operations/bulk-operation-run-query-validators.json', seed: { kind: 'empty' }, under: ['.validations'] },
  { file: '2026-04/bulk-operations/bulk-operation-run-query-user-error-codes.json', seed: { kind: 'empty' }, under: ['.validations'] },
  {
    file: '2026-04/products/inventory-activate-on-hand.json',
    seed: { kind: 'empty' },
    sequences: ['activateProduct', 'conflictProduct', 'outOfRangeProduct'].map((p) => [`.setup.${p}.create`, `.setup.${p}.track`]),
  },
  {
    file: '2025-01/products/inventory-connection-query-windowing.json',
    seed: { kind: 'recorded-product', at: '.operations.productSet.response' },
    sequences: [['.operations.itemUpdate']],
  },
];

/** Root fields the local store serves; recordings of anything else are not replayed. */
const ANSWERED_ROOT_FIELDS = /\b(bulkOperationRunQuery|inventorySetQuantities|inventoryAdjustQuantities|productCreate|productVariantsBulkUpdate|inventoryItemUpdate)\s*\(/;

let cached: ReplayCase[] | undefined;

export function replayCases(): ReplayCase[] {
  cached ??= loadCases();
  return cached;
}

/** Every replayed request, for the checks that hold the project's documents to the real schema. */
export function replayedRecordings(): { name: string; exchange: RecordedExchange }[] {
  return replayCases().flatMap((c) => c.steps.map((exchange) => ({ name: `${c.name} ${exchange.at}`, exchange })));
}

function loadCases(): ReplayCase[] {
  const all = findRecordedExchanges(capturesDir);
  const cases: ReplayCase[] = [];
  for (const group of CURATED) {
    const inFile = all.filter((e) => e.file.split(path.sep).join('/').endsWith(group.file));
    const first = inFile[0];
    if (!first) throw new Error(`No recorded exchanges in ${group.file}: the curated replay list is out of date`);
    const recording: unknown = JSON.parse(readFileSync(path.join(capturesDir, first.file), 'utf8'));
    const name = (at: string) => `${path.basename(group.file, '.json')}${at}`;
    for (const prefix of group.under ?? []) {
      for (const exchange of inFile.filter((e) => e.at.startsWith(`${prefix}.`) && ANSWERED_ROOT_FIELDS.test(e.document))) {
        cases.push({ name: name(exchange.at), seed: group.seed, recording, steps: [exchange] });
      }
    }
    for (const sequence of group.sequences ?? []) {
      const steps = sequence.map((at) => {
        const exchange = inFile.find((e) => e.at === at);
        if (!exchange) throw new Error(`No recorded exchange at ${group.file} ${at}`);
        return exchange;
      });
      cases.push({ name: name(sequence.join(' then ')), seed: group.seed, recording, steps });
    }
  }
  return cases;
}
