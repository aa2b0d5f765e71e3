/**
 * Request-level refusals Shopify gives before a mutation runs, in its exact shapes: a
 * missing `@idempotent` directive, a missing `changeFromQuantity`, too many input rows.
 */
import { GraphQLError, Kind, type GraphQLResolveInfo, type ValueNode } from 'graphql';

/** The `@idempotent(key:)` value, or a BAD_REQUEST error when the directive is missing. */
export function idempotencyKey(info: GraphQLResolveInfo): string {
  const field = info.fieldNodes[0];
  const directive = field?.directives?.find((d) => d.name.value === 'idempotent');
  const keyArg = directive?.arguments?.find((a) => a.name.value === 'key');
  if (!field || !keyArg) {
    throw new GraphQLError('The @idempotent directive is required for this mutation but was not provided.', {
      nodes: field ? [field] : [],
      path: [info.fieldName],
      extensions: { code: 'BAD_REQUEST' },
    });
  }
  const key = valueOf(keyArg.value, info);
  if (typeof key !== 'string' || key.trim() === '') {
    throw new GraphQLError('The idempotency key cannot be an empty string or whitespace only.', {
      nodes: [field],
      path: [info.fieldName],
      extensions: { code: 'BAD_REQUEST' },
    });
  }
  return key;
}

function valueOf(node: ValueNode, info: GraphQLResolveInfo): unknown {
  if (node.kind === Kind.VARIABLE) return info.variableValues[node.name.value];
  if (node.kind === Kind.STRING) return node.value;
  return undefined;
}

/** Every row must name `changeFromQuantity` (null is allowed: it skips the compare). */
export function requireChangeFrom(info: GraphQLResolveInfo, rows: object[], inputType: string): void {
  if (rows.every((row) => 'changeFromQuantity' in row)) return;
  const field = info.fieldNodes[0];
  const inputArg = field?.arguments?.find((a) => a.name.value === 'input');
  const variable =
    inputArg?.value.kind === Kind.VARIABLE
      ? info.operation.variableDefinitions?.find((d) => d.variable.name.value === (inputArg.value as { name: { value: string } }).name.value)
      : undefined;
  throw new GraphQLError(`${inputType} must include the following argument: changeFromQuantity.`, {
    nodes: [...(field ? [field] : []), ...(variable ? [variable] : [])],
    path: [info.fieldName],
    extensions: { code: 'INVALID_FIELD_ARGUMENTS' },
  });
}

export const MAX_INPUT_ROWS = 250;

export function limitRows(info: GraphQLResolveInfo, rows: unknown[], path: string[]): void {
  if (rows.length <= MAX_INPUT_ROWS) return;
  throw new GraphQLError(`The input array size of ${rows.length} is greater than the maximum allowed of ${MAX_INPUT_ROWS}.`, {
    nodes: info.fieldNodes,
    path: [info.fieldName, ...path],
    extensions: { code: 'MAX_INPUT_SIZE_EXCEEDED' },
  });
}
