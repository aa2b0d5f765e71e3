import { describe, expect, it } from 'vitest';
import { breakdownWords } from '../../../src/renderer/integration/push-breakdown-words';
import { locationChangeLines } from '../../../src/renderer/shopify-stock/location-change-words';
import { choiceDone, choiceEffect, choiceLabel, changeSentence, differenceWords } from '../../../src/renderer/shopify-stock/shopify-change-words';
import { auditSummary, pendingNote, shopifySideWords } from '../../../src/renderer/shopify-stock/stock-audit-words';

const now = Date.parse('2026-11-22T12:00:00Z');
const minutesAgo = (m: number) => new Date(now - m * 60_000).toISOString();

describe('a variant changed on Shopify shows both numbers and what each choice does', () => {
  const change = { sku: 'TEE-MOTH-S', stockpilot: 12, shopify: 9 };

  it('says what Shopify shows and what Stockpilot expected, in Shopify’s word “available”', () => {
    expect(changeSentence(change)).toContain('Shopify shows 9 available; Stockpilot expected 12.');
    expect(changeSentence(change)).toContain('not pushed until you choose');
  });

  it('counts the difference from Shopify’s side', () => {
    expect(differenceWords(change)).toBe('3 fewer on Shopify');
    expect(differenceWords({ stockpilot: 4, shopify: 6 })).toBe('2 more on Shopify');
  });

  it('names the side each button keeps', () => {
    expect(choiceLabel('stockpilot')).toBe('Keep Stockpilot’s');
    expect(choiceLabel('shopify')).toBe('Use Shopify’s');
  });

  it('keeping Stockpilot’s sets Shopify back; taking Shopify’s is a stocktake', () => {
    expect(choiceEffect('stockpilot', change)).toBe('Shopify is set back to Stockpilot’s quantity with the next push.');
    expect(choiceEffect('shopify', change)).toBe('Counted as a stocktake: on hand here takes Shopify’s change of −3; changes made here since still count.');
    expect(choiceDone('shopify', change)).toBe('TEE-MOTH-S: Shopify’s change taken as a stocktake; on hand here −3.');
    expect(choiceDone('shopify', { ...change, shopify: 14 })).toMatch(/on hand here \+2\.$/);
    expect(choiceDone('stockpilot', { ...change, sku: '' })).toBe('The variant: Stockpilot’s quantity kept; Shopify is set back to it.');
  });
});

describe('the stock audit card says how many variants are in line and since when', () => {
  it('some differ', () => {
    expect(auditSummary({ linked: 40, inLine: 38, checkedAt: minutesAgo(2) }, now)).toBe('38 of 40 in line, checked 2 min ago');
  });

  it('all in line, just now', () => {
    expect(auditSummary({ linked: 1250, inLine: 1250, checkedAt: minutesAgo(0.1) }, now)).toBe('All 1,250 in line, checked just now');
  });

  it('a variant the push location does not stock', () => {
    expect(shopifySideWords(null)).toBe('not stocked here');
    expect(shopifySideWords(0)).toBe('0');
  });

  it('notes changes that were still waiting to be pushed, and only then', () => {
    expect(pendingNote(0)).toBeNull();
    expect(pendingNote(1)).toMatch(/^1 change was still waiting to be pushed/);
    expect(pendingNote(3)).toMatch(/^3 changes were still waiting to be pushed/);
  });
});

describe('changing the push location says what will happen before it does', () => {
  const preview = { locationId: 'gid://shopify/Location/2', locationName: 'Warehouse', linkedTracked: 40, toActivate: 3 };

  it('the variants Stockpilot stocks there first, all linked variants pushed there, the old location left alone', () => {
    expect(locationChangeLines(preview, 'Studio')).toEqual([
      '3 variants are not stocked at Warehouse yet: Stockpilot stocks them there on Shopify.',
      'All 40 linked variants are then pushed to Warehouse.',
      'The stock at Studio on Shopify is left as it is: Stockpilot no longer changes it.',
    ]);
  });

  it('says nothing about stocking when every variant is stocked there already', () => {
    const lines = locationChangeLines({ ...preview, toActivate: 0, linkedTracked: 1 }, null);
    expect(lines).toEqual(['The 1 linked variant is then pushed to Warehouse.', 'The stock at the current location on Shopify is left as it is: Stockpilot no longer changes it.']);
  });

  it('one variant to stock', () => {
    expect(locationChangeLines({ ...preview, toActivate: 1 }, 'Studio')[0]).toBe('1 variant is not stocked at Warehouse yet: Stockpilot stocks them there on Shopify.');
  });
});

describe('the Push Log says how the number sent came about', () => {
  it('on hand, reserved for wholesale and the rule, in plain words', () => {
    expect(breakdownWords({ onHand: 12, committed: 2, rule: 'as-is', sent: 10 })).toBe('12 on hand − 2 reserved for wholesale · rule: as-is · sent 10');
    expect(breakdownWords({ onHand: 5, committed: 0, rule: 'fixed 5', sent: null })).toBe('5 on hand − 0 reserved for wholesale · rule: fixed 5');
  });
});
