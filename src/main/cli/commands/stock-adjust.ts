import { requireStringOption } from '../command';
import { skuQuantityCommand } from '../sku-quantity-command';
import { CLI_ACTOR } from '../variant-by-sku';

export const stockAdjustCommand = skuQuantityCommand({
  words: ['stock', 'adjust'],
  quantityName: 'delta',
  summary: 'Change on-hand stock by a number of units (+ or -), with a reason',
  options: { reason: { type: 'string', valueName: 'text', description: 'why the stock changed', required: true } },
  details: 'Example: stockpilot stock adjust TEE-BLK-M -2 --reason "Damaged in transit"',
  change: (core, variantId, delta, ctx) => core.call('adjustStock', { variantId, delta, reason: requireStringOption(ctx, 'reason') }, CLI_ACTOR),
});
