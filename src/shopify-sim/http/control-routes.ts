/**
 * `/__sim/…`: the control API over HTTP. Every route needs `X-Sim-Control: <secret>`; JSON
 * in and out; a refused request answers `{"error": "…"}` with 400, 401 or 404.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { ControlError, type SimControl } from '../sim-control';
import type { FaultSpec } from './faults';
import { sendJson } from './http-io';

type Route = (body: Record<string, unknown>, query: URLSearchParams) => unknown;

export function controlRoutes(control: SimControl): Record<string, Route> {
  return {
    'POST /__sim/reset': () => (control.reset(), { ok: true }),
    'POST /__sim/seed': (body) => control.seed(typeof body.seed === 'string' ? (body.seed as 'demo' | 'empty') : (body as never)),
    'POST /__sim/sell': (body) => control.sell(body as never),
    'POST /__sim/cancel-order': (body) => control.cancelOrder(body as never),
    'POST /__sim/refund': (body) => control.refund(body as never),
    'POST /__sim/edit-order': (body) => control.editOrder(body as never),
    'POST /__sim/set-quantity': (body) => control.setQuantity(body as never),
    'POST /__sim/adjust': (body) => control.adjust(body as never),
    'POST /__sim/edit-variant': (body) => control.editVariant(body as never),
    'POST /__sim/edit-product': (body) => control.editProduct(body as never),
    'POST /__sim/add-image': (body) => control.addImage(body as never),
    'POST /__sim/remove-image': (body) => control.removeImage(body as never),
    'GET /__sim/variant': (_b, query) => control.variant(query.get('sku') ?? '', query.get('location') ?? undefined),
    'GET /__sim/images': (_b, query) => control.images(query.get('sku') ?? ''),
    'POST /__sim/faults': (body) => (control.addFault(body as unknown as FaultSpec), { ok: true }),
    'DELETE /__sim/faults': () => (control.clearFaults(), { ok: true }),
    'GET /__sim/requests': () => control.requests(),
    'POST /__sim/tokens': (body) => control.createToken(body as never),
    'POST /__sim/bucket': (body) => (control.setBucket(body as never), { ok: true }),
  };
}

const sameSecret = (given: string | string[] | undefined, secret: string): boolean => {
  if (typeof given !== 'string' || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
};

export function handleControl(
  routes: Record<string, Route>,
  secret: string,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  body: unknown,
): void {
  if (!sameSecret(req.headers['x-sim-control'], secret)) {
    sendJson(res, 401, { error: 'The control API needs the X-Sim-Control header with the secret printed at start' });
    return;
  }
  const route = routes[`${req.method} ${url.pathname}`];
  if (!route) {
    sendJson(res, 404, { error: `No control route ${req.method} ${url.pathname}` });
    return;
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    sendJson(res, 400, { error: 'The body must be a JSON object' });
    return;
  }
  try {
    sendJson(res, 200, route(body as Record<string, unknown>, url.searchParams));
  } catch (e) {
    if (e instanceof ControlError) sendJson(res, e.status, { error: e.message });
    else sendJson(res, 500, { error: (e as Error).message });
  }
}
