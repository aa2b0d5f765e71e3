#!/usr/bin/env node
// The `stockpilot-sim` command (the local Shopify store). Plain JS so it runs straight
// from npm's bin link; tsx then loads the TypeScript sources, so it needs no build step.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/shopify-sim/cli.ts', import.meta.url).href);
