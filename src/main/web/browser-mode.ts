/**
 * Browser mode: the app's page and the contract served on 127.0.0.1 only, to a browser
 * that opened the printed address with this launch's secret. The same core as the desktop
 * app; the WebSocket at /ws stands in for the preload bridge.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';
import { contentSecurityPolicy, pageSecurityHeaders } from '../content-security-policy';
import { createCore, type Core } from '../core';
import { localDemoStore } from '../demo-store';
import { consoleLogger, type Logger } from '../core/logger';
import { rendererIsBuilt } from '../renderer-files';
import { isImagePath } from '../served-images';
import { createAccessGuard, type AccessGuard } from './access-guard';
import { bridgeSocketsToCore } from './socket-bridge';
import { serveRendererFile, serveStoredImage } from './static-files';

export const DEFAULT_BROWSER_PORT = 5199;
export const SOCKET_PATH = '/ws';
/** Large enough for a product with thousands of variants; small enough to refuse a flood. */
const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

export interface BrowserModeOptions {
  dataDir: string;
  /** 0 picks a free port. Default 5199, or a free port when 5199 is taken. */
  port?: number;
  demoCatalog?: boolean;
  /** The built interface (default out/renderer). */
  rendererDir?: string;
  log?: Logger;
}

export interface BrowserMode {
  /** The address to open, carrying the secret: http://127.0.0.1:PORT/?secret=… */
  url: string;
  port: number;
  secret: string;
  close(): Promise<void>;
}

export const defaultRendererDir = () => fileURLToPath(new URL('../../../out/renderer', import.meta.url));

export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const log = options.log ?? consoleLogger;
  const rendererDir = options.rendererDir ?? defaultRendererDir();
  if (!rendererIsBuilt(rendererDir)) {
    log.warn(`The Stockpilot interface is not built yet (no index.html in ${rendererDir}). Run \`npm run build\`, then reload the page.`);
  }

  // Take the port before opening the catalog: a busy port should not touch any data.
  const server = createServer();
  const port = await listenOnLoopback(server, options.port);
  const demoStore = localDemoStore(options.dataDir);
  let core: Core;
  try {
    core = createCore({ dataDir: options.dataDir, demoCatalog: options.demoCatalog, log, demoStore: demoStore.start });
  } catch (error) {
    server.close();
    throw error;
  }
  const secret = randomBytes(32).toString('base64url');
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const stopEvents = bridgeSocketsToCore(wss, core, log);
  const guard = createAccessGuard(secret, port);
  const pageHeaders: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy({ connectSources: [`ws://127.0.0.1:${port}`, `ws://localhost:${port}`] }),
    ...pageSecurityHeaders,
  };

  const files = { rendererDir, imagesDir: core.paths.imagesDir };
  server.on('request', (req, res) => handleRequest(req, res, guard, files, pageHeaders));
  server.on('upgrade', (req, socket, head) => {
    const verdict = guard.inspect(req, { upgrade: true });
    if (verdict.kind === 'refuse') return refuseUpgrade(socket, verdict.status, verdict.reason);
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== SOCKET_PATH) return refuseUpgrade(socket, 404, 'Not found.');
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  return {
    url: `http://127.0.0.1:${port}/?secret=${secret}`,
    port,
    secret,
    async close() {
      stopEvents();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // Lets a stock push batch in flight finish (bounded); the rest stays pending.
      await core.shutdown(5_000);
      await demoStore.close();
    },
  };
}

function handleRequest(
  req: IncomingMessage,
  res: ServerResponse,
  guard: AccessGuard,
  files: { rendererDir: string; imagesDir: string },
  pageHeaders: Record<string, string>,
): void {
  const verdict = guard.inspect(req, { upgrade: false });
  if (verdict.kind === 'refuse') {
    res.writeHead(verdict.status, { 'Content-Type': 'text/plain; charset=utf-8', ...pageSecurityHeaders }).end(`${verdict.reason}\n`);
    return;
  }
  if (verdict.kind === 'login') {
    res.writeHead(303, { 'Set-Cookie': verdict.setCookie, Location: '/', 'Cache-Control': 'no-store', ...pageSecurityHeaders }).end();
    return;
  }
  if (isImagePath(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)) serveStoredImage(req, res, files.imagesDir, pageHeaders);
  else serveRendererFile(req, res, files.rendererDir, pageHeaders);
}

function refuseUpgrade(socket: Duplex, status: 401 | 403 | 404, reason: string): void {
  const statusText = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' }[status];
  const body = `${reason}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Binds 127.0.0.1 only. The default port falls back to a free one; a port asked for by name does not. */
async function listenOnLoopback(server: Server, requested: number | undefined): Promise<number> {
  try {
    return await listen(server, requested ?? DEFAULT_BROWSER_PORT);
  } catch (error) {
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    if (inUse && requested === undefined) return listen(server, 0);
    if (inUse) throw new Error(`Port ${requested} is already in use. Choose another with --port, or --port 0 for any free port.`);
    throw error;
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
