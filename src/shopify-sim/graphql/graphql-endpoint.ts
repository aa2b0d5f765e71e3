/**
 * One Admin GraphQL request, end to end: parse and validate (cached by query text), check
 * variables, cost it, charge the caller's bucket, execute, refund the unused points, and
 * answer with `extensions.cost` — every step's refusal in Shopify's own shape.
 */
import { execute, getOperationAST, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { actualQueryCost, requestedQueryCost } from '../cost/query-cost';
import type { LeakyBucket } from '../throttle/leaky-bucket';
import type { SimContext } from '../resolvers/context';
import { checkVariables, shapeValidationError, type ShopifyError } from './shopify-error-shapes';

export const MAX_QUERY_COST = 1000;

interface Prepared {
  document?: DocumentNode;
  errors?: ShopifyError[];
}

export interface GraphqlOutcome {
  status: number;
  body: unknown;
  operationName: string | null;
  cost: number | null;
  throttled: boolean;
}

const RATE_LIMIT_DOCS = 'https://shopify.dev/api/usage/limits#rate-limits';

export class GraphqlEndpoint {
  private readonly documents = new Map<string, Prepared>();

  constructor(private readonly schema: GraphQLSchema) {}

  private prepare(query: string): Prepared {
    const cached = this.documents.get(query);
    if (cached) return cached;
    let prepared: Prepared;
    try {
      const document = parse(query);
      const errors = validate(this.schema, document);
      prepared = errors.length ? { errors: errors.map((e) => shapeValidationError(e, document)) } : { document };
    } catch (e) {
      const error = e as GraphQLError;
      prepared = { errors: [{ message: error.message.replace(/^Syntax Error: /, 'syntax error, '), locations: error.locations ? [...error.locations] : undefined }] };
    }
    if (this.documents.size > 2000) this.documents.clear(); // a runaway client must not eat memory
    this.documents.set(query, prepared);
    return prepared;
  }

  /** The parsed, valid document for a query text (cached), or undefined when it is not one. */
  parsed(query: string): DocumentNode | undefined {
    return this.prepare(query).document;
  }

  handle(body: unknown, ctx: SimContext, bucket: LeakyBucket): GraphqlOutcome {
    const request = (body ?? {}) as { query?: unknown; variables?: unknown; operationName?: unknown };
    const operationName = typeof request.operationName === 'string' ? request.operationName : null;
    const outcome = (status: number, payload: unknown, cost: number | null = null, throttled = false): GraphqlOutcome => ({
      status,
      body: payload,
      operationName,
      cost,
      throttled,
    });
    if (typeof request.query !== 'string' || request.query.trim() === '') {
      return outcome(400, { errors: { query: 'Required parameter missing or invalid' } });
    }
    const variables = (request.variables && typeof request.variables === 'object' ? request.variables : {}) as Record<string, unknown>;
    const prepared = this.prepare(request.query);
    if (!prepared.document) return outcome(200, { errors: prepared.errors });
    const { document } = prepared;
    const operation = getOperationAST(document, operationName);
    if (!operation) {
      return outcome(200, { errors: [{ message: operationName ? `No operation named "${operationName}"` : 'An operation name is required' }] });
    }
    const name = operationName ?? operation.name?.value ?? null;
    const variableErrors = checkVariables(this.schema, operation, variables);
    if (variableErrors.length) return { ...outcome(200, { errors: variableErrors }), operationName: name };

    const costOptions = { variables, operationName: operationName ?? undefined };
    const requested = requestedQueryCost(this.schema, document, costOptions);
    if (requested > MAX_QUERY_COST) {
      return { ...outcome(200, maxCostExceeded(requested, bucket), requested), operationName: name };
    }
    const taken = bucket.take(requested);
    if (!taken.ok) {
      return { ...outcome(200, throttledBody(requested, bucket), requested, true), operationName: name };
    }
    const result = execute({ schema: this.schema, document, variableValues: variables, operationName: operationName ?? undefined, contextValue: ctx }) as {
      data?: unknown;
      errors?: readonly GraphQLError[];
    };
    const actual = result.data ? actualQueryCost(this.schema, document, { ...costOptions, data: result.data }) : requested;
    bucket.refund(requested - actual);
    const payload: Record<string, unknown> = {};
    if (result.errors?.length) payload.errors = result.errors.map((e) => e.toJSON());
    if (result.data !== undefined) payload.data = result.data;
    payload.extensions = { cost: { requestedQueryCost: requested, actualQueryCost: actual, throttleStatus: bucket.status() } };
    return { ...outcome(200, payload, actual), operationName: name };
  }
}

/** The THROTTLED answer (HTTP 200), also used by the `throttled` fault. */
export function throttledBody(requested: number, bucket: LeakyBucket): unknown {
  return {
    errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: RATE_LIMIT_DOCS } }],
    extensions: { cost: { requestedQueryCost: requested, actualQueryCost: null, throttleStatus: bucket.status() } },
  };
}

function maxCostExceeded(requested: number, bucket: LeakyBucket): unknown {
  return {
    errors: [
      {
        message: `Query cost is ${requested}, which exceeds the single query max cost limit (${MAX_QUERY_COST}).\n\nSee https://shopify.dev/concepts/about-apis/rate-limits for more information on how the\ncost of a query is calculated.\n\nTo query larger amounts of data with fewer limits, bulk operations should be used instead.\nSee https://shopify.dev/tutorials/perform-bulk-operations-with-admin-api for usage details.\n`,
        extensions: { code: 'MAX_COST_EXCEEDED', cost: requested, maxCost: MAX_QUERY_COST, documentation: RATE_LIMIT_DOCS },
      },
    ],
    extensions: { cost: { requestedQueryCost: requested, actualQueryCost: null, throttleStatus: bucket.status() } },
  };
}
