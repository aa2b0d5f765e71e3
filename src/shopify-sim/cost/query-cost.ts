// Shopify's calculated query cost for a GraphQL document: the requested cost charged up
// front, and the actual cost of the data that came back (the difference is refunded).
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import {
  CONNECTION_BASE_COST,
  FREE_OBJECT_TYPES,
  MAX_PAGE_SIZE,
  ROOT_COUNT_COST,
  pageSizeWeight,
} from './cost-rules';
import { mutationBaseCost } from './mutation-complexity';

export interface QueryCostOptions {
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Where a field sits: its cost depends on it (mutation payload objects come with the 10). */
type Place = 'query-root' | 'mutation-root' | 'payload' | 'nested';

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** Marks a walk over the document alone, without response data. */
const REQUESTED = Symbol('requested');
type Data = unknown;

export function requestedQueryCost(schema: GraphQLSchema, document: DocumentNode, options: QueryCostOptions = {}): number {
  const { walk, operation, root, place } = prepare(schema, document, options);
  return selectionCost(walk, operation.selectionSet, root, place, REQUESTED);
}

/** The cost of what was returned: connections count the nodes that came back. */
export function actualQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: QueryCostOptions & { data: unknown },
): number {
  const { walk, operation, root, place } = prepare(schema, document, options);
  return selectionCost(walk, operation.selectionSet, root, place, options.data ?? null);
}

function prepare(schema: GraphQLSchema, document: DocumentNode, options: QueryCostOptions) {
  const operation = getOperationAST(document, options.operationName);
  if (!operation) throw new Error(options.operationName ? `No operation named "${options.operationName}" in the document` : 'The document has no single operation to cost');
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'query' ? schema.getQueryType() : schema.getSubscriptionType();
  if (!root) throw new Error(`The schema has no ${operation.operation} type`);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const walk: Walk = { schema, fragments, variables: coerceVariables(schema, operation, options.variables ?? {}) };
  const place: Place = operation.operation === 'mutation' ? 'mutation-root' : 'query-root';
  return { walk, operation, root, place };
}

function coerceVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, inputs: Record<string, unknown>) {
  const definitions = operation.variableDefinitions ?? [];
  const result = getVariableValues(schema, definitions, inputs);
  if (result.coerced) return result.coerced;
  // A cost is still owed (or estimated) when variables are missing or wrong: keep the ones
  // that can be read, defaults included, and let the rest count at their worst.
  const readable = definitions.filter((d) => d.variable.name.value in inputs || d.defaultValue || d.type.kind !== Kind.NON_NULL_TYPE);
  return getVariableValues(schema, readable, inputs).coerced ?? inputs;
}

function selectionCost(walk: Walk, selectionSet: SelectionSetNode | undefined, type: GraphQLCompositeType, place: Place, data: Data): number {
  if (!selectionSet) return 0;
  if (isAbstractType(type)) {
    const concrete = data !== REQUESTED ? concreteTypeOf(walk, data) : undefined;
    const candidates = concrete ? [concrete] : walk.schema.getPossibleTypes(type);
    return candidates.reduce((max, t) => Math.max(max, objectSelectionCost(walk, selectionSet, t, place, data)), 0);
  }
  return objectSelectionCost(walk, selectionSet, type, place, data);
}

function objectSelectionCost(walk: Walk, selectionSet: SelectionSetNode, type: GraphQLObjectType, place: Place, data: Data): number {
  let total = 0;
  for (const [responseKey, nodes] of collectFields(walk, selectionSet, type)) {
    const first = nodes[0];
    const def = first ? type.getFields()[first.name.value] : undefined;
    if (!first || !def) continue;
    const value = data === REQUESTED ? REQUESTED : fieldData(data, responseKey);
    total += fieldCost(walk, nodes, def, place, value);
  }
  return total;
}

function fieldCost(walk: Walk, nodes: FieldNode[], def: GraphQLField<unknown, unknown>, place: Place, data: Data): number {
  const named = getNamedType(def.type);
  if (isLeafType(named) || def.name.startsWith('__')) return 0;
  const node = nodes[0] as FieldNode;
  const selection = mergedSelection(nodes);
  const composite = named as GraphQLCompositeType;
  if (place === 'mutation-root') {
    const base = mutationBaseCost(def.name, def.args, argumentsOf(walk, node, def));
    return base + selectionCost(walk, selection, composite, 'payload', data);
  }
  if (place === 'query-root' && named.name === 'Count') return ROOT_COUNT_COST;
  if (isConnection(named)) return connectionCost(walk, node, def, selection, named, data);
  const own = place === 'payload' ? 0 : objectCost(def, named);
  if (data === REQUESTED) return own + selectionCost(walk, selection, composite, 'nested', REQUESTED);
  if (data === null || data === undefined) return data === null ? own : 0;
  const items = Array.isArray(data) ? data : [data];
  const children = items.reduce<number>((max, item) => Math.max(max, item === null ? 0 : selectionCost(walk, selection, composite, 'nested', item)), 0);
  return own + children;
}

/** An object costs 1 (a list of objects too, once); money and weights come free. */
function objectCost(def: GraphQLField<unknown, unknown>, named: GraphQLNamedType): number {
  const type = isNonNullType(def.type) ? def.type.ofType : def.type;
  return isListType(type) || !FREE_OBJECT_TYPES.has(named.name) ? 1 : 0;
}

