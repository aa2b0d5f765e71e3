/** The Push Log's breakdown in the owner's words: how the number sent came from on-hand stock, wholesale holds and the rule. */
import type { PushLogRow } from '../../shared/stock-push';

/** How the number sent came about: "12 on hand − 2 reserved for wholesale · rule: as-is · sent 10". */
export function breakdownWords(row: Pick<PushLogRow, 'onHand' | 'committed' | 'rule' | 'sent'>): string {
  const parts = [`${row.onHand} on hand − ${row.committed} reserved for wholesale`, `rule: ${row.rule}`];
  if (row.sent !== null) parts.push(`sent ${row.sent}`);
  return parts.join(' · ');
}
