import { requireStringOption } from '../command';
import { skuQuantityCommand } from '../sku-quantity-command';
import { CLI_ACTOR } from '../variant-by-sku';

export const commitmentsAddCommand = skuQuantityCommand({
  words: ['commitments', 'add'],
  quantityName: 'quantity',
  summary: 'Hold units of a variant for a wholesale order',
  options: { ref: { type: 'string', valueName: 'reference', description: 'the wholesale order\u2019s reference', required: true } },
  details: 'Example: stockpilot commitments add MUG-01 24 --ref "PO-1042 Corner Shop"',
  change: (core, variantId, quantity, ctx) =>
    core.call('addCommitment', { variantId, quantity, reference: requireStringOption(ctx, 'ref') }, CLI_ACTOR),
});
