// `npm run bench`: every benchmark, one after another (each in its own process, so one's
// memory does not colour another's peak RSS), their JSON lines passed through as printed.
import { spawnSync } from 'node:child_process';

const benches = ['bench:catalog', 'bench:sim', 'bench:push', 'bench:latency', 'bench:sync'];
const scripts = JSON.parse((await import('node:fs')).readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts;

let failed = 0;
for (const name of benches) {
  if (!scripts[name]) continue;
  const run = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    console.error(`${name} exited with ${run.status ?? run.signal}`);
  }
}
process.exitCode = failed ? 1 : 0;
