/** "1–50 of 120" with Newer / Older: the log is read a page at a time, newest first. */
interface Props {
  offset: number;
  pageSize: number;
  total: number;
  onOffset: (offset: number) => void;
}

export function ActivityPager({ offset, pageSize, total, onOffset }: Props) {
  if (total <= pageSize && offset === 0) return null;
  const last = Math.min(total, offset + pageSize);
  return (
    <div className="pager" data-testid="activity-pager">
      <button type="button" className="button small" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
        ← Newer
      </button>
      <span className="muted">
        {(offset + 1).toLocaleString()}–{last.toLocaleString()} of {total.toLocaleString()}
      </span>
      <button type="button" className="button small" disabled={last >= total} onClick={() => onOffset(offset + pageSize)}>
        Older →
      </button>
    </div>
  );
}
