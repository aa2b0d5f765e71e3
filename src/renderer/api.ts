/**
 * The renderer's one door to the core: a typed StockpilotApi over whichever host we run in
 * (the desktop preload, or the browser-mode WebSocket). Errors come back as ContractError.
 */
import { callNames, type CallName, type StockpilotApi } from '../shared/contract';
import { ContractError, ContractErrorShape } from '../shared/errors';
import { events, type AnyEvent } from '../shared/events';
import type { Envelope } from '../shared/wire';
import { ipcTransport } from './transport/ipc-transport';
import type { ConnectionState, Transport } from './transport/transport';
import { websocketTransport } from './transport/websocket-transport';

const transport: Transport = window.stockpilot
  ? ipcTransport(window.stockpilot)
  : websocketTransport(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);

function unwrap(envelope: Envelope): unknown {
  if (envelope.ok) return envelope.value;
  const shape = ContractErrorShape.safeParse(envelope.error);
  throw shape.success
    ? ContractError.from(shape.data)
    : new ContractError('internal', 'Stockpilot answered with an error it could not describe.');
}

function bind<K extends CallName>(name: K): StockpilotApi[K] {
  return (async (input: unknown) => unwrap(await transport.call(name, input))) as StockpilotApi[K];
}

export const api = Object.fromEntries(callNames.map((name) => [name, bind(name)])) as StockpilotApi;

/** Subscribes to the core's events; payloads that do not match their schema are dropped. */
export function onEvent(listener: (event: AnyEvent) => void): () => void {
  return transport.onEvent(({ name, payload }) => {
    if (!Object.hasOwn(events, name)) return;
    const parsed = events[name as keyof typeof events].safeParse(payload);
    if (parsed.success) listener({ name, payload: parsed.data } as AnyEvent);
  });
}

export function onConnection(listener: (state: ConnectionState) => void): () => void {
  return transport.onConnection(listener);
}

/** A person-readable message for anything a call may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ContractError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
