/**
 * The command-line shell: argv → a contract call (directly, or through a friendly command)
 * → printed result. Exit codes: 0 done, 1 the call failed, 2 the command line was wrong.
 */
import { localDemoStore } from '../demo-store';
import { ContractError } from '../../shared/errors';
import { createCore, type Core } from '../core';
import type { Logger } from '../core/logger';
import { resolveDataDir } from '../data-dir';
import { checkRequiredOptions, UsageError, type CliCommand, type CommandContext } from './command';
import { commands } from './commands';
import { commandHelp, groupHelp, programHelp } from './help';
import { leadingWords, parseCommandLine } from './parse-command-line';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Progress chatter stays off stdout (it would spoil JSON output); problems go to stderr. */
const stderrLogger = (io: CliIo): Logger => ({
  info() {},
  warn: (message) => io.err(`stockpilot: ${message}`),
  error: (message) => io.err(`stockpilot: ${message}`),
});

export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const { dataDir, help, rest } = extractGlobalOptions(argv);
  const words = leadingWords(rest);
  const asksHelp = help || words[0] === 'help';
  if (words[0] === 'help') words.shift();

  const command = findCommand(words);
  if (!command) return explainCommands(words, asksHelp, io);
  if (asksHelp) {
    io.out(commandHelp(command));
    return 0;
  }

  let core: Core | undefined;
  const resolvedDataDir = resolveDataDir({ flag: dataDir });
  const demoStore = localDemoStore(resolvedDataDir);
  try {
    const parsed = parseCommandLine(rest.slice(command.words.length), command.options ?? {});
    checkRequiredOptions(parsed.options, command.options ?? {});
    const ctx: CommandContext = {
      ...parsed,
      core: () => (core ??= createCore({ dataDir: resolvedDataDir, demoCatalog: false, log: stderrLogger(io), demoStore: demoStore.start })),
      print: io.out,
    };
    await command.run(ctx);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`stockpilot ${command.words.join(' ')}: ${error.message} Run \`stockpilot ${command.words.join(' ')} --help\` for usage.`);
      return 2;
    }
    io.err(`stockpilot: ${oneLine(error)}`);
    return 1;
  } finally {
    await core?.shutdown(5_000);
    await demoStore.close();
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof ContractError || error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ');
}

function extractGlobalOptions(argv: readonly string[]): { dataDir: string | undefined; help: boolean; rest: string[] } {
  const rest: string[] = [];
  let dataDir: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--data-dir') dataDir = argv[++i];
    else if (arg.startsWith('--data-dir=')) dataDir = arg.slice('--data-dir='.length);
    else rest.push(arg);
  }
  return { dataDir, help, rest };
}

/** The command whose words are the longest prefix of what was typed. */
function findCommand(words: readonly string[]): CliCommand | undefined {
  return commands
    .filter((c) => c.words.every((w, i) => words[i] === w))
    .sort((a, b) => b.words.length - a.words.length)[0];
}

function explainCommands(words: readonly string[], asksHelp: boolean, io: CliIo): number {
  const group = words[0];
  const inGroup = group ? commands.filter((c) => c.words[0] === group) : [];
  if (group && inGroup.length > 0) {
    const text = groupHelp(group, inGroup);
    if (asksHelp) io.out(text);
    else io.err(`stockpilot: "${words.join(' ')}" is not a complete command.\n${text}`);
    return asksHelp ? 0 : 2;
  }
  if (group) {
    io.err(`stockpilot: unknown command "${group}". Run \`stockpilot --help\` to see the commands.`);
    return 2;
  }
  if (asksHelp) {
    io.out(programHelp(commands));
    return 0;
  }
  io.err(programHelp(commands));
  return 2;
}
