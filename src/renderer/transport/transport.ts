/** What api.ts needs from a host: send a call, hear events, know whether the line is up. */
import type { CallName } from '../../shared/contract';
import type { Envelope } from '../../shared/wire';

export interface RawEvent {
  name: string;
  payload: unknown;
}

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting';

export interface Transport {
  call(name: CallName, input: unknown): Promise<Envelope>;
  onEvent(listener: (event: RawEvent) => void): () => void;
  onConnection(listener: (state: ConnectionState) => void): () => void;
}
