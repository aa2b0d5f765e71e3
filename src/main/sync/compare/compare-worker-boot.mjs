// Starts the compare's worker thread from the TypeScript sources (tests, tsx, the CLI and
// browser mode): the thread learns TypeScript and `?raw` imports first, as bin/stockpilot.js
// teaches the main thread. The built app starts out/main/compare-worker.js instead.
import { register } from 'tsx/esm/api';
import '../../raw-import-register.mjs';

register();
await import('./compare-worker.ts');
