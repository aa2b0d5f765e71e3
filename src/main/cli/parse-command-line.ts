/**
 * Hand-written argv parsing, because stock deltas are negative numbers ("-3") that
 * node:util parseArgs would take for options.
 */
import { UsageError, type OptionSpec } from './command';

export interface ParsedCommandLine {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
}

const looksLikeOption = (arg: string) => arg.startsWith('-') && arg !== '-' && !/^-\d/.test(arg);

export function parseCommandLine(argv: readonly string[], specs: Readonly<Record<string, OptionSpec>>): ParsedCommandLine {
  const positionals: string[] = [];
  const options: ParsedCommandLine['options'] = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!looksLikeOption(arg)) {
      positionals.push(arg);
      continue;
    }
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq === -1 ? body : body.slice(0, eq);
    const inline = eq === -1 ? undefined : body.slice(eq + 1);
    const spec = specs[name];
    if (!spec) throw new UsageError(`Unknown option --${name}.`);
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value.`);
      options[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value.`);
    options[name] = value;
  }
  return { positionals, options };
}

/** The leading words of argv before any option: what selects the command. */
export function leadingWords(argv: readonly string[]): string[] {
  const words: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-')) break;
    words.push(arg);
  }
  return words;
}
