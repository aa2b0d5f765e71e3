#!/usr/bin/env node
// The `stockpilot` command. Plain JS so it runs straight from npm's bin link; tsx then
// loads the TypeScript sources, so the CLI needs no build step.
import { register } from 'tsx/esm/api';
// Shopify operations are .graphql files imported with `?raw`, as Vite builds them.
import '../src/main/raw-import-register.mjs';

register();
const { runCli } = await import('../src/main/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
