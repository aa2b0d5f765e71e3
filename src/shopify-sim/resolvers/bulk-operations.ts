/**
 * Bulk query operations: `bulkOperationRunQuery` checks the query as Shopify does, then
 * runs it in the background over the whole catalog and writes JSONL (one object a line,
 * nested connection rows carrying `__parentId`), served from a URL on this server.
 */
import { randomBytes } from 'node:crypto';
import {
  execute,
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { gid, parseGid } from '../store/gid';
import type { SimContext } from './context';
import { flattenToJsonl } from './bulk-jsonl';

export interface BulkOperationRecord {
  id: string;
  token: string;
  status: 'CREATED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELED';
  errorCode: string | null;
  createdAt: string;
  completedAt: string | null;
  objectCount: string;
  rootObjectCount: string;
  fileSize: string | null;
  url: string | null;
  partialDataUrl: null;
  query: string;
  type: 'QUERY';
}

type UserError = { field: string[] | null; message: string; code: string };

/** graphql-js's syntax error in the words of Shopify's parser. */
function syntaxMessage(error: unknown): string {
  const message = error instanceof GraphQLError ? error.message.replace(/^Syntax Error: /, '') : String(error);
  if (message.startsWith('Unexpected <EOF>')) return 'syntax error, unexpected end of file';
  return `syntax error, ${message.charAt(0).toLowerCase()}${message.slice(1).replace(/\.$/, '')}`;
}
const invalid = (message: string): UserError => ({ field: ['query'], message, code: 'INVALID' });

export class BulkOperations {
  private readonly operations = new Map<number, BulkOperationRecord>();
  /** JSONL results by the secret path segment in their URL. */
  readonly files = new Map<string, string>();
  baseUrl = '';

  constructor(
    private readonly schema: () => GraphQLSchema,
    private readonly now: () => number = Date.now,
  ) {}

  find(id: string, token: string): BulkOperationRecord | null {
    const op = this.operations.get(parseGid(id, 'BulkOperation') ?? -1);
    return op && op.token === token ? op : null;
  }

  current(token: string): BulkOperationRecord | null {
    let latest: BulkOperationRecord | null = null;
    for (const op of this.operations.values()) if (op.token === token) latest = op;
    return latest;
  }

  clear(): void {
    this.operations.clear();
    this.files.clear();
  }

  run(ctx: SimContext, query: string): { bulkOperation: BulkOperationRecord | null; userErrors: UserError[] } {
    const running = [...this.operations.values()].find((op) => op.token === ctx.token && (op.status === 'CREATED' || op.status === 'RUNNING'));
    if (running) {
      return { bulkOperation: null, userErrors: [{ field: null, message: `A bulk query operation for this app and shop is already in progress: ${running.id}.`, code: 'OPERATION_IN_PROGRESS' }] };
    }
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (e) {
      return { bulkOperation: null, userErrors: [invalid(`Invalid bulk query: ${syntaxMessage(e)}`)] };
    }
    const problems = checkBulkQuery(this.schema(), document);
    if (problems.length) return { bulkOperation: null, userErrors: problems.map(invalid) };
    const numeric = ctx.store.newId();
    const op: BulkOperationRecord = {
      id: gid('BulkOperation', numeric),
      token: ctx.token,
      status: 'CREATED',
      errorCode: null,
      createdAt: new Date(this.now()).toISOString().replace(/\.\d+Z$/, 'Z'),
      completedAt: null,
      objectCount: '0',
      rootObjectCount: '0',
      fileSize: null,
      url: null,
      partialDataUrl: null,
      query,
      type: 'QUERY',
    };
    this.operations.set(numeric, op);
    setImmediate(() => this.complete(op, { ...ctx, unbounded: true }, document));
    return { bulkOperation: { ...op }, userErrors: [] };
  }

  cancel(id: string, token: string): { bulkOperation: BulkOperationRecord | null; userErrors: UserError[] } {
    const op = this.find(id, token);
    if (!op) return { bulkOperation: null, userErrors: [{ field: ['id'], message: 'Bulk operation does not exist', code: 'INVALID' }] };
    if (op.status === 'CREATED' || op.status === 'RUNNING') op.status = 'CANCELED';
    return { bulkOperation: op, userErrors: [] };
  }

  private complete(op: BulkOperationRecord, ctx: SimContext, document: DocumentNode): void {
    if (op.status === 'CANCELED') return;
    op.status = 'RUNNING';
    const result = execute({ schema: this.schema(), document, contextValue: ctx }) as { data?: Record<string, unknown> | null; errors?: readonly GraphQLError[] };
    const denied = result.errors?.find((e) => e.extensions.code === 'ACCESS_DENIED');
    if (result.errors?.length || !result.data) {
      op.status = 'FAILED';
      op.errorCode = denied ? 'ACCESS_DENIED' : 'INTERNAL_SERVER_ERROR';
      op.completedAt = new Date(this.now()).toISOString().replace(/\.\d+Z$/, 'Z');
      return;
    }
    const { jsonl, objectCount, rootObjectCount } = flattenToJsonl(result.data);
    const secret = randomBytes(12).toString('hex');
    this.files.set(secret, jsonl);
    Object.assign(op, {
      status: 'COMPLETED',
      completedAt: new Date(this.now()).toISOString().replace(/\.\d+Z$/, 'Z'),
      objectCount: String(objectCount),
      rootObjectCount: String(rootObjectCount),
      fileSize: String(Buffer.byteLength(jsonl)),
      url: objectCount > 0 ? `${this.baseUrl}/bulk-results/${secret}.jsonl` : null,
    });
  }
}

interface FoundConnection {
  name: string;
  depth: number;
  viaNodes: boolean;
  /** The connection's node selects `id` (needed when a connection hangs below it). */
  nodeHasId: boolean;
  parent: FoundConnection | null;
  insideList: boolean;
}

const fieldsOf = (set: SelectionSetNode | undefined): FieldNode[] =>
  (set?.selections ?? []).filter((s): s is FieldNode => s.kind === Kind.FIELD);

/** A connection is recognised by its shape (`edges`/`nodes`/`pageInfo`), as the query may name fields this store lacks. */
const isConnectionSelection = (field: FieldNode) => fieldsOf(field.selectionSet).some((f) => ['edges', 'nodes', 'pageInfo'].includes(f.name.value));

/** Shopify's bulk query rules, in its messages; every broken one. */
function checkBulkQuery(schema: GraphQLSchema, document: DocumentNode): string[] {
  const op = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!op || op.kind !== Kind.OPERATION_DEFINITION || op.operation !== 'query') return ['Invalid operation type. Only `query` operations are supported.'];
  const problems: string[] = [];
  if (fieldsOf(op.selectionSet).some((f) => f.name.value === 'node')) problems.push('Bulk queries cannot contain a top level `node` field.');
  const connections: FoundConnection[] = [];
  const walk = (set: SelectionSetNode | undefined, type: GraphQLObjectType | undefined, parent: FoundConnection | null, insideList: boolean) => {
    for (const field of fieldsOf(set)) {
      const def = type?.getFields()[field.name.value];
      const named = def ? getNamedType(def.type) : undefined;
      const objectType = named && 'getFields' in named ? (named as GraphQLObjectType) : undefined;
      if (isConnectionSelection(field)) {
        const edges = fieldsOf(field.selectionSet).find((f) => f.name.value === 'edges');
        const node = fieldsOf(edges?.selectionSet).find((f) => f.name.value === 'node');
        const found: FoundConnection = {
          name: field.name.value,
          depth: (parent?.depth ?? 0) + 1,
          viaNodes: !edges,
          nodeHasId: fieldsOf(node?.selectionSet).some((f) => f.name.value === 'id' && !f.alias),
          parent,
          insideList,
        };
        connections.push(found);
        const edgesType = objectType?.getFields().edges;
        const nodeType = edgesType ? (getNamedType(edgesType.type) as GraphQLObjectType).getFields().node : undefined;
        walk(node?.selectionSet, nodeType ? (getNamedType(nodeType.type) as GraphQLObjectType) : undefined, found, false);
      } else if (field.selectionSet) {
        walk(field.selectionSet, objectType, parent, insideList || (def ? isListType(getNullableType(def.type)) : false));
      }
    }
  };
  walk(op.selectionSet, schema.getQueryType() ?? undefined, null, false);
  if (connections.length === 0) problems.push('Bulk queries must contain at least one connection.');
  const viaNodes = connections.filter((c) => c.viaNodes);
  if (viaNodes.length) {
    problems.push(
      `All connection fields in a bulk query must select their contents using 'edges' > 'node', e.g: '${viaNodes[0]?.name} { edges { node {'. Selecting via 'nodes' is not supported. Invalid connection fields: ${viaNodes.map((c) => `'${c.name}'`).join(', ')}.`,
    );
  }
  if (connections.length > 5) problems.push('Bulk queries cannot contain more than 5 connections.');
  if (connections.some((c) => c.depth > 2)) problems.push('Bulk queries cannot contain connections with a nesting depth greater than 2.');
  if (connections.some((c) => c.insideList)) problems.push('Queries that contain a connection field within a list field are not currently supported.');
  const parentsWithoutId = [...new Set(connections.filter((c) => c.parent && !c.parent.nodeHasId).map((c) => c.parent?.name))];
  if (parentsWithoutId.length) {
    problems.push(`The parent 'node' field for a nested connection must select the 'id' field without an alias and must be of 'ID' return type. Connection fields without 'id': ${parentsWithoutId.join(', ')}.`);
  }
  if (problems.length === 0) problems.push(...validate(schema, document).map((e) => `Invalid bulk query: ${e.message}`));
  return problems;
}

export function bulkOperationRunQuery(_r: unknown, args: { query: string }, ctx: SimContext, _info: GraphQLResolveInfo) {
  return ctx.bulk.run(ctx, args.query);
}

export function bulkOperationCancel(_r: unknown, args: { id: string }, ctx: SimContext) {
  return ctx.bulk.cancel(args.id, ctx.token);
}
