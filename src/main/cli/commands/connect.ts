/**
 * `stockpilot connect` and `stockpilot disconnect`. A secret given on the command line is
 * visible to other users' process lists and kept in shell history, so `-` reads it from
 * standard input instead. Nothing printed here ever contains a secret.
 */
import type { ConnectInput, ConnectionStatus } from '../../../shared/connection';
import { takePositionals, UsageError, type CliCommand, type CommandContext } from '../command';
import { printJsonOr } from '../json-output';
import { CLI_ACTOR } from '../variant-by-sku';

const SECRET_FROM_STDIN = '-';

export const connectCommand: CliCommand = {
  words: ['connect'],
  args: '',
  summary: 'Connect a Shopify store (or the demo store); the credential goes into the keychain',
  options: {
    shop: { type: 'string', valueName: 'domain', description: 'the shop: my-shop, my-shop.myshopify.com or its admin URL' },
    token: { type: 'string', valueName: 'token', description: 'an Admin API access token (shpat_…); "-" reads it from standard input' },
    'client-id': { type: 'string', valueName: 'id', description: 'a Dev Dashboard app\u2019s client ID' },
    'client-secret': { type: 'string', valueName: 'secret', description: 'that app\u2019s client secret; "-" reads it from standard input' },
    demo: { type: 'boolean', description: 'connect the built-in demo store instead' },
    location: { type: 'string', valueName: 'id', description: 'the location (gid://shopify/Location/…) that receives stock (default: the primary one)' },
    json: { type: 'boolean', description: 'print the connection as JSON' },
  },
  details: [
    'Examples:',
    '  stockpilot connect --demo',
    '  printf %s "$TOKEN" | stockpilot connect --shop my-shop --token -',
    '  stockpilot connect --shop my-shop --client-id 1a2b… --client-secret -',
    'A secret typed on the command line stays in your shell history: prefer "-" and standard input.',
  ].join('\n'),
  async run(ctx) {
    takePositionals(ctx, []);
    const input = await connectInput(ctx);
    const status = await ctx.core().call('connect', input, CLI_ACTOR);
    printJsonOr(ctx, status, (s) => ctx.print(describeConnection(s)));
  },
};

export const disconnectCommand: CliCommand = {
  words: ['disconnect'],
  args: '',
  summary: 'Disconnect the Shopify store and remove its credential from the keychain',
  async run(ctx) {
    takePositionals(ctx, []);
    const before = await ctx.core().call('getConnection', {}, CLI_ACTOR);
    await ctx.core().call('disconnect', {}, CLI_ACTOR);
    ctx.print(before.shop ? `Disconnected from ${before.shop.name} (${before.shop.domain}); its credential was removed from the keychain.` : 'No Shopify store was connected.');
  },
};

async function connectInput(ctx: CommandContext): Promise<ConnectInput> {
  const { options } = ctx;
  const text = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  const location = text('location');
  const locationPart = location ? { locationId: location } : {};
  const kinds = [options.demo ? '--demo' : null, text('token') !== undefined ? '--token' : null, text('client-id') !== undefined ? '--client-id' : null].filter(Boolean);
  if (kinds.length !== 1) throw new UsageError('Give exactly one of --demo, --token or --client-id with --client-secret.');

  if (options.demo) {
    if (text('shop')) throw new UsageError('--demo connects the built-in demo store; leave out --shop.');
    return { kind: 'demo', ...locationPart };
  }
  const shop = text('shop');
  if (!shop) throw new UsageError('--shop is required (e.g. --shop my-shop).');
  const token = text('token');
  if (token !== undefined) return { kind: 'token', shop, accessToken: await secretValue(token, '--token'), ...locationPart };

  const clientSecret = text('client-secret');
  if (clientSecret === undefined) throw new UsageError('--client-id needs --client-secret (use "-" to read it from standard input).');
  return { kind: 'client_credentials', shop, clientId: text('client-id') ?? '', clientSecret: await secretValue(clientSecret, '--client-secret'), ...locationPart };
}

async function secretValue(given: string, option: string): Promise<string> {
  if (given !== SECRET_FROM_STDIN) return given;
  if (process.stdin.isTTY) throw new UsageError(`${option} - reads the secret from standard input; pipe it in (printf %s "$SECRET" | stockpilot …).`);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  const secret = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0]?.trim() ?? '';
  if (!secret) throw new UsageError(`${option} -: standard input was empty.`);
  return secret;
}

const KIND_NAMES: Record<NonNullable<ConnectionStatus['credentialKind']>, string> = {
  token: 'an Admin API access token',
  client_credentials: 'a Dev Dashboard app (client credentials)',
  demo: 'the demo store',
};

export function describeConnection(status: ConnectionStatus): string {
  if (!status.shop || !status.credentialKind) return 'No Shopify store is connected.';
  const lines = [`Connected to ${status.shop.name} (${status.shop.domain}) with ${KIND_NAMES[status.credentialKind]}; the credential is in the keychain.`];
  lines.push(status.location ? `Stock goes to the location "${status.location.name}".` : 'No location is chosen for stock yet.');
  for (const missing of status.missingScopes) lines.push(`Missing permission ${missing.scope}: ${missing.stopsWorking} will not work.`);
  if (status.endpointOverride) lines.push(`Note: STOCKPILOT_SHOPIFY_ENDPOINT sends this shop's traffic to ${status.endpointOverride.origin} (development only).`);
  if (status.problem) lines.push(`Needs attention: ${status.problem}`);
  return lines.join('\n');
}
