// `import text from './file.graphql?raw'`: the file's text. Vite (vitest, electron-vite)
// does this natively; the CLI under tsx gets it from raw-import-hook.mjs.
declare module '*?raw' {
  const text: string;
  export default text;
}
