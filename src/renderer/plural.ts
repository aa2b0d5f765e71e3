/** "1 order", "3 orders", "1,250 products": a count with its word, as every screen writes it. */
export const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
