/**
 * `npm run start:browser` (and `npm start` without Electron): starts browser mode with the
 * demo catalog on a first run, prints the address to open, and shuts down cleanly on Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../data-dir';
import { startBrowserMode } from './browser-mode';

const USAGE = `Usage: npm run start:browser -- [--data-dir DIR] [--port PORT]

  --data-dir DIR   where the catalog lives (default: STOCKPILOT_DATA_DIR, else the app data folder)
  --port PORT      the local port (default 5199, or a free one; 0 = any free port)`;

export async function runBrowserMode(argv: readonly string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`Stockpilot: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    console.error(`Stockpilot: --port must be a whole number from 0 to 65535, not "${values.port}".`);
    process.exitCode = 2;
    return;
  }

  const dataDir = resolveDataDir({ flag: values['data-dir'] });
  let app;
  try {
    app = await startBrowserMode({ dataDir, port, demoCatalog: true });
  } catch (error) {
    console.error(`Stockpilot: could not start browser mode: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return;
  }
  console.log(`Stockpilot is running in browser mode (data: ${dataDir}).`);
  console.log(`Open ${app.url} in your browser`);
  console.log('Press Ctrl-C to stop.');

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStockpilot: stopping…');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Stockpilot: could not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
