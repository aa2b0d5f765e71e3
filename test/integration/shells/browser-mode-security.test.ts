/**
 * Browser mode serves the owner's catalog on 127.0.0.1. Only the browser that opened the
 * printed address (with this launch's secret) may use it; other sites, other hosts and
 * other local programs are refused.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { silentLogger } from '../../../src/main/core/logger';
import { startBrowserMode, type BrowserMode } from '../../../src/main/web/browser-mode';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let app: BrowserMode;
let folder: string;
let origin: string;
let cookie: string;

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: app.port, path, method, headers: { Host: `127.0.0.1:${app.port}`, ...headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens a socket; resolves with it, or with the HTTP status that refused the upgrade. */
function openSocket(headers: Record<string, string>): Promise<WebSocket | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${app.port}/ws`, { headers });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.once('error', reject);
  });
}

function nextMessage(socket: WebSocket, matches: (message: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as Record<string, unknown>;
      if (!matches(message)) return;
      socket.off('message', onMessage);
      resolve(message);
    };
    socket.on('message', onMessage);
  });
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'stockpilot-browser-mode-'));
  const rendererDir = join(folder, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Stockpilot</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("stockpilot");');
  writeFileSync(join(folder, 'private.txt'), 'not for the browser');
  app = await startBrowserMode({ dataDir: join(folder, 'data'), port: 0, demoCatalog: false, rendererDir, log: silentLogger });
  origin = `http://127.0.0.1:${app.port}`;
  const login = await get(`/?secret=${app.secret}`);
  cookie = String(login.headers['set-cookie']?.[0]).split(';')[0] ?? '';
});

afterAll(async () => {
  await app?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('opening browser mode', () => {
  it('prints an address on 127.0.0.1 that carries the secret', () => {
    expect(app.url).toBe(`http://127.0.0.1:${app.port}/?secret=${app.secret}`);
    expect(app.secret.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses a visitor without the secret', async () => {
    const answer = await get('/');
    expect(answer.status).toBe(401);
    expect(answer.body).toMatch(/no secret/i);
  });

  it('refuses a wrong secret', async () => {
    const answer = await get('/?secret=guess');
    expect(answer.status).toBe(401);
    expect(answer.body).toMatch(/wrong secret/i);
  });

  it('trades the right secret for a private cookie and takes the secret out of the address bar', async () => {
    const answer = await get(`/?secret=${app.secret}`);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/');
    const setCookie = String(answer.headers['set-cookie']?.[0]);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
  });

  it('serves the app page with a strict CSP, and the page never contains the secret', async () => {
    const answer = await get('/', { Cookie: cookie });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(answer.headers['content-security-policy']).toContain(`ws://127.0.0.1:${app.port}`);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.body).toContain('<title>Stockpilot</title>');
    expect(answer.body).not.toContain(app.secret);
  });

  it('lets a script in with the secret as a bearer token', async () => {
    expect((await get('/', { Authorization: `Bearer ${app.secret}` })).status).toBe(200);
    expect((await get('/', { Authorization: 'Bearer guess' })).status).toBe(401);
  });
});

describe('what the browser may fetch', () => {
  it('serves scripts with their content type and sends unknown pages to the app', async () => {
    const script = await get('/assets/app.js', { Cookie: cookie });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    const route = await get('/products/12', { Cookie: cookie });
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>Stockpilot</title>');
  });

  it('never serves a file outside the app folder', async () => {
    for (const path of ['/../private.txt', '/%2e%2e/private.txt', '/assets/..%2f..%2fprivate.txt', '/missing.js']) {
      const answer = await get(path, { Cookie: cookie });
      expect(answer.body).not.toContain('not for the browser');
      expect(answer.status).toBe(404);
    }
  });
});

describe('requests that could come from another website', () => {
  it('refuses a wrong Host, even with the cookie (DNS rebinding)', async () => {
    const answer = await get('/', { Cookie: cookie, Host: `evil.example:${app.port}` });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatch(/wrong Host/);
  });

  it('refuses a form posted from another origin', async () => {
    const answer = await get('/', { Cookie: cookie, Origin: 'http://evil.example' }, 'POST');
    expect(answer.status).toBe(403);
  });

  it('refuses the live connection from another origin, or without the cookie', async () => {
    expect(await openSocket({ Cookie: cookie, Origin: 'http://evil.example' })).toBe(403);
    expect(await openSocket({ Cookie: cookie })).toBe(403);
    expect(await openSocket({ Origin: origin })).toBe(401);
  });
});

describe('the live connection', () => {
  it('answers a call and tells every open page that the catalog changed', async () => {
    const socket = await openSocket({ Cookie: cookie, Origin: origin });
    if (typeof socket === 'number') throw new Error(`socket refused with ${socket}`);
    const changed = nextMessage(socket, (m) => m.type === 'event' && m.name === 'catalogChanged');
    const reply = nextMessage(socket, (m) => m.type === 'reply' && m.id === 7);
    socket.send(JSON.stringify({ type: 'call', id: 7, name: 'createProduct', input: { name: 'Enamel pin', variants: [{ sku: 'PIN-1', onHand: 4 }] } }));
    const answer = await reply;
    expect(answer.ok).toBe(true);
    expect((answer.value as { name: string }).name).toBe('Enamel pin');
    expect(await changed).toMatchObject({ type: 'event', name: 'catalogChanged' });
    socket.close();
  });

  it('replies to broken or invalid messages with a readable error and stays open', async () => {
    const socket = await openSocket({ Cookie: cookie, Origin: origin });
    if (typeof socket === 'number') throw new Error(`socket refused with ${socket}`);
    const notJson = nextMessage(socket, (m) => m.type === 'reply' && m.id === -1);
    socket.send('{not json');
    expect(await notJson).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const unknown = nextMessage(socket, (m) => m.type === 'reply' && m.id === 2);
    socket.send(JSON.stringify({ type: 'call', id: 2, name: 'dropDatabase', input: {} }));
    expect(await unknown).toMatchObject({ ok: false, error: { code: 'unknown_call' } });

    const invalid = nextMessage(socket, (m) => m.type === 'reply' && m.id === 3);
    socket.send(JSON.stringify({ type: 'call', id: 3, name: 'createProduct', input: { name: '' } }));
    const refused = await invalid;
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((refused.error as { issues: { path: string }[] }).issues[0]?.path).toBe('name');

    const list = nextMessage(socket, (m) => m.type === 'reply' && m.id === 4);
    socket.send(JSON.stringify({ type: 'call', id: 4, name: 'listProducts', input: {} }));
    expect(await list).toMatchObject({ ok: true, value: { total: 1 } });
    socket.close();
  });
});
