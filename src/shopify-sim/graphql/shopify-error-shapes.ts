/**
 * Shopify answers a malformed document with its own messages and codes (from graphql-ruby),
 * not graphql-js's. These turn graphql-js's validation and variable errors into that shape.
 */
import {
  GraphQLError,
  Kind,
  coerceInputValue,
  isEnumType,
  typeFromAST,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

export interface ShopifyError {
  message: string;
  locations?: { line: number; column: number }[];
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

const RULES: [RegExp, (m: RegExpMatchArray) => { message: string; extensions: Record<string, unknown> }][] = [
  [/^Cannot query field "(\w+)" on type "(\w+)"/, ([, field, type]) => ({ message: `Field '${field}' doesn't exist on type '${type}'`, extensions: { code: 'undefinedField', typeName: type, fieldName: field } })],
  [/^Unknown argument "(\w+)" on field "\w+\.(\w+)"/, ([, arg, field]) => ({ message: `Field '${field}' doesn't accept argument '${arg}'`, extensions: { code: 'argumentNotAccepted', name: field, typeName: 'Field', argumentName: arg } })],
  [/^Unknown directive "@(\w+)"/, ([, name]) => ({ message: `Directive @${name} is not defined`, extensions: { code: 'undefinedDirective', directiveName: name } })],
  [/^Variable "\$(\w+)" is never used in operation "(\w+)"/, ([, v, op]) => ({ message: `Variable $${v} is declared by ${op} but not used`, extensions: { code: 'variableNotUsed', variableName: v } })],
  [/^Unknown type "(\w+)"/, ([, type]) => ({ message: `No such type ${type}, so it can't be a fragment condition`, extensions: { code: 'undefinedType', typeName: type } })],
  [/^Field "(\w+)" argument "(\w+)" of type "(.+)" is required, but it was not provided/, ([, field, arg, type]) => ({ message: `Field '${field}' is missing required arguments: ${arg}`, extensions: { code: 'missingRequiredArguments', className: 'Field', name: field, arguments: arg, type } })],
];

export function shapeValidationError(error: GraphQLError, document: DocumentNode): ShopifyError {
  const node = error.nodes?.[0];
  const path = node ? astPath(document, node) : undefined;
  for (const [pattern, shape] of RULES) {
    const m = pattern.exec(error.message);
    if (m) return { ...shape(m), locations: error.locations ? [...error.locations] : undefined, path };
  }
  return { message: error.message, locations: error.locations ? [...error.locations] : undefined, path };
}

/** The path Shopify reports for a document error: operation, fields, fragments, argument. */
function astPath(document: DocumentNode, target: ASTNode): string[] | undefined {
  let found: string[] | undefined;
  visit(document, {
    enter(node, _key, _parent, _path, ancestors) {
      if (found) return false;
      if (node !== target) return undefined;
      found = [...ancestors, node].flatMap((a) => (Array.isArray(a) ? [] : label(a as ASTNode)));
      return false;
    },
  });
  return found;
}

function label(node: ASTNode): string[] {
  switch (node.kind) {
    case Kind.OPERATION_DEFINITION:
      return [node.name ? `${node.operation} ${node.name.value}` : node.operation];
    case Kind.FRAGMENT_DEFINITION:
      return [`fragment ${node.name.value}`];
    case Kind.FIELD:
      return [node.alias?.value ?? node.name.value];
    case Kind.INLINE_FRAGMENT:
      return [node.typeCondition ? `... on ${node.typeCondition.name.value}` : '...'];
    case Kind.ARGUMENT:
      return [node.name.value];
    default:
      return [];
  }
}

function explain(schema: GraphQLSchema, message: string): string {
  const notDefined = /^Field "(\w+)" is not defined by type "(\w+)"/.exec(message);
  if (notDefined) return `Field is not defined on ${notDefined[2]}`;
  const badEnum = /^Value "(\w+)" does not exist in "(\w+)" enum/.exec(message);
  if (badEnum) {
    const type = schema.getType(badEnum[2] ?? '');
    const values = type && isEnumType(type) ? type.getValues().map((v) => v.name).join(', ') : '';
    return `Expected "${badEnum[1]}" to be one of: ${values}`;
  }
  if (/found null|was not provided/.test(message)) return 'Expected value to not be null';
  return message.replace(/\.$/, '');
}

/** Checks the request's variables against the operation as Shopify does; errors in its INVALID_VARIABLE shape. */
export function checkVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): ShopifyError[] {
  const errors: ShopifyError[] = [];
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    const type = typeFromAST(schema, def.type) as GraphQLInputType | undefined;
    if (!type) continue;
    const value = variables[name];
    if (value === undefined && def.defaultValue) continue;
    const problems: { path: (string | number)[]; explanation: string }[] = [];
    coerceInputValue(value === undefined ? null : value, type, (path, _invalid, error) => {
      // graphql-js reports an unknown field at its parent object; Shopify at the field itself.
      const unknown = /^Field "(\w+)" is not defined by type/.exec(error.message)?.[1];
      problems.push({ path: unknown ? [...path, unknown] : [...path], explanation: explain(schema, error.message) });
    });
    if (problems.length === 0) continue;
    const first = problems[0] as { path: (string | number)[]; explanation: string };
    const where = first.path.length ? ` for ${first.path.join('.')}` : '';
    errors.push({
      message: `Variable $${name} of type ${String(type)} was provided invalid value${where} (${first.explanation})`,
      locations: def.loc ? [{ line: def.loc.startToken.line, column: def.loc.startToken.column }] : undefined,
      extensions: { code: 'INVALID_VARIABLE', value: value ?? null, problems },
    });
  }
  return errors;
}