/** 2, plus the cost of one node weighted by the page size (requested) or nodes returned (actual). */
function connectionCost(walk: Walk, node: FieldNode, def: GraphQLField<unknown, unknown>, selection: SelectionSetNode | undefined, connection: GraphQLObjectType, data: Data): number {
  if (data === null) return CONNECTION_BASE_COST;
  if (data === undefined) return 0;
  const pages = collectFields(walk, selection, connection);
  let perNode = 0;
  let others = 0;
  let returned = 0;
  for (const [responseKey, fieldNodes] of pages) {
    const name = fieldNodes[0]?.name.value;
    const fieldDef = name ? connection.getFields()[name] : undefined;
    if (!fieldDef || name === 'pageInfo') continue;
    const value = data === REQUESTED ? REQUESTED : fieldData(data, responseKey);
    if (name === 'nodes') {
      const items = pageItems(value);
      returned = Math.max(returned, items.length);
      perNode += nodeCost(walk, mergedSelection(fieldNodes), getNamedType(fieldDef.type) as GraphQLCompositeType, items);
    } else if (name === 'edges') {
      const edges = pageItems(value);
      returned = Math.max(returned, edges.length);
      perNode += edgeCost(walk, mergedSelection(fieldNodes), getNamedType(fieldDef.type) as GraphQLObjectType, edges);
    } else {
      others += fieldCost(walk, fieldNodes, fieldDef, 'nested', value);
    }
  }
  const size = data === REQUESTED ? requestedPageSize(walk, node, def) : returned;
  return CONNECTION_BASE_COST + pageSizeWeight(size) * perNode + others;
}

function requestedPageSize(walk: Walk, node: FieldNode, def: GraphQLField<unknown, unknown>): number {
  const args = argumentsOf(walk, node, def);
  const size = args.first ?? args.last;
  return typeof size === 'number' ? size : MAX_PAGE_SIZE;
}

/** The cost of one node of a page: the dearest returned node, or the selection when requested. */
function nodeCost(walk: Walk, selection: SelectionSetNode | undefined, type: GraphQLCompositeType, items: Data[]): number {
  const own = FREE_OBJECT_TYPES.has(type.name) ? 0 : 1;
  return items.reduce<number>((max, item) => Math.max(max, item === null ? 0 : own + selectionCost(walk, selection, type, 'nested', item)), 0);
}

function edgeCost(walk: Walk, selection: SelectionSetNode | undefined, edge: GraphQLObjectType, edges: Data[]): number {
  let total = 0;
  for (const [responseKey, fieldNodes] of collectFields(walk, selection, edge)) {
    const fieldDef = edge.getFields()[fieldNodes[0]?.name.value ?? ''];
    if (!fieldDef) continue;
    const values = edges.map((e) => (e === REQUESTED ? REQUESTED : fieldData(e, responseKey)));
    if (fieldDef.name === 'node') total += nodeCost(walk, mergedSelection(fieldNodes), getNamedType(fieldDef.type) as GraphQLCompositeType, values);
    else total += values.reduce<number>((max, v) => Math.max(max, fieldCost(walk, fieldNodes, fieldDef, 'nested', v)), 0);
  }
  return total;
}

/** Requested: one representative node. Actual: the nodes that came back. */
function pageItems(value: Data): Data[] {
  if (value === REQUESTED) return [REQUESTED];
  return Array.isArray(value) ? value : [];
}

/** Arguments as the field will see them; a request with bad arguments is still costed. */
function argumentsOf(walk: Walk, node: FieldNode, def: GraphQLField<unknown, unknown>): Record<string, unknown> {
  try {
    return getArgumentValues(def, node, walk.variables);
  } catch {
    return {};
  }
}

function isConnection(type: GraphQLNamedType): type is GraphQLObjectType {
  if (!isObjectType(type) || !type.name.endsWith('Connection')) return false;
  const fields = type.getFields();
  return 'pageInfo' in fields && ('edges' in fields || 'nodes' in fields);
}

function fieldData(data: Data, responseKey: string): Data {
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[responseKey] : undefined;
}

function concreteTypeOf(walk: Walk, data: Data): GraphQLObjectType | undefined {
  const typename = fieldData(data, '__typename');
  const type = typeof typename === 'string' ? walk.schema.getType(typename) : undefined;
  return type && isObjectType(type) ? type : undefined;
}

/** Fields selected on `type`, grouped by response key as GraphQL merges them. */
function collectFields(walk: Walk, selectionSet: SelectionSetNode | undefined, type: GraphQLObjectType, into = new Map<string, FieldNode[]>()): Map<string, FieldNode[]> {
  for (const selection of selectionSet?.selections ?? []) {
    if (!isIncluded(walk, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      into.set(key, [...(into.get(key) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selection.typeCondition || appliesTo(walk, selection.typeCondition.name.value, type)) collectFields(walk, selection.selectionSet, type, into);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      if (fragment && appliesTo(walk, fragment.typeCondition.name.value, type)) collectFields(walk, fragment.selectionSet, type, into);
    }
  }
  return into;
}

function isIncluded(walk: Walk, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, walk.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, walk.variables)?.if !== false;
}

function appliesTo(walk: Walk, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true;
  const conditionType = walk.schema.getType(condition);
  return conditionType !== undefined && isAbstractType(conditionType) && walk.schema.isSubType(conditionType, type);
}

function mergedSelection(nodes: FieldNode[]): SelectionSetNode | undefined {
  const sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  if (sets.length <= 1) return sets[0];
  return { kind: Kind.SELECTION_SET, selections: sets.flatMap((s) => s.selections) };
}
