// Node module-customization hooks: any `…?raw` specifier loads as `export default <file text>`,
// as Vite does, so the CLI (TypeScript run by tsx, no bundler) can load the .graphql files.
// Registered by raw-import-register.mjs (`node --import ./src/main/raw-import-register.mjs`).
import { readFile } from 'node:fs/promises';

const RAW = /\?raw$/;

export async function resolve(specifier, context, nextResolve) {
  if (!RAW.test(specifier)) return nextResolve(specifier, context);
  const url = new URL(specifier, context.parentURL);
  return { url: url.href, format: 'module', shortCircuit: true };
}

export async function load(url, context, nextLoad) {
  if (!RAW.test(url)) return nextLoad(url, context);
  const file = new URL(url);
  file.search = '';
  const text = await readFile(file, 'utf8');
  return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
}
