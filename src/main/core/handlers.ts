/** How a domain declares its part of the contract (Actual Budget style: a typed map per domain). */
import type { CallName, CallOutput, ParsedInput } from '../../shared/contract';

/** Who is calling, so the ledger can say who changed the stock. */
export interface CallContext {
  /** "you" for the app's window, "cli" for the command line, "test" … */
  actor: string;
}

export type Handler<K extends CallName> = (input: ParsedInput<K>, ctx: CallContext) => CallOutput<K> | Promise<CallOutput<K>>;

export type Handlers = { [K in CallName]: Handler<K> };

/** A domain's slice of the handlers. */
export type HandlerSlice<K extends CallName> = { [P in K]: Handler<P> };
