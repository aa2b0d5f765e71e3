// `stockpilot-sim cost --schema <file.graphql> --query <file> [--variables <file.json>]`:
// prints the requested cost Shopify would charge for a document, for any schema (the
// project's subset or the real Admin schema).
import { readFileSync } from 'node:fs';
import { GraphQLError, getOperationAST, getVariableValues, parse, validate } from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { requestedQueryCost } from './query-cost';
import { loadSchemaFile } from './schema-file';

const USAGE = [
  'Usage: stockpilot-sim cost --schema <file.graphql> --query <file> [--variables <file.json>] [--operation <name>]',
  'Prints {"requestedQueryCost": N}. Without --variables, a page sized by a variable counts as 250 nodes.',
].join('\n');
const OPTIONS = ['schema', 'query', 'variables', 'operation'] as const;
type Option = (typeof OPTIONS)[number];

export interface CommandOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

const processOutput: CommandOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Exit code 0 with one JSON line; 2 with a readable message when the input is unusable. */
export async function runCostCommand(argv: string[], output: CommandOutput = processOutput): Promise<number> {
  try {
    const options = parseOptions(argv[0] === 'cost' ? argv.slice(1) : argv);
    if (options === 'help') {
      output.out(USAGE);
      return 0;
    }
    const schema = readInput('schema', options.schema, loadSchemaFile);
    const document = readInput('query', options.query, (file) => parse(readFileSync(file, 'utf8')));
    const variables = options.variables === undefined ? undefined : readInput('variables', options.variables, readVariables);
    checkRequest(schema, document, variables, options.operation);
    const cost = requestedQueryCost(schema, document, { variables, ...(options.operation ? { operationName: options.operation } : {}) });
    output.out(`{"requestedQueryCost": ${cost}}`);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(error.message);
    return 2;
  }
}

class UsageError extends Error {}

function parseOptions(argv: string[]): Partial<Record<Option, string>> | 'help' {
  const options: Partial<Record<Option, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    const [flag, inlineValue] = arg.startsWith('--') ? splitOnce(arg.slice(2), '=') : [undefined, undefined];
    const name = OPTIONS.find((option) => option === flag);
    if (!name) throw new UsageError(`Unknown argument "${arg}".\n${USAGE}`);
    const value = inlineValue ?? argv[++i];
    if (value === undefined || value === '' || (inlineValue === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value.\n${USAGE}`);
    }
    options[name] = value;
  }
  for (const required of ['schema', 'query'] as const) {
    if (options[required] === undefined) throw new UsageError(`--${required} is required.\n${USAGE}`);
  }
  return options;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** Runs `read` on a file named by an option, turning any failure into a message naming both. */
function readInput<T>(option: Option, file: string | undefined, read: (file: string) => T): T {
  try {
    return read(file ?? '');
  } catch (error) {
    const reason = error instanceof GraphQLError ? error.toString() : error instanceof Error ? error.message : String(error);
    throw new UsageError(`Could not read --${option} ${file}: ${reason}`);
  }
}

function readVariables(file: string): Record<string, unknown> {
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('variables must be a JSON object');
  return value as Record<string, unknown>;
}

/**
 * The document must be one Shopify would run: valid against the schema, and so must the
 * variables when given. Without them, a page sized by a variable is costed at its largest.
 */
function checkRequest(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string): void {
  const errors = validate(schema, document);
  if (errors.length > 0) throw new UsageError(`The query does not validate against the schema:\n${errors.map((e) => `  ${e.toString()}`).join('\n')}`);
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    throw new UsageError(operationName ? `The query has no operation named "${operationName}".` : 'The query has several operations: choose one with --operation <name>.');
  }
  if (variables === undefined) return;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw new UsageError(`The variables do not fit the query:\n${coerced.errors.map((e) => `  ${e.message}`).join('\n')}`);
}
