/**
 * The shape shared by the stock commands: `<sku> <number>` plus options, resolve the SKU to
 * one variant, make one call, and print how the variant's stock changed.
 */
import type { Product } from '../../shared/catalog';
import type { Core } from '../core';
import { parseWholeNumber, takePositionals, type CliCommand, type CommandContext } from './command';
import { describeVariant, variantBySku, type VariantMatch } from './variant-by-sku';

export interface SkuQuantityCommand extends Omit<CliCommand, 'args' | 'run'> {
  /** The number's name in usage: "delta", "quantity". */
  quantityName: string;
  change(core: Core, variantId: number, quantity: number, ctx: CommandContext): Promise<Product>;
}

/** "Skull tee (M), SKU TEE-M, variant #4: on hand 3 → 5, committed 0, available 5" */
export function stockChangeLine(before: VariantMatch, after: Product): string {
  const now = after.variants.find((v) => v.id === before.id);
  if (!now) return `${describeVariant(before)}: done.`;
  const warning = now.onHand < 0 ? ' (on hand is below zero: more was sold than was here)' : '';
  return `${describeVariant(before)}: on hand ${before.onHand} → ${now.onHand}, committed ${now.committed}, available ${now.available}${warning}`;
}

export function skuQuantityCommand({ quantityName, change, ...command }: SkuQuantityCommand): CliCommand {
  return {
    ...command,
    args: `<sku> <${quantityName}>`,
    async run(ctx) {
      const [sku = '', quantityText = ''] = takePositionals(ctx, ['sku', quantityName]);
      const quantity = parseWholeNumber(quantityText, `<${quantityName}>`);
      const variant = await variantBySku(ctx.core(), sku);
      ctx.print(stockChangeLine(variant, await change(ctx.core(), variant.id, quantity, ctx)));
    },
  };
}
