/**
 * Calls into a running browser-mode app the way its interface does: the page's secret for
 * the session cookie, then the contract's calls over the app's WebSocket. For setting up a
 * journey through real calls where the step itself is not what the test is about.
 */
import WebSocket from 'ws';
import type { CallInput, CallName, CallOutput } from '../../../src/shared/contract';
import { ReplyMessage } from '../../../src/shared/wire';

export async function callApp<K extends CallName>(appUrl: string, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const login = await fetch(appUrl, { redirect: 'manual' });
  const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const origin = new URL(appUrl).origin;
  const socket = new WebSocket(`${origin.replace(/^http/, 'ws')}/ws`, { headers: { Cookie: cookie, Origin: origin } });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('unexpected-response', (_req, res) => reject(new Error(`The app refused the socket (HTTP ${res.statusCode ?? '?'})`)));
      socket.once('error', reject);
    });
    const reply = await new Promise<ReplyMessage>((resolve) => {
      socket.on('message', (data: WebSocket.RawData) => {
        const parsed = ReplyMessage.safeParse(JSON.parse(data.toString()));
        if (parsed.success && parsed.data.id === 1) resolve(parsed.data);
      });
      socket.send(JSON.stringify({ type: 'call', id: 1, name, input }));
    });
    if (!reply.ok) throw new Error(`${name} failed: ${reply.error.message}`);
    return reply.value as CallOutput<K>;
  } finally {
    socket.close();
  }
}
