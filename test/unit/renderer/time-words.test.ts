import { describe, expect, it } from 'vitest';
import { timeAgo, timeUntil } from '../../../src/renderer/integration/time-words';

const now = Date.parse('2026-11-22T12:00:00Z');
const at = (minutesFromNow: number) => new Date(now + minutesFromNow * 60_000).toISOString();

describe('the Overview says when the last push was and the next one is', () => {
  it('a push that just happened', () => {
    expect(timeAgo(at(-0.2), now)).toBe('just now');
  });

  it('minutes, hours and days ago', () => {
    expect(timeAgo(at(-3), now)).toBe('3 min ago');
    expect(timeAgo(at(-150), now)).toBe('3 h ago');
    expect(timeAgo(at(-60 * 24), now)).toBe('1 day ago');
    expect(timeAgo(at(-60 * 24 * 3), now)).toBe('3 days ago');
  });

  it('the next push', () => {
    expect(timeUntil(at(2), now)).toBe('in 2 min');
    expect(timeUntil(at(0.3), now)).toBe('in less than a minute');
    expect(timeUntil(at(-1), now)).toBe('any moment');
  });
});
