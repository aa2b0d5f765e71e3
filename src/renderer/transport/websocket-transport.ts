/**
 * The browser-mode host: one WebSocket to the local server (the login cookie travels with
 * it). Calls made while the socket is down wait for it; calls in flight when it drops fail
 * with a readable error, because the server may or may not have applied them.
 */
import type { CallName } from '../../shared/contract';
import { ServerMessage, type CallMessage, type Envelope } from '../../shared/wire';
import type { ConnectionState, RawEvent, Transport } from './transport';

const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000, 8000];
/** A call that cannot be sent for this long gives up rather than hang the page. */
const QUEUED_CALL_TIMEOUT_MS = 15_000;

interface Pending {
  resolve: (envelope: Envelope) => void;
  message: CallMessage;
  sent: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const failure = (message: string): Envelope => ({ ok: false, error: { code: 'internal', message, issues: [] } });

/** WebSocket.OPEN, spelled out so any WebSocket implementation will do (tests use the `ws` package's). */
const OPEN = 1;

/** The part of the WebSocket API used here. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export interface WebsocketTransport extends Transport {
  /** Hangs up for good (no reconnecting). The page never needs it; tests do. */
  close(): void;
}

export function websocketTransport(url: string, openSocket: (url: string) => SocketLike = (u) => new WebSocket(u)): WebsocketTransport {
  const pending = new Map<number, Pending>();
  const eventListeners = new Set<(event: RawEvent) => void>();
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  let state: ConnectionState = 'connecting';
  let socket: SocketLike | undefined;
  let attempt = 0;
  let nextId = 1;
  let closed = false;

  const setState = (next: ConnectionState) => {
    if (next === state) return;
    state = next;
    for (const listener of connectionListeners) listener(state);
  };

  const send = (p: Pending) => {
    if (socket?.readyState !== OPEN) return;
    socket.send(JSON.stringify(p.message));
    p.sent = true;
    if (p.timer) clearTimeout(p.timer);
    p.timer = undefined;
  };

  const settle = (id: number, envelope: Envelope) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (p.timer) clearTimeout(p.timer);
    p.resolve(envelope);
  };

  const onMessage = (raw: unknown) => {
    let parsed;
    try {
      parsed = ServerMessage.safeParse(JSON.parse(String(raw)));
    } catch {
      return;
    }
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'event') {
      for (const listener of eventListeners) listener({ name: message.name, payload: message.payload });
    } else if (message.ok) {
      settle(message.id, { ok: true, value: message.value });
    } else {
      settle(message.id, { ok: false, error: message.error });
    }
  };

  const connect = () => {
    const ws = openSocket(url);
    socket = ws;
    ws.addEventListener('open', () => {
      attempt = 0;
      setState('connected');
      for (const p of pending.values()) if (!p.sent) send(p);
    });
    ws.addEventListener('message', (e) => onMessage(e.data));
    ws.addEventListener('close', () => {
      if (socket !== ws) return;
      socket = undefined;
      for (const [id, p] of pending) {
        if (p.sent) settle(id, failure('The connection to Stockpilot dropped before it answered. Check the result and try again.'));
      }
      if (closed) return;
      setState('reconnecting');
      const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 8000;
      attempt += 1;
      setTimeout(connect, delay);
    });
  };

  connect();

  return {
    call(name: CallName, input: unknown): Promise<Envelope> {
      return new Promise((resolve) => {
        const id = nextId++;
        const p: Pending = { resolve, message: { type: 'call', id, name, input }, sent: false, timer: undefined };
        pending.set(id, p);
        if (socket?.readyState === OPEN) send(p);
        else
          p.timer = setTimeout(
            () => settle(id, failure('Stockpilot is not reachable. Is it still running?')),
            QUEUED_CALL_TIMEOUT_MS,
          );
      });
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onConnection(listener) {
      connectionListeners.add(listener);
      listener(state);
      return () => connectionListeners.delete(listener);
    },
    close() {
      closed = true;
      socket?.close();
    },
  };
}
