/**
 * The local store's HTTP server (node:http): the Admin GraphQL endpoint, the
 * client-credentials grant, bulk operation result files and the `/__sim/` control API.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ShopifySimulator } from './shopify-simulator';
import type { SimControl } from './sim-control';
import { controlRoutes, handleControl } from './http/control-routes';
import { BodyError, parseBody, readBody, sendJson } from './http/http-io';
import { throttledBody } from './graphql/graphql-endpoint';
import type { FaultSpec } from './http/faults';
import { answerHostedFile, answerStagedUpload } from './http/staged-upload-routes';
import { CDN_FILES_PATH } from './store/media-sources';
import { STAGED_UPLOADS_PATH } from './store/staged-uploads';

export const SERVED_VERSION = '2026-04';
const INVALID_TOKEN = { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' };
const ADMIN_PATH = /^\/admin\/api\/(\d{4}-\d{2}|unstable)\/graphql\.json$/;

export interface ServerOptions {
  controlSecret: string;
  latencyMs: number;
  clientId?: string;
  clientSecret?: string;
  tokenTtlSeconds: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createSimServer(sim: ShopifySimulator, control: SimControl, options: ServerOptions): { server: Server; sockets: Set<Socket> } {
  const routes = controlRoutes(control);
  const sockets = new Set<Socket>();

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Files, not JSON: staged uploads read their own bodies.
    if (url.pathname.startsWith(STAGED_UPLOADS_PATH)) return answerStagedUpload(req, res, new URL(req.url ?? '/', sim.uploads.baseUrl), sim.uploads);
    if (url.pathname.startsWith(CDN_FILES_PATH)) return answerHostedFile(req, res, url, sim.store);
    let body: unknown;
    try {
      body = parseBody(await readBody(req), req.headers['content-type']);
    } catch (e) {
      if (!(e instanceof BodyError)) throw e;
      if (url.pathname.startsWith('/admin/api/')) sendJson(res, 400, { errors: { query: 'Required parameter missing or invalid' } });
      else sendJson(res, 400, { error: e.message });
      return;
    }
    if (url.pathname.startsWith('/__sim/')) return handleControl(routes, options.controlSecret, req, res, url, body);
    const bulkFile = /^\/bulk-results\/([a-f0-9]+)\.jsonl$/.exec(url.pathname);
    if (req.method === 'GET' && bulkFile) {
      const jsonl = sim.bulk.files.get(bulkFile[1] ?? '');
      if (jsonl === undefined) return sendJson(res, 404, { errors: 'Not Found' });
      res.writeHead(200, { 'Content-Type': 'application/jsonl', 'Content-Length': Buffer.byteLength(jsonl) });
      res.end(jsonl);
      return;
    }
    if (req.method === 'POST' && url.pathname === '/admin/oauth/access_token') return grantToken(body, res);
    if (req.method === 'POST' && ADMIN_PATH.test(url.pathname)) return admin(req, res, body);
    sendJson(res, 404, { errors: 'Not Found' });
  }

  function grantToken(body: unknown, res: ServerResponse): void {
    const b = (body ?? {}) as Record<string, unknown>;
    if (b.grant_type !== 'client_credentials') {
      return sendJson(res, 400, { error: 'unsupported_grant_type', error_description: 'Only grant_type=client_credentials is supported.' });
    }
    if (!options.clientId || b.client_id !== options.clientId || b.client_secret !== options.clientSecret) {
      return sendJson(res, 400, { error: 'invalid_client', error_description: 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.' });
    }
    const token = sim.tokens.issue(sim.defaultScopes, options.tokenTtlSeconds);
    sendJson(res, 200, { access_token: token, scope: sim.defaultScopes.join(','), expires_in: options.tokenTtlSeconds });
  }

  async function admin(req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
    const headers = { 'X-Shopify-API-Version': SERVED_VERSION };
    const token = req.headers['x-shopify-access-token'];
    // The request's idempotency keys are in progress from now until it is answered or its connection closes.
    const keys = sim.holdIdempotencyKeys(body, typeof token === 'string' ? token : '');
    res.once('close', keys.release);
    const faults = sim.faults.draw();
    const latency = faults.filter((f) => f.kind === 'latency').reduce((ms, f) => ms + (f.ms ?? 1000), options.latencyMs);
    if (latency > 0) await sleep(latency);
    const fault = faults.find((f) => f.kind !== 'latency');
    const operationName = typeof (body as { operationName?: unknown })?.operationName === 'string' ? ((body as { operationName: string }).operationName) : null;
    if (fault && fault.kind !== 'lost-answer') {
      sim.record({ operationName, cost: null, status: faultStatus(fault), throttled: fault.kind === 'throttled', fault: fault.kind });
      injectFault(fault, req, res, headers);
      if (fault.kind !== 'hang') keys.release();
      return;
    }
    // A lost answer: the request runs and is logged, then the connection is destroyed unanswered.
    const answer = (status: number, payload: unknown) => {
      if (fault) req.socket.destroy();
      else sendJson(res, status, payload, headers);
      keys.release();
    };
    const lost = fault ? { fault: fault.kind } : {};
    const grant = sim.tokens.check(typeof token === 'string' ? token : undefined);
    if (!grant || typeof token !== 'string') {
      sim.record({ operationName, cost: null, status: 401, throttled: false, ...lost });
      return answer(401, INVALID_TOKEN);
    }
    const outcome = sim.graphql(body, token, grant.scopes, keys.busy);
    sim.record({ operationName: outcome.operationName, cost: outcome.cost, status: outcome.status, throttled: outcome.throttled, ...lost });
    answer(outcome.status, outcome.body);
  }

  function injectFault(fault: FaultSpec, req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): void {
    switch (fault.kind) {
      case 'drop':
        req.socket.destroy();
        return;
      case 'hang':
        return; // never answered; the socket is destroyed when the server closes
      case 'throttled':
        return sendJson(res, 200, throttledBody(50, sim.bucketFor(String(req.headers['x-shopify-access-token'] ?? ''))), headers);
      case 'http429':
        return sendJson(res, 429, { errors: 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.' }, {
          ...headers,
          'Retry-After': String(fault.retryAfterSeconds ?? 2),
        });
      default:
        return sendJson(res, faultStatus(fault), { errors: faultStatus(fault) === 500 ? 'Internal Server Error' : faultStatus(fault) === 502 ? 'Bad Gateway' : 'Service Unavailable' }, headers);
    }
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { errors: `Internal error in the local store: ${(e as Error).message}` });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return { server, sockets };
}

function faultStatus(fault: FaultSpec): number {
  const statuses: Record<string, number> = { http500: 500, http502: 502, http503: 503, http429: 429, throttled: 200 };
  return statuses[fault.kind] ?? 0;
}
