/**
 * What changed between two descriptions, word by word, for the side-by-side view: the text
 * both share, what only Stockpilot's has, and what only Shopify's has. Very long texts that
 * differ throughout are shown as wholly replaced rather than diffed (bounded work).
 */
export type DiffPart = { kind: 'same' | 'stockpilot' | 'shopify'; text: string };

/** Beyond this many word pairs the diff is not worth its time. */
const MAX_CELLS = 2_000_000;

const words = (text: string): string[] => text.match(/\s+|[^\s]+/g) ?? [];

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

export function diffWords(stockpilot: string, shopify: string): DiffPart[] {
  const a = words(stockpilot);
  const b = words(shopify);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, head).join(''));
  if (midA.length * midB.length > MAX_CELLS) {
    push(parts, 'stockpilot', midA.join(''));
    push(parts, 'shopify', midB.join(''));
  } else {
    for (const part of middleDiff(midA, midB)) push(parts, part.kind, part.text);
  }
  push(parts, 'same', a.slice(a.length - tail).join(''));
  return parts;
}

/** Longest common subsequence over words, walked forwards. */
function middleDiff(a: readonly string[], b: readonly string[]): DiffPart[] {
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(parts, 'same', a[i++] ?? '');
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      push(parts, 'stockpilot', a[i++] ?? '');
    } else {
      push(parts, 'shopify', b[j++] ?? '');
    }
  }
  while (i < a.length) push(parts, 'stockpilot', a[i++] ?? '');
  while (j < b.length) push(parts, 'shopify', b[j++] ?? '');
  return parts;
}
