/** Help text, generated from the command table so it cannot fall behind the commands. */
import type { CliCommand, OptionSpec } from './command';

export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  'data-dir': { type: 'string', valueName: 'DIR', description: 'the data folder (default: STOCKPILOT_DATA_DIR, else the app data folder)' },
  help: { type: 'boolean', description: 'show help (also after any command)' },
};

const usageOf = (command: CliCommand) => `stockpilot ${[...command.words, command.args].filter(Boolean).join(' ')}`;

function optionLines(options: Readonly<Record<string, OptionSpec>>): string[] {
  const entries = Object.entries(options).map(
    ([name, spec]) => [`--${name}${spec.valueName ? ` <${spec.valueName}>` : ''}`, `${spec.description}${spec.required ? ' (required)' : ''}`] as const,
  );
  const width = Math.max(0, ...entries.map(([flag]) => flag.length));
  return entries.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`);
}

function commandLines(commands: readonly CliCommand[]): string[] {
  const usages = commands.map(usageOf);
  const width = Math.max(0, ...usages.map((u) => u.length));
  return commands.map((c, i) => `  ${(usages[i] ?? '').padEnd(width)}  ${c.summary}`);
}

export function programHelp(commands: readonly CliCommand[]): string {
  return [
    'Stockpilot: your catalog and stock, from the command line.',
    '',
    'Usage: stockpilot [--data-dir DIR] <command> [arguments] [options]',
    '',
    'Commands:',
    ...commandLines(commands),
    '',
    'Options:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'Run `stockpilot <command> --help` for a command\u2019s details.',
  ].join('\n');
}

export function groupHelp(group: string, commands: readonly CliCommand[]): string {
  return [`Commands under "${group}":`, ...commandLines(commands), '', 'Run `stockpilot <command> --help` for details.'].join('\n');
}

export function commandHelp(command: CliCommand): string {
  const lines = [`Usage: ${usageOf(command)}${command.options ? ' [options]' : ''}`, '', command.summary];
  if (command.details) lines.push('', command.details);
  lines.push('', 'Options:', ...optionLines({ ...command.options, ...GLOBAL_OPTIONS }));
  return lines.join('\n');
}
