/**
 * The contract over a WebSocket (src/shared/wire.ts): each call message goes to the core
 * and gets a reply with the same id; every core event goes to every open socket. A
 * malformed message gets an error reply and the connection stays up.
 */
import type { WebSocket, WebSocketServer } from 'ws';
import type { ContractErrorShape } from '../../shared/errors';
import { CallMessage, type EventMessage, type ReplyMessage } from '../../shared/wire';
import { callAsEnvelope } from '../call-envelope';
import type { Core } from '../core';
import type { Logger } from '../core/logger';

/** The id used in a reply when the message was too broken to carry one. */
export const UNREADABLE_MESSAGE_ID = -1;

export function bridgeSocketsToCore(wss: WebSocketServer, core: Core, log: Logger): () => void {
  const unsubscribe = core.subscribe((event) => {
    const message: EventMessage = { type: 'event', name: event.name, payload: event.payload };
    const text = JSON.stringify(message);
    for (const socket of wss.clients) if (socket.readyState === socket.OPEN) socket.send(text);
  });

  wss.on('connection', (socket) => {
    socket.on('error', (error) => log.warn('browser-mode socket error', { error: error.message }));
    socket.on('message', (data, isBinary) => {
      void answer(socket, isBinary ? null : data.toString(), core, log);
    });
  });

  return unsubscribe;
}

async function answer(socket: WebSocket, text: string | null, core: Core, log: Logger): Promise<void> {
  const reply = await replyTo(text, core, log);
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(reply));
}

async function replyTo(text: string | null, core: Core, log: Logger): Promise<ReplyMessage> {
  let raw: unknown;
  try {
    raw = JSON.parse(text ?? '');
  } catch {
    return refusal(UNREADABLE_MESSAGE_ID, 'The message was not JSON text.');
  }
  const parsed = CallMessage.safeParse(raw);
  if (!parsed.success) {
    return refusal(idOf(raw), 'The message was not a call: expected {"type":"call","id":<integer>,"name":"…","input":…}.');
  }
  const { id, name, input } = parsed.data;
  const envelope = await callAsEnvelope(core, name, input, { actor: 'you' }, log);
  return envelope.ok ? { type: 'reply', id, ok: true, value: envelope.value } : { type: 'reply', id, ok: false, error: envelope.error };
}

function refusal(id: number, message: string): ReplyMessage {
  const error: ContractErrorShape = { code: 'invalid_input', message, issues: [] };
  return { type: 'reply', id, ok: false, error };
}

function idOf(raw: unknown): number {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return Number.isInteger(id) ? (id as number) : UNREADABLE_MESSAGE_ID;
}
