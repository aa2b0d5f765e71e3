/**
 * Sends files to the browser: the built interface (with the same CSP as the desktop
 * window) and the catalog's stored images.
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { rendererIsBuilt, resolveRendererFile } from '../renderer-files';
import { resolveServedImage } from '../served-images';

const NOT_BUILT_PAGE = `<!doctype html><meta charset="utf-8"><title>Stockpilot</title>
<h1>The Stockpilot interface is not built yet</h1>
<p>Run <code>npm run build</code> in the Stockpilot folder, then reload this page.</p>`;

export function serveRendererFile(req: IncomingMessage, res: ServerResponse, rendererDir: string, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (refuseUnlessRead(req, res)) return;
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if (!rendererIsBuilt(rendererDir)) {
    res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(NOT_BUILT_PAGE);
    return;
  }
  const found = resolveRendererFile(rendererDir, path);
  if (!found) return notFound(res);
  sendFile(req, res, found.file, { 'Content-Type': found.contentType, 'Cache-Control': found.cacheControl });
}

/** GET /images/<sha256>.<ext>: a product image from the data folder, nothing else. */
export function serveStoredImage(req: IncomingMessage, res: ServerResponse, imagesDir: string, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (refuseUnlessRead(req, res)) return;
  const found = resolveServedImage(imagesDir, new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  if (!found) return notFound(res);
  sendFile(req, res, found.file, found.headers);
}

function refuseUnlessRead(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed.\n');
  return true;
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found.\n');
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, headers: Record<string, string>): void {
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
