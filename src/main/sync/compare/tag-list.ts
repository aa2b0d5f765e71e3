/**
 * Tags as Shopify keeps them: trimmed, blank ones dropped, unique without regard to case (the
 * first spelling stays), sorted. Two lists that Shopify would keep alike are the same tags, so
 * order, spacing at the ends and case never show up as a difference.
 */
export function shopifyTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const trimmed = tag.trim();
    if (trimmed !== '' && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'accent' }));
}

export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  const left = shopifyTags(a).map((t) => t.toLowerCase());
  const right = shopifyTags(b).map((t) => t.toLowerCase());
  return left.length === right.length && left.every((t, i) => t === right[i]);
}
