/**
 * The shape of one CLI command. Each command lives in its own file under commands/ and is
 * listed once in commands/index.ts; help, parsing and error handling come from here.
 */
import type { Core } from '../core';

export interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
  /** Shown in help after the option name: `--reason <text>`. */
  valueName?: string;
  /** Checked before the command runs, so nothing is looked up for a command line that is incomplete. */
  required?: boolean;
}

export interface CommandContext {
  /** Arguments after the command words, in order. */
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
  /** The core over the chosen data folder, opened on first use. */
  core(): Core;
  print(text: string): void;
}

export interface CliCommand {
  /** The words that select it, e.g. ['stock', 'adjust']. */
  words: readonly string[];
  /** Positional arguments as shown in usage, e.g. '<sku> <delta>'. */
  args: string;
  summary: string;
  options?: Readonly<Record<string, OptionSpec>>;
  /** More help: examples, what the output means. */
  details?: string;
  run(ctx: CommandContext): Promise<void>;
}

/** Wrong use of the command line: exit code 2, with a pointer to the help. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The positionals a command needs, or a usage error naming the missing ones. */
export function takePositionals(ctx: CommandContext, names: readonly string[], optional = 0): string[] {
  const required = names.length - optional;
  if (ctx.positionals.length < required) {
    throw new UsageError(`Missing ${names.slice(ctx.positionals.length, required).map((n) => `<${n}>`).join(' ')}.`);
  }
  if (ctx.positionals.length > names.length) {
    throw new UsageError(`Unexpected argument "${ctx.positionals[names.length]}".`);
  }
  return ctx.positionals;
}

/** Refuses a command line that lacks a required option. */
export function checkRequiredOptions(options: CommandContext['options'], specs: Readonly<Record<string, OptionSpec>>): void {
  for (const [name, spec] of Object.entries(specs)) {
    const value = options[name];
    if (spec.required && (value === undefined || (typeof value === 'string' && value.trim() === ''))) {
      throw new UsageError(`--${name} is required.`);
    }
  }
}

export function requireStringOption(ctx: CommandContext, name: string): string {
  const value = ctx.options[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required.`);
  return value;
}

/** A whole number written by a person: "5", "+5", "-3". */
export function parseWholeNumber(text: string, what: string): number {
  if (!/^[+-]?\d+$/.test(text.trim())) throw new UsageError(`${what} must be a whole number, not "${text}".`);
  return Number(text);
}
