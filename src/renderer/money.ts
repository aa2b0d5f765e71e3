/**
 * Prices are typed and read as money ("24.00") but the contract keeps integer cents, so
 * conversion happens here and nowhere else. Parsing works on the text, not on floats,
 * so "19.99" is exactly 1999 cents.
 */
export type MoneyParse = { ok: true; cents: number | null } | { ok: false; message: string };

const MONEY = /^(\d{1,9})(?:[.,](\d{0,2}))?$/;

export function centsToText(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  const whole = Math.floor(cents / 100);
  const fraction = String(cents % 100).padStart(2, '0');
  return `${whole}.${fraction}`;
}

/** Blank means "no amount" (null); anything else must be a non-negative amount with ≤ 2 decimals. */
export function textToCents(text: string): MoneyParse {
  const trimmed = text.trim().replace(/^\$/, '');
  if (trimmed === '') return { ok: true, cents: null };
  const match = MONEY.exec(trimmed);
  if (!match) return { ok: false, message: 'Enter an amount such as 24.00' };
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  return { ok: true, cents: whole * 100 + fraction };
}

/** A price for display, e.g. "$24.00" (the shop currency comes from settings). */
export function formatMoney(cents: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${centsToText(cents)} ${currency}`;
  }
}
