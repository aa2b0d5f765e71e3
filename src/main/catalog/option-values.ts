/**
 * A product's option names and its variants' option values stay in step: every variant has
 * one value per option, and no two variants share the same values (Shopify's rule too).
 */
import { rejected } from '../../shared/errors';

/** The value a new option takes on variants that existed before it (Shopify's own word for it). */
export const DEFAULT_OPTION_VALUE = 'Default';

export function checkOptionValues(productName: string, optionNames: readonly string[], optionValues: readonly string[]): void {
  if (optionValues.length === optionNames.length) return;
  if (optionNames.length === 0) {
    throw rejected(`${productName} has no options, so its variants take no option values (got ${optionValues.join(' / ')}).`);
  }
  throw rejected(
    `Each variant of ${productName} needs ${optionNames.length} option value${optionNames.length === 1 ? '' : 's'} (${optionNames.join(', ')}); one has ${optionValues.length}.`,
  );
}

export function checkDistinctOptions(productName: string, valueSets: readonly (readonly string[])[]): void {
  const seen = new Set<string>();
  for (const values of valueSets) {
    if (values.length === 0) continue;
    const key = JSON.stringify(values.map((v) => v.toLowerCase()));
    if (seen.has(key)) throw rejected(`Two variants of ${productName} have the same options: ${values.join(' / ')}.`);
    seen.add(key);
  }
}

/**
 * When the number of options changes: new options get DEFAULT_OPTION_VALUE on existing
 * variants; removed (trailing) options drop their values, unless that makes two variants alike.
 */
export function reshapeOptionValues(productName: string, valueSets: readonly string[][], optionCount: number): string[][] {
  const reshaped = valueSets.map((values) =>
    values.length >= optionCount ? values.slice(0, optionCount) : [...values, ...Array<string>(optionCount - values.length).fill(DEFAULT_OPTION_VALUE)],
  );
  try {
    checkDistinctOptions(productName, reshaped);
  } catch {
    throw rejected(
      `Removing that option would leave variants of ${productName} with the same options. Delete or change those variants first.`,
    );
  }
  return reshaped;
}
