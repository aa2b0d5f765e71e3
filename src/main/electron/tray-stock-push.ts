/**
 * The stock push in the tray: "Push pending now" in the menu and the pending count in the
 * tooltip, kept current from the core's events. Thin: the core does the work.
 */
import type { Core } from '../core';
import type { Logger } from '../core/logger';
import type { AppTray } from './tray';

const REFRESHING_EVENTS = new Set(['catalogChanged', 'stockPushFinished', 'connectionChanged']);

export function showStockPushInTray(tray: AppTray, core: Core, log: Logger): () => void {
  const pushNow = () => {
    // A second trigger while a push runs gets the core's "already running" answer: shown as a toast.
    core.call('pushNow', {}, { actor: 'tray' }).catch((error: unknown) => log.info('tray: push pending now', { message: error instanceof Error ? error.message : String(error) }));
  };
  const refresh = async () => {
    const { pending, running } = await core.call('getPushStatus', {});
    tray.setToolTip(pending > 0 ? `Stockpilot \u2014 ${pending} stock change${pending === 1 ? '' : 's'} waiting to push` : 'Stockpilot \u2014 stock is up to date on Shopify');
    tray.setExtraItems([{ label: running ? 'Pushing stock\u2026' : `Push pending now (${pending})`, enabled: !running && pending > 0, click: pushNow }]);
  };
  const refreshQuietly = () => void refresh().catch(() => undefined);
  refreshQuietly();
  return core.subscribe((event) => {
    if (REFRESHING_EVENTS.has(event.name) || (event.name === 'stockPushProgress' && event.payload.phase === 'reading')) refreshQuietly();
  });
}
