/**
 * Who may talk to browser mode: only a page on this machine that was opened with the
 * per-launch secret. The Host check stops DNS rebinding (a web page whose domain suddenly
 * points at 127.0.0.1); the Origin check stops other sites' pages from opening our socket
 * or posting to us; the secret (then an HttpOnly cookie) stops other local users and apps.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type Verdict =
  | { kind: 'allow' }
  /** `/?secret=S` was right: set the cookie and send the browser to `/`, so the secret leaves the address bar. */
  | { kind: 'login'; setCookie: string }
  | { kind: 'refuse'; status: 401 | 403; reason: string };

export interface AccessGuard {
  inspect(req: IncomingMessage, options: { upgrade: boolean }): Verdict;
}

const refuse = (status: 401 | 403, reason: string): Verdict => ({ kind: 'refuse', status, reason });

export function createAccessGuard(secret: string, port: number): AccessGuard {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  // Cookies ignore ports, so two instances on one machine each need their own cookie name.
  const cookieName = `stockpilot_${port}`;
  const matchesSecret = (candidate: string | undefined) => candidate !== undefined && sameSecret(candidate, secret);

  return {
    inspect(req, { upgrade }) {
      const host = req.headers.host ?? '';
      if (!allowedHosts.has(host)) return refuse(403, 'Refused: this server only answers at 127.0.0.1 or localhost (wrong Host).');

      const method = req.method ?? 'GET';
      if (upgrade || (method !== 'GET' && method !== 'HEAD')) {
        if (req.headers.origin !== `http://${host}`) return refuse(403, 'Refused: the request did not come from the Stockpilot page (wrong Origin).');
      }

      const url = new URL(req.url ?? '/', `http://${host}`);
      const offered = url.searchParams.get('secret');
      if (!upgrade && url.pathname === '/' && offered !== null) {
        if (!matchesSecret(offered)) return refuse(401, 'Refused: wrong secret. Open the address Stockpilot printed when it started.');
        return { kind: 'login', setCookie: `${cookieName}=${secret}; HttpOnly; SameSite=Strict; Path=/` };
      }

      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (matchesSecret(bearer) || matchesSecret(readCookie(req.headers.cookie, cookieName))) return { kind: 'allow' };
      return refuse(401, 'Refused: no secret. Open the address Stockpilot printed when it started (it ends in ?secret=…).');
    },
  };
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Compares digests in constant time, so response timing says nothing about the secret. */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
