/**
 * The window loads the built interface from app://stockpilot/ rather than file://, so
 * 'self' in the CSP means exactly our files, every response carries our security headers,
 * and a page can never read other files on disk.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { pageSecurityHeaders } from '../content-security-policy';
import { resolveRendererFile } from '../renderer-files';
import { isImagePath, resolveServedImage } from '../served-images';

const SCHEME = 'app';
const HOST = 'stockpilot';
export const APP_URL = `${SCHEME}://${HOST}/`;

/** True for our own pages only (URL.origin is "null" for custom schemes, so compare parts). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${SCHEME}:` && parsed.host === HOST;
  } catch {
    return false;
  }
}

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** The interface's files, and the catalog's stored images under app://stockpilot/images/. */
export function serveRendererOverAppScheme(rendererDir: string, imagesDir: string, csp: string): void {
  const notFound = () => new Response('Not found.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  protocol.handle(SCHEME, async (request) => {
    if (!isAppUrl(request.url)) return notFound();
    const path = new URL(request.url).pathname;
    if (isImagePath(path)) {
      const image = resolveServedImage(imagesDir, path);
      return image ? new Response(await readFile(image.file), { headers: { ...image.headers, 'Content-Security-Policy': csp } }) : notFound();
    }
    const found = resolveRendererFile(rendererDir, path);
    if (!found) return notFound();
    return new Response(await readFile(found.file), {
      headers: { 'Content-Type': found.contentType, 'Content-Security-Policy': csp, ...pageSecurityHeaders },
    });
  });
}
