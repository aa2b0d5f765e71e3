/**
 * Browser mode shows product images from the data folder at /images/<name>: only to the
 * browser that opened the printed address, and only files the catalog itself stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../src/main/core';
import { silentLogger } from '../../../src/main/core/logger';
import { startBrowserMode, type BrowserMode } from '../../../src/main/web/browser-mode';
import { base64, pngImage } from '../../support/test-images';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let app: BrowserMode;
let folder: string;
let cookie: string;
let imagePath: string;
const picture = pngImage([120, 90, 200]);

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: app.port, path, method, headers: { Host: `127.0.0.1:${app.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'stockpilot-browser-images-'));
  const dataDir = join(folder, 'data');
  const rendererDir = join(folder, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Stockpilot</title>');
  app = await startBrowserMode({ dataDir, port: 0, demoCatalog: false, rendererDir, log: silentLogger });
  // The image is added the way the command line would, beside the running app.
  const core = createCore({ dataDir, demoCatalog: false, log: silentLogger });
  const tee = await core.call('createProduct', { name: 'Moth tee' });
  const withImage = await core.call('addProductImage', { productId: tee.id, fileName: 'moth.png', dataBase64: base64(picture) });
  imagePath = `/images/${withImage.images[0]!.fileName}`;
  core.close();
  const login = await get(`/?secret=${app.secret}`);
  cookie = String(login.headers['set-cookie']?.[0]).split(';')[0] ?? '';
});

afterAll(async () => {
  await app?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('product images in browser mode', () => {
  it('are served to the signed-in page with their type, no sniffing and a long cache', async () => {
    const answer = await get(imagePath, { Cookie: cookie });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(picture);
    expect(answer.headers['content-type']).toBe('image/png');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['cache-control']).toMatch(/max-age=31536000/);
    expect(answer.headers['cache-control']).toMatch(/private/);
  });

  it('answer HEAD without a body', async () => {
    const answer = await get(imagePath, { Cookie: cookie }, 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBe(0);
  });

  it('need the secret', async () => {
    const answer = await get(imagePath);
    expect(answer.status).toBe(401);
    expect(answer.body.toString()).toMatch(/no secret/i);
    expect((await get(imagePath, { Cookie: 'stockpilot_1=guess' })).status).toBe(401);
  });

  it('are refused at another Host', async () => {
    expect((await get(imagePath, { Cookie: cookie, Host: `evil.example:${app.port}` })).status).toBe(403);
  });

  it('are only files the catalog stored: any other name is not found', async () => {
    const hash = imagePath.slice('/images/'.length, -'.png'.length);
    for (const path of [
      '/images/stockpilot.db',
      '/images/..%2fstockpilot.db',
      '/images/%2e%2e/stockpilot.db',
      '/images/abc.png',
      `/images/${hash.toUpperCase()}.png`,
      `/images/${hash}.svg`,
      `/images/${hash}.png.txt`,
      `/images/${hash}.png/`,
      `/images/${'0'.repeat(64)}.png`,
      '/images/',
    ]) {
      const answer = await get(path, { Cookie: cookie });
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString(), path).toBe('Not found.\n');
    }
  });

  it('cannot be written to', async () => {
    const answer = await get(imagePath, { Cookie: cookie, Origin: `http://127.0.0.1:${app.port}` }, 'PUT');
    expect(answer.status).toBe(405);
  });
});
