import { buildSchema, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
const globSync = (_: string) => execSync('find /work/shared/shopify/captures -path "*2026-04*" -name "*.json"').toString().trim().split('\n');
const mine = buildSchema(readFileSync('src/shopify-sim/schema.graphql', 'utf8'));
let ok = 0, bad = 0; const reasons = new Map<string, number>();
const seen = new Set<string>();
function walk(o: any, f: string) {
  if (o && typeof o === 'object') {
    if (typeof o.query === 'string' && (o.response || o.result) && !seen.has(o.query)) {
      seen.add(o.query);
      try {
        const errs = validate(mine, parse(o.query));
        if (errs.length) { bad++; for (const e of errs.slice(0,1)) reasons.set(e.message.replace(/".*?"/g, (m) => m), (reasons.get(e.message) ?? 0) + 1); }
        else { ok++; console.log('OK', f.split('/').slice(-1)[0], o.query.replace(/\s+/g, ' ').slice(0, 90)); }
      } catch { bad++; }
    }
    for (const v of Object.values(o)) walk(v, f);
  }
}
for (const f of globSync('/work/shared/shopify/captures/*/2026-04/**/*.json')) walk(JSON.parse(readFileSync(f, 'utf8')), f);
console.log({ ok, bad });
console.log([...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([m, n]) => `${n} ${m}`).join('\n'));
