/** Sends the built interface to the browser, with the same CSP as the desktop window. */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { rendererIsBuilt, resolveRendererFile } from '../renderer-files';

const NOT_BUILT_PAGE = `<!doctype html><meta charset="utf-8"><title>Stockpilot</title>
<h1>The Stockpilot interface is not built yet</h1>
<p>Run <code>npm run build</code> in the Stockpilot folder, then reload this page.</p>`;

export function serveRendererFile(req: IncomingMessage, res: ServerResponse, rendererDir: string, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed.\n');
    return;
  }
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if (!rendererIsBuilt(rendererDir)) {
    res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(NOT_BUILT_PAGE);
    return;
  }
  const found = resolveRendererFile(rendererDir, path);
  if (!found) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found.\n');
    return;
  }
  res.writeHead(200, { 'Content-Type': found.contentType, 'Cache-Control': found.cacheControl });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
}
