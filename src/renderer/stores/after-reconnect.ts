/**
 * Calls back once the line to the core is back after a drop: events sent meanwhile were
 * missed, so whatever a screen shows should be read again. (Not on subscribing, when the
 * transport reports the state it is already in.)
 */
import { onConnection } from '../api';

export function afterReconnect(callback: () => void): () => void {
  let dropped = false;
  return onConnection((state) => {
    if (state === 'reconnecting') dropped = true;
    else if (state === 'connected' && dropped) {
      dropped = false;
      callback();
    }
  });
}
