/**
 * Finds the built interface's file for a URL path, for both shells that serve it (the
 * desktop window's app:// protocol and browser mode). Never leaves the renderer folder.
 */
import { existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentTypeFor = (file: string) => contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';

export interface RendererFile {
  file: string;
  contentType: string;
  /** index.html changes with every build; hashed assets never do. */
  cacheControl: string;
}

export const rendererIsBuilt = (rendererDir: string) => existsSync(join(rendererDir, 'index.html'));

/**
 * The file to serve for `urlPath`, or null for "not found". Paths without an extension
 * that name no file get index.html, so the page's own routes survive a reload.
 */
export function resolveRendererFile(rendererDir: string, urlPath: string): RendererFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = resolve(rendererDir);
  const candidate = resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;

  if (candidate !== root && isFile(candidate)) return describe(candidate, root);
  if (extname(decoded) !== '' && decoded !== '/index.html') return null;
  const index = join(root, 'index.html');
  return isFile(index) ? describe(index, root) : null;
}

function describe(file: string, root: string): RendererFile {
  // Vite puts content-hashed bundles under assets/; anything else may change between builds.
  const hashed = file.startsWith(join(root, 'assets') + sep);
  return { file, contentType: contentTypeFor(file), cacheControl: hashed ? 'public, max-age=31536000, immutable' : 'no-cache' };
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
