/** A plain-text table for a terminal: padded columns, numbers aligned right. */
export interface Column<Row> {
  header: string;
  value(row: Row): string;
  alignRight?: boolean;
  maxWidth?: number;
}

export function formatTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((c) => clip(c.value(row), c.maxWidth)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => (columns[i]?.alignRight ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function clip(text: string, maxWidth: number | undefined): string {
  if (!maxWidth || text.length <= maxWidth) return text;
  return `${text.slice(0, maxWidth - 1)}…`;
}

export const formatCents = (cents: number) => (cents / 100).toFixed(2);
