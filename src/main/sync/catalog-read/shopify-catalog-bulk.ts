/**
 * Reading a large shop's catalog with one bulk operation: start it, poll until Shopify has
 * written the JSONL, download it and join the child lines (media, variants) to their product
 * by `__parentId`. Cancelling stops the operation on Shopify too.
 */
import { Kind, parse, print, visit } from 'graphql';
import { ContractError } from '../../../shared/errors';
import type { ShopifyClient } from '../../shopify/client';
import type { ShopifyProduct } from './catalog-snapshot';
import { bulkCancelMutation, bulkCatalogQueryDocument, bulkRunMutation, bulkStatusQuery } from './catalog-operations';
import { toShopifyProduct, type MediaNode, type ProductNode, type VariantNode } from './shopify-catalog-records';
import type { CatalogReadOptions } from './shopify-catalog-read';

type BulkStatus = 'CREATED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELED' | 'CANCELING' | 'EXPIRED';
interface BulkOperation {
  id: string;
  status: BulkStatus;
  errorCode: string | null;
  objectCount: string;
  rootObjectCount: string;
  url: string | null;
}
type RunData = { bulkOperationRunQuery: { bulkOperation: { id: string; status: BulkStatus } | null; userErrors: { message: string; code: string | null }[] } | null };

/** Bulk queries take no variables: the location goes into the document itself. */
export function bulkCatalogQuery(locationId: string): string {
  const document = visit(parse(bulkCatalogQueryDocument), {
    OperationDefinition: (node) => ({ ...node, variableDefinitions: [] }),
    Variable: () => ({ kind: Kind.STRING, value: locationId }),
  });
  return print(document);
}

const POLL_START_MS = 100;
const POLL_MAX_MS = 2_000;

export async function readCatalogBulk(client: ShopifyClient, options: CatalogReadOptions): Promise<ShopifyProduct[]> {
  const { signal } = options;
  signal.throwIfAborted();
  const { data } = await client.request<RunData>(bulkRunMutation, { query: bulkCatalogQuery(options.locationId) });
  const started = data.bulkOperationRunQuery?.bulkOperation;
  if (!started) {
    const why = data.bulkOperationRunQuery?.userErrors.map((e) => e.message).join(' ') ?? 'no answer';
    throw new ContractError('shopify', `Shopify did not start reading the catalog: ${why}`);
  }
  options.onProgress(0, 'Shopify is preparing the catalog');
  let operation: BulkOperation | null = null;
  try {
    for (let wait = POLL_START_MS; ; wait = Math.min(POLL_MAX_MS, wait * 2)) {
      await sleep(wait, signal);
      const status = await client.request<{ bulkOperation: BulkOperation | null }>(bulkStatusQuery, { id: started.id });
      operation = status.data.bulkOperation;
      if (!operation) throw new ContractError('shopify', 'Shopify lost track of the catalog read; compare again.');
      options.onProgress(Math.min(Number(operation.rootObjectCount) || 0, options.total ?? Infinity), `Shopify is preparing the catalog (${operation.objectCount} records so far)`);
      if (operation.status === 'COMPLETED') break;
      if (operation.status !== 'CREATED' && operation.status !== 'RUNNING') {
        throw new ContractError('shopify', `Shopify could not read the catalog (${operation.status.toLowerCase()}${operation.errorCode ? `: ${operation.errorCode}` : ''}). Compare again in a moment.`);
      }
    }
  } catch (error) {
    if (signal.aborted) await client.request(bulkCancelMutation, { id: started.id }).catch(() => undefined);
    throw error;
  }
  if (!operation.url) return [];
  return joinJsonl(await download(operation.url, signal, options), options);
}

/** The result file, streamed line by line (a large shop's file is tens of megabytes). */
async function download(url: string, signal: AbortSignal, options: CatalogReadOptions): Promise<unknown[]> {
  const response = await fetch(url, { signal });
  if (!response.ok || !response.body) throw new ContractError('shopify', `Shopify's catalog file could not be downloaded (HTTP ${response.status}). Compare again.`);
  const lines: unknown[] = [];
  const decoder = new TextDecoder();
  let rest = '';
  let products = 0;
  const take = (line: string) => {
    if (line.trim() === '') return;
    const parsed = JSON.parse(line) as { __parentId?: string };
    if (parsed.__parentId === undefined && ++products % 500 === 0) options.onProgress(products, `Downloaded ${products} products`);
    lines.push(parsed);
  };
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    rest += decoder.decode(chunk, { stream: true });
    const parts = rest.split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) take(line);
  }
  take(rest + decoder.decode());
  return lines;
}

type Line = Record<string, unknown> & { id: string; __parentId?: string };

export function joinJsonl(lines: readonly unknown[], options: Pick<CatalogReadOptions, 'onProgress'>): ShopifyProduct[] {
  const order: ProductNode[] = [];
  const children = new Map<string, { media: MediaNode[]; variants: VariantNode[] }>();
  for (const raw of lines) {
    const line = raw as Line;
    if (line.__parentId === undefined) {
      order.push(line as unknown as ProductNode);
      children.set(line.id, { media: [], variants: [] });
      continue;
    }
    const parent = children.get(line.__parentId);
    if (!parent) continue;
    if (line.id.includes('/ProductVariant/')) parent.variants.push(line as unknown as VariantNode);
    else parent.media.push(line as unknown as MediaNode);
  }
  options.onProgress(order.length, `Read ${order.length} products from Shopify`);
  return order.map((p) => {
    const own = children.get(p.id);
    return toShopifyProduct(p, own?.media ?? [], own?.variants ?? []);
  });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
