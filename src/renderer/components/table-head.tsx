/** The header row of a plain data table; the last column holds row actions. */
export interface HeadColumn {
  label: string;
  numeric?: boolean;
  /** A long label may take two lines rather than widen its column. */
  wrap?: boolean;
}

export function TableHead({ columns, actions = true }: { columns: readonly HeadColumn[]; actions?: boolean }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th key={i} scope="col" className={[c.numeric ? 'numeric' : '', c.wrap ? 'wrap' : ''].join(' ').trim() || undefined}>
            {c.label}
          </th>
        ))}
        {actions ? (
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        ) : null}
      </tr>
    </thead>
  );
}

/** One header per product option, named or numbered. */
export const optionColumns = (optionNames: readonly string[]): HeadColumn[] => optionNames.map((name, i) => ({ label: name || `Option ${i + 1}` }));
