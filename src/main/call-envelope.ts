/**
 * Runs a call that arrived from outside the process (IPC, WebSocket, CLI) and turns any
 * outcome into an Envelope, because errors lose their class when they cross a boundary.
 */
import { ContractError } from '../shared/errors';
import type { Envelope } from '../shared/wire';
import type { Core } from './core';
import type { CallContext } from './core/handlers';
import type { Logger } from './core/logger';

export async function callAsEnvelope(core: Core, name: string, input: unknown, ctx: CallContext, log?: Logger): Promise<Envelope> {
  try {
    return { ok: true, value: await core.callByName(name, input, ctx) };
  } catch (error) {
    if (error instanceof ContractError) return { ok: false, error: error.toJSON() };
    log?.error(`call ${name} failed outside the core`, { error: error instanceof Error ? error.stack : String(error) });
    return { ok: false, error: { code: 'internal', message: `Something went wrong in ${name}.`, issues: [] } };
  }
}
