import { contract, isCallName } from '../../../shared/contract';
import { UsageError, takePositionals, type CliCommand } from '../command';
import { CLI_ACTOR } from '../variant-by-sku';

export const callCommand: CliCommand = {
  words: ['call'],
  args: "<name> ['<json input>']",
  summary: 'Make any contract call and print its JSON result',
  details: [
    'The input is JSON (default {}). Run `stockpilot calls` for the names.',
    'Example: stockpilot call adjustStock \'{"variantId":12,"delta":-1,"reason":"Damaged"}\'',
  ].join('\n'),
  async run(ctx) {
    const [name = '', json = '{}'] = takePositionals(ctx, ['name', 'json input'], 1);
    if (!isCallName(name)) throw new UsageError(`There is no call named "${name}" (run \`stockpilot calls\` to list them).`);
    let input: unknown;
    try {
      input = JSON.parse(json);
    } catch (error) {
      throw new UsageError(`The input for ${name} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
    const result = await ctx.core().call(name, input, CLI_ACTOR);
    ctx.print(JSON.stringify(result, null, 2));
  },
};

export const callsCommand: CliCommand = {
  words: ['calls'],
  args: '',
  summary: 'List every contract call with what it does',
  async run(ctx) {
    takePositionals(ctx, []);
    const names = Object.keys(contract) as (keyof typeof contract)[];
    const width = Math.max(...names.map((n) => n.length));
    ctx.print(names.map((n) => `${n.padEnd(width)}  ${contract[n].summary}`).join('\n'));
  },
};
