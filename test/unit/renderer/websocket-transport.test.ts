import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { ConnectionState } from '../../../src/renderer/transport/transport';
import { websocketTransport } from '../../../src/renderer/transport/websocket-transport';

/** A stand-in for the browser-mode server: answers calls, except those it is told to sit on. */
async function startServer() {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const silentFor = new Set<string>();
  const arrivals = new Map<string, () => void>();
  wss.on('connection', (ws) => {
    ws.on('message', (raw) => {
      const call = JSON.parse(String(raw)) as { id: number; name: string; input: unknown };
      arrivals.get(call.name)?.();
      if (silentFor.has(call.name)) return;
      ws.send(JSON.stringify({ type: 'reply', id: call.id, ok: true, value: { name: call.name, input: call.input } }));
    });
  });
  const { port } = wss.address() as { port: number };
  return {
    url: `ws://127.0.0.1:${port}/ws`,
    silentFor,
    /** Resolves when a call of this name reaches the server. */
    arrival: (name: string) => new Promise<void>((resolve) => arrivals.set(name, resolve)),
    dropEveryone: () => wss.clients.forEach((c) => c.terminate()),
    broadcast: (message: unknown) => wss.clients.forEach((c) => c.send(JSON.stringify(message))),
    close: () => {
      wss.clients.forEach((c) => c.terminate());
      return new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

const servers: Array<{ close(): Promise<void> }> = [];
const transports: Array<{ close(): void }> = [];
afterEach(async () => {
  transports.splice(0).forEach((t) => t.close());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function connect(url: string) {
  const transport = websocketTransport(url, (u) => new WebSocket(u));
  transports.push(transport);
  return transport;
}

function waitFor(transport: ReturnType<typeof connect>, wanted: ConnectionState): Promise<void> {
  return new Promise((resolve) => {
    const stop = transport.onConnection((state) => {
      if (state === wanted) {
        queueMicrotask(() => stop());
        resolve();
      }
    });
  });
}

describe('the browser-mode connection to Stockpilot', () => {
  it('sends a call made before the socket is open as soon as it opens', async () => {
    const server = await startServer();
    servers.push(server);
    const transport = connect(server.url);
    const reply = await transport.call('getProduct', { id: 7 });
    expect(reply).toEqual({ ok: true, value: { name: 'getProduct', input: { id: 7 } } });
  });

  it('fails a call in flight with a readable message when the connection drops, then reconnects', async () => {
    const server = await startServer();
    servers.push(server);
    const transport = connect(server.url);
    await waitFor(transport, 'connected');
    server.silentFor.add('adjustStock');
    const arrived = server.arrival('adjustStock');
    const inFlight = transport.call('adjustStock', { variantId: 1, delta: 1, reason: 'x' });
    await arrived;
    const reconnecting = waitFor(transport, 'reconnecting');
    server.dropEveryone();
    const reply = await inFlight;
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toMatch(/connection .* dropped/i);
    await reconnecting;

    // A call made while reconnecting waits for the line and then goes through.
    const later = await transport.call('getProduct', { id: 1 });
    expect(later.ok).toBe(true);
  });

  it('hands pushed events to its listeners', async () => {
    const server = await startServer();
    servers.push(server);
    const transport = connect(server.url);
    await waitFor(transport, 'connected');
    const heard = new Promise((resolve) => transport.onEvent(resolve));
    server.broadcast({ type: 'event', name: 'toast', payload: { kind: 'info', message: 'Stock pushed' } });
    expect(await heard).toEqual({ name: 'toast', payload: { kind: 'info', message: 'Stock pushed' } });
  });
});
