import { describe, expect, it } from 'vitest';
import { importWindow } from '../../../src/main/orders/import-window';

const now = new Date('2026-11-30T10:00:00Z');

describe('which orders an import asks for', () => {
  it('never imported: the first whole day of the 60 Shopify shows, nothing out of reach', () => {
    expect(importWindow(now, undefined, null, false)).toEqual({ since: '2026-10-02', sinceReason: 'window_default', olderOrdersUnreachable: false });
  });

  it('imported before: from the day of the last import', () => {
    expect(importWindow(now, undefined, '2026-11-20T08:30:00Z', false)).toEqual({ since: '2026-11-20', sinceReason: 'last_import', olderOrdersUnreachable: false });
  });

  it('a day the owner gives wins, and says when part of it is out of reach', () => {
    expect(importWindow(now, '2026-09-01', '2026-11-20T08:30:00Z', false)).toEqual({ since: '2026-09-01', sinceReason: 'given', olderOrdersUnreachable: true });
    expect(importWindow(now, '2026-09-01', null, true).olderOrdersUnreachable).toBe(false);
    expect(importWindow(now, '2026-10-02', null, false).olderOrdersUnreachable).toBe(false);
  });

  it('a last import long ago is out of reach too, without read_all_orders', () => {
    expect(importWindow(now, undefined, '2026-08-01T00:00:00Z', false)).toMatchObject({ since: '2026-08-01', olderOrdersUnreachable: true });
  });
});
