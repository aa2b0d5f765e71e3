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
import { RepeatedValues } from './repeated-values';
import { ShopifyProductParts, type MediaNode, type ProductNode, type VariantNode } from './shopify-catalog-records';
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
  const url = await bulkCatalogFile(client, options);
  return url === null ? [] : downloadBulkCatalog(url, options);
}

/** Starts the bulk operation and waits for Shopify's file: its address, or null for an empty shop. */
export async function bulkCatalogFile(client: ShopifyClient, options: CatalogReadOptions): Promise<string | null> {
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
  return operation.url ?? null;
}

/**
 * Shopify's catalog file, streamed: each line is parsed as it arrives and joined to its
 * product, so neither the file nor a list of its lines is ever held (a large shop's file is
 * hundreds of megabytes).
 */
export async function downloadBulkCatalog(url: string, options: Pick<CatalogReadOptions, 'signal' | 'onProgress'>): Promise<ShopifyProduct[]> {
  const response = await fetch(url, { signal: options.signal });
  if (!response.ok || !response.body) throw new ContractError('shopify', `Shopify's catalog file could not be downloaded (HTTP ${response.status}). Compare again.`);
  const join = new JsonlJoin();
  const decoder = new TextDecoder();
  let rest = '';
  const take = (line: string) => {
    if (line.trim() === '') return;
    if (join.add(JSON.parse(line) as Line) && join.products % 500 === 0) options.onProgress(join.products, `Downloaded ${join.products} products`);
  };
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    rest += decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = rest.indexOf('\n'); end !== -1; start = end + 1, end = rest.indexOf('\n', start)) take(rest.slice(start, end));
    rest = rest.slice(start);
  }
  take(rest + decoder.decode());
  options.onProgress(join.products, `Read ${join.products} products from Shopify`);
  return join.finish();
}

type Line = Record<string, unknown> & { id: string; __parentId?: string };

/**
 * Child lines (media, variants) joined to their product by `__parentId`, wherever in the file
 * they come; each line becomes the snapshot's shape as it arrives and is let go.
 */
class JsonlJoin {
  readonly #order: ShopifyProductParts[] = [];
  readonly #byId = new Map<string, ShopifyProductParts>();
  readonly #shared = new RepeatedValues();

  get products(): number {
    return this.#order.length;
  }

  /** True when the line is a product. */
  add(line: Line): boolean {
    if (line.__parentId === undefined) {
      const parts = new ShopifyProductParts(line as unknown as ProductNode, this.#shared);
      this.#order.push(parts);
      this.#byId.set(line.id, parts);
      return true;
    }
    const parent = this.#byId.get(line.__parentId);
    if (parent && line.id.includes('/ProductVariant/')) parent.addVariant(line as unknown as VariantNode);
    else if (parent) parent.addMedia(line as unknown as MediaNode);
    return false;
  }

  /** The products in the file's order. */
  finish(): ShopifyProduct[] {
    this.#byId.clear();
    return this.#order.map((parts) => parts.finish());
  }
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
