/** "3 min ago", "in 2 min": when a push happened or will, said the way an owner reads a clock. */
const MINUTE = 60_000;

function span(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / MINUTE);
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  return `${days} day${days === 1 ? '' : 's'}`;
}

export function timeAgo(iso: string, now: number): string {
  const ms = now - Date.parse(iso);
  return ms < MINUTE ? 'just now' : `${span(ms)} ago`;
}

export function timeUntil(iso: string, now: number): string {
  const ms = Date.parse(iso) - now;
  return ms <= 0 ? 'any moment' : `in ${span(ms)}`;
}

export const fullTime = (iso: string) => new Date(iso).toLocaleString();

/** "Nov 22, 05:37:04": dense enough for a log line. */
export const shortTime = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
