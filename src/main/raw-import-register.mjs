// `node --import ./src/main/raw-import-register.mjs …`, or import it first in a launcher:
// lets `import text from './x.graphql?raw'` work outside Vite (see raw-import-hook.mjs).
import { register } from 'node:module';

register('./raw-import-hook.mjs', import.meta.url);
