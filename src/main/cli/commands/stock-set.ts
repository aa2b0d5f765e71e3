import { skuQuantityCommand } from '../sku-quantity-command';
import { CLI_ACTOR } from '../variant-by-sku';

export const stockSetCommand = skuQuantityCommand({
  words: ['stock', 'set'],
  quantityName: 'quantity',
  summary: 'Set on-hand stock to a counted quantity (stocktake)',
  options: { reason: { type: 'string', valueName: 'text', description: 'why (default "Stocktake")' } },
  change(core, variantId, onHand, ctx) {
    const reason = typeof ctx.options.reason === 'string' ? ctx.options.reason : undefined;
    return core.call('setStock', { variantId, onHand, reason }, CLI_ACTOR);
  },
});
