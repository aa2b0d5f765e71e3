/** The desktop host: the preload's window.stockpilot, always connected. */
import type { CallName } from '../../shared/contract';
import type { Envelope, StockpilotBridge } from '../../shared/wire';
import type { Transport } from './transport';

export function ipcTransport(bridge: StockpilotBridge): Transport {
  return {
    call: (name: CallName, input: unknown): Promise<Envelope> =>
      (bridge[name] as (input: unknown) => Promise<Envelope>)(input),
    onEvent: (listener) => bridge.onEvent(listener),
    onConnection: (listener) => {
      listener('connected');
      return () => {};
    },
  };
}
