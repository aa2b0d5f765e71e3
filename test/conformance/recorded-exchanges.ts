// Finds the recorded (GraphQL document, Shopify response) pairs in ../shared/shopify/captures.
// The scenario files have no single format, so this walks every JSON object and accepts
// the shapes the recordings use:
//   { query|document, variables?, response|result: { data, extensions.cost } }
//   { query|document, variables?, response|result: { status, body|payload: { … } } }
//   { request: { query, variables }, response: … }
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface RecordedCost {
  requestedQueryCost: number;
  actualQueryCost: number;
  throttleStatus?: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
}

export interface RecordedResponse {
  data?: unknown;
  errors?: unknown[];
  extensions: { cost: RecordedCost };
}

export interface RecordedExchange {
  /** The capture file, relative to the captures folder. */
  file: string;
  /** Where in the file, as a dotted path. */
  at: string;
  /** The Admin API version the request was made against (the folder name). */
  apiVersion: string;
  document: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  response: RecordedResponse;
}

const DOCUMENT_KEYS = ['query', 'document'] as const;
const RESPONSE_KEYS = ['response', 'result'] as const;
const ENVELOPE_KEYS = ['body', 'payload'] as const;
const VERSION_FOLDER = /^\d{4}-\d{2}$/;

export function findRecordedExchanges(capturesDir: string): RecordedExchange[] {
  const exchanges: RecordedExchange[] = [];
  for (const file of jsonFilesUnder(capturesDir)) {
    const relative = path.relative(capturesDir, file);
    const apiVersion = relative.split(path.sep).find((part) => VERSION_FOLDER.test(part));
    if (!apiVersion) continue;
    const root: unknown = JSON.parse(readFileSync(file, 'utf8'));
    visit(root, '', (value, at) => {
      const exchange = exchangeAt(value);
      if (exchange) exchanges.push({ file: relative, at, apiVersion, ...exchange });
    });
  }
  return exchanges;
}

function exchangeAt(value: Record<string, unknown>): Omit<RecordedExchange, 'file' | 'at' | 'apiVersion'> | undefined {
  const request = isRecord(value.request) ? value.request : value;
  const document = DOCUMENT_KEYS.map((key) => request[key]).find(isGraphQLDocument);
  if (document === undefined) return undefined;
  for (const key of RESPONSE_KEYS) {
    const response = costedResponse(value[key]);
    if (!response) continue;
    const variables = isRecord(request.variables) ? request.variables : undefined;
    const operationName = namedOperation(document, request.operationName);
    return { document, response, ...(variables ? { variables } : {}), ...(operationName ? { operationName } : {}) };
  }
  return undefined;
}

function costedResponse(value: unknown): RecordedResponse | undefined {
  if (!isRecord(value)) return undefined;
  if (hasCost(value)) return value as unknown as RecordedResponse;
  for (const key of ENVELOPE_KEYS) {
    const inner = value[key];
    if (isRecord(inner) && hasCost(inner)) return inner as unknown as RecordedResponse;
  }
  return undefined;
}

/** Some recordings label a request with a scenario name that is not an operation in it. */
function namedOperation(document: string, name: unknown): string | undefined {
  if (typeof name !== 'string' || !/^[_A-Za-z][_0-9A-Za-z]*$/.test(name)) return undefined;
  return new RegExp(`\\b(query|mutation|subscription)\\s+${name}\\b`).test(document) ? name : undefined;
}

function hasCost(value: Record<string, unknown>): boolean {
  const extensions = value.extensions;
  return isRecord(extensions) && isRecord(extensions.cost) && typeof extensions.cost.requestedQueryCost === 'number';
}

/** A GraphQL operation, possibly after `#graphql` or other comment lines. */
function isGraphQLDocument(value: unknown): value is string {
  return typeof value === 'string' && /^\s*(#[^\n]*\n\s*)*(query|mutation|subscription|fragment|\{)/.test(value);
}

function visit(value: unknown, at: string, onObject: (value: Record<string, unknown>, at: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => visit(item, `${at}[${index}]`, onObject));
  } else if (isRecord(value)) {
    onObject(value, at || '.');
    for (const [key, child] of Object.entries(value)) visit(child, `${at}.${key}`, onObject);
  }
}

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
