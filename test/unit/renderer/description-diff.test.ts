import { describe, expect, it } from 'vitest';
import { diffWords } from '../../../src/renderer/sync-review/description-diff';

const join = (parts: ReturnType<typeof diffWords>, side: 'stockpilot' | 'shopify') => parts.filter((p) => p.kind === 'same' || p.kind === side).map((p) => p.text).join('');

describe('what changed between two descriptions, word by word', () => {
  it('marks the words only one side has, keeping what both share', () => {
    expect(diffWords('Soft cotton tee with a moth print.', 'Soft organic cotton tee with a moth print.')).toEqual([
      { kind: 'same', text: 'Soft ' },
      { kind: 'shopify', text: 'organic ' },
      { kind: 'same', text: 'cotton tee with a moth print.' },
    ]);
  });

  it('a replaced word shows both versions', () => {
    const parts = diffWords('Red mug', 'Blue mug');
    expect(parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text.trim()])).toEqual([
      ['stockpilot', 'Red'],
      ['shopify', 'Blue'],
    ]);
  });

  it('each side can be read back whole from the parts', () => {
    const a = 'One two three four five six';
    const b = 'Zero one two four five seven six';
    const parts = diffWords(a, b);
    expect(join(parts, 'stockpilot')).toBe(a);
    expect(join(parts, 'shopify')).toBe(b);
  });

  it('identical and empty texts', () => {
    expect(diffWords('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }]);
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'new')).toEqual([{ kind: 'shopify', text: 'new' }]);
  });

  it('very long texts that differ throughout are shown as replaced', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const parts = diffWords(a, b);
    expect(join(parts, 'stockpilot')).toBe(a);
    expect(join(parts, 'shopify')).toBe(b);
  });
});
