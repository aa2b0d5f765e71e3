/**
 * `stockpilot-sim --port <p> --seed <demo|empty|file.json> --plan <standard|advanced|plus>
 *   --latency-ms <n> [--token <t>] [--scopes a,b] [--client-id <id> --client-secret <s>]
 *   [--token-ttl <seconds>] [--state-file <f>] [--control-secret <s>]`
 * starts the local store and prints one JSON line `{"url","token","controlSecret"}` when ready.
 * `stockpilot-sim cost --schema <file> --query <file> [--variables <file>]` prints a query's cost.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startShopifySim, type ShopifySimOptions } from './index';
import { runCostCommand } from './cost/cost-command';
import { plans, type PlanName } from './throttle/leaky-bucket';
import { parseScopes } from './http/access-tokens';

function fail(message: string): never {
  process.stderr.write(`stockpilot-sim: ${message}\n`);
  process.exit(2);
}

function whole(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) fail(`${name} must be a whole number, got "${value}"`);
  return n;
}

async function serve(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      plan: { type: 'string' },
      'latency-ms': { type: 'string' },
      token: { type: 'string' },
      scopes: { type: 'string' },
      'client-id': { type: 'string' },
      'client-secret': { type: 'string' },
      'token-ttl': { type: 'string' },
      'state-file': { type: 'string' },
      'control-secret': { type: 'string' },
    },
    strict: true,
  });
  const plan = (values.plan ?? 'standard') as PlanName;
  if (!(plan in plans)) fail(`--plan must be one of ${Object.keys(plans).join(', ')}, got "${values.plan}"`);
  if (Boolean(values['client-id']) !== Boolean(values['client-secret'])) fail('--client-id and --client-secret go together');
  let seed: ShopifySimOptions['seed'] = 'demo';
  if (values.seed && values.seed !== 'demo' && values.seed !== 'empty') {
    try {
      seed = JSON.parse(readFileSync(values.seed, 'utf8'));
    } catch (e) {
      fail(`--seed ${values.seed} could not be read as a JSON catalog: ${(e as Error).message}`);
    }
  } else if (values.seed) {
    seed = values.seed as 'demo' | 'empty';
  }
  const sim = await startShopifySim({
    port: whole(values.port, '--port') ?? 0,
    host: values.host,
    seed,
    plan,
    latencyMs: whole(values['latency-ms'], '--latency-ms'),
    token: values.token,
    scopes: values.scopes ? parseScopes(values.scopes) : undefined,
    clientId: values['client-id'],
    clientSecret: values['client-secret'],
    tokenTtlSeconds: whole(values['token-ttl'], '--token-ttl'),
    stateFile: values['state-file'],
    controlSecret: values['control-secret'],
  });
  process.stdout.write(`${JSON.stringify({ url: sim.url, token: sim.token, controlSecret: sim.controlSecret })}\n`);
  const stop = () => void sim.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const argv = process.argv.slice(2);
if (argv[0] === 'cost') {
  process.exitCode = await runCostCommand(argv.slice(1));
} else {
  await serve(argv).catch((e: unknown) => fail((e as Error).message));
}
