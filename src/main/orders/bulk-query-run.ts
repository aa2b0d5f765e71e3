/**
 * Running one bulk query on Shopify and reading back its rows: the document made
 * self-contained (fragments spliced in, variables written in as values), started, polled until
 * Shopify has written the JSONL, downloaded line by line. Aborting stops it on Shopify too.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { setTimeout as wait } from 'node:timers/promises';
import { Kind, parse, print, visit, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { ContractError } from '../../shared/errors';
import type { ShopifyClient } from '../shopify/client';
import { defineOperation } from '../shopify/shopify-operation';
// Shopify's bulk operation calls are the catalog read's (start, status, cancel): one document each.
import runDocument from '../shopify/operations/catalog-bulk-run.graphql?raw';
import statusDocument from '../shopify/operations/catalog-bulk-status.graphql?raw';
import cancelDocument from '../shopify/operations/catalog-bulk-cancel.graphql?raw';

const runMutation = defineOperation(runDocument);
const statusQuery = defineOperation(statusDocument);
const cancelMutation = defineOperation(cancelDocument);

/** One JSONL row: a node of the query's connections; a nested one names its parent's id. */
export type BulkRow = Record<string, unknown> & { id?: string; __parentId?: string };

export interface BulkRunOptions {
  signal: AbortSignal;
  /** Root objects Shopify has written so far (while it runs), then rows downloaded. */
  onProgress(rootObjects: number): void;
}

interface BulkStatus {
  status: 'CREATED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELED' | 'CANCELING' | 'EXPIRED';
  errorCode: string | null;
  objectCount: string;
  rootObjectCount: string;
  url: string | null;
}
interface RunData {
  bulkOperationRunQuery: { bulkOperation: { id: string } | null; userErrors: { message: string; code: string | null }[] } | null;
}

/** Another bulk query of this app is still running on the shop: Shopify starts no second one. */
export class BulkBusy extends Error {}

/** `document` with its fragment spreads replaced by their fields and its variables by `values`. */
export function selfContained(document: string, fragments: readonly string[], values: Record<string, string>): string {
  const parsed = parse([document, ...fragments].join('\n'));
  const byName = new Map(parsed.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const splice = (set: SelectionSetNode): SelectionSetNode => ({
    ...set,
    selections: set.selections.flatMap((s) => {
      if (s.kind === Kind.FRAGMENT_SPREAD) return splice((byName.get(s.name.value) as FragmentDefinitionNode).selectionSet).selections;
      return s.selectionSet ? [{ ...s, selectionSet: splice(s.selectionSet) }] : [s];
    }),
  });
  const operation = parsed.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) throw new Error('A bulk query needs an operation');
  const written = visit({ ...operation, variableDefinitions: [], selectionSet: splice(operation.selectionSet) }, {
    Variable: (node) => ({ kind: Kind.STRING, value: values[node.name.value] ?? '' }),
  });
  return print(written);
}

const FIRST_POLL_MS = 100;
const LONGEST_POLL_MS = 2_000;

/** Every row of `query`'s result, in Shopify's order. Throws BulkBusy when another bulk query runs. */
export async function runBulkQuery(client: ShopifyClient, query: string, options: BulkRunOptions): Promise<BulkRow[]> {
  const { signal } = options;
  signal.throwIfAborted();
  const { data } = await client.request<RunData>(runMutation, { query });
  const answer = data.bulkOperationRunQuery;
  const id = answer?.bulkOperation?.id;
  if (!id) {
    if (answer?.userErrors.some((e) => e.code === 'OPERATION_IN_PROGRESS')) throw new BulkBusy(answer.userErrors[0]?.message);
    throw new ContractError('shopify', `Shopify did not start reading the orders: ${answer?.userErrors.map((e) => e.message).join(' ') || 'no answer'}`);
  }
  try {
    const url = await finished(client, id, options);
    return url ? await downloadRows(url, options) : [];
  } catch (error) {
    if (!signal.aborted) throw error;
    await client.request(cancelMutation, { id }).catch(() => undefined);
    throw signal.reason;
  }
}

async function finished(client: ShopifyClient, id: string, { signal, onProgress }: BulkRunOptions): Promise<string | null> {
  for (let pause = FIRST_POLL_MS; ; pause = Math.min(LONGEST_POLL_MS, pause * 2)) {
    await wait(pause, undefined, { signal });
    const operation = (await client.request<{ bulkOperation: BulkStatus | null }>(statusQuery, { id })).data.bulkOperation;
    if (!operation) throw new ContractError('shopify', 'Shopify lost track of the order read; import again.');
    onProgress(Number(operation.rootObjectCount) || 0);
    if (operation.status === 'COMPLETED') return operation.url;
    if (operation.status !== 'CREATED' && operation.status !== 'RUNNING') {
      const why = `${operation.status.toLowerCase()}${operation.errorCode ? `: ${operation.errorCode}` : ''}`;
      throw new ContractError('shopify', `Shopify could not read the orders (${why}). Import again in a moment.`);
    }
  }
}

/** The result file, a line at a time (a long range is tens of megabytes). */
async function downloadRows(url: string, { signal, onProgress }: BulkRunOptions): Promise<BulkRow[]> {
  const response = await fetch(url, { signal });
  if (!response.ok || !response.body) throw new ContractError('shopify', `Shopify's order file could not be downloaded (HTTP ${response.status}). Import again.`);
  const rows: BulkRow[] = [];
  let roots = 0;
  for await (const line of createInterface({ input: Readable.fromWeb(response.body as never), crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as BulkRow;
    if (row.__parentId === undefined && ++roots % 500 === 0) onProgress(roots);
    rows.push(row);
  }
  onProgress(roots);
  return rows;
}
