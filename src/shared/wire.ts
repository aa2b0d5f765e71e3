/**
 * Messages between a remote client (browser-mode WebSocket, Electron IPC) and the core.
 * A call carries a client-chosen id; the reply carries the same id and either a value or
 * a ContractError shape. Events are pushed unasked.
 */
import { z } from 'zod';
import type { CallInput, CallName } from './contract';
import { ContractErrorShape } from './errors';

export const CallMessage = z.object({
  type: z.literal('call'),
  id: z.number().int(),
  name: z.string(),
  input: z.unknown(),
});
export type CallMessage = z.infer<typeof CallMessage>;

export const ReplyMessage = z.discriminatedUnion('ok', [
  z.object({ type: z.literal('reply'), id: z.number().int(), ok: z.literal(true), value: z.unknown() }),
  z.object({ type: z.literal('reply'), id: z.number().int(), ok: z.literal(false), error: ContractErrorShape }),
]);
export type ReplyMessage = z.infer<typeof ReplyMessage>;

export const EventMessage = z.object({ type: z.literal('event'), name: z.string(), payload: z.unknown() });
export type EventMessage = z.infer<typeof EventMessage>;

export const ServerMessage = z.union([ReplyMessage, EventMessage]);
export type ServerMessage = z.infer<typeof ServerMessage>;

/** IPC channel names, derived from the contract's names so they are declared once. */
export const ipcChannel = {
  call: (name: string) => `stockpilot:call:${name}`,
  events: 'stockpilot:event',
} as const;

/** A call's result as it crosses a process boundary (errors lose their class on the way). */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: ContractErrorShape };

/**
 * What the Electron preload exposes as `window.stockpilot`: one named function per contract
 * call (generated from the contract), returning an Envelope, plus an event subscription.
 * The renderer's api.ts turns it into a typed StockpilotApi that throws ContractError.
 */
export type StockpilotBridge = { [K in CallName]: (input: CallInput<K>) => Promise<Envelope> } & {
  onEvent(listener: (event: { name: string; payload: unknown }) => void): () => void;
};
