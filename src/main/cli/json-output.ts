/**
 * `--json`: a command prints its result as JSON for a script, or as words and tables for a
 * person; both come from the same result.
 */
import type { CommandContext } from './command';

export const jsonOption = { json: { type: 'boolean' as const, description: 'print the result as JSON' } };

/** With --json, the value as indented JSON; otherwise whatever `printText` prints. */
export function printJsonOr<T>(ctx: CommandContext, value: T, printText: (value: T) => void): void {
  if (ctx.options.json) ctx.print(JSON.stringify(value, null, 2));
  else printText(value);
}
