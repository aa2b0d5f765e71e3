/**
 * The friendly commands name a variant by SKU. A SKU should be unique but is not always
 * (imports, typos), so an unknown or shared SKU is refused with the candidates listed,
 * never guessed.
 */
import type { CallOutput } from '../../shared/contract';
import type { Core } from '../core';
import type { CallContext } from '../core/handlers';

export type VariantMatch = CallOutput<'findVariantsBySku'>[number];

export const CLI_ACTOR: CallContext = { actor: 'cli' };

export function describeVariant(v: Pick<VariantMatch, 'id' | 'sku' | 'productName' | 'optionValues'>): string {
  const options = v.optionValues.length > 0 ? ` (${v.optionValues.join(' / ')})` : '';
  return `${v.productName}${options}, SKU ${v.sku || '(none)'}, variant #${v.id}`;
}

export async function variantBySku(core: Core, sku: string): Promise<VariantMatch> {
  const matches = await core.call('findVariantsBySku', { sku }, CLI_ACTOR);
  const [only] = matches;
  if (matches.length === 0) throw new Error(`No variant has SKU "${sku}". Try \`stockpilot products list --search ${sku}\`.`);
  if (matches.length > 1 || !only) {
    const listed = matches.map(describeVariant).join('; ');
    throw new Error(
      `SKU "${sku}" is shared by ${matches.length} variants: ${listed}. Give each a unique SKU, or use \`stockpilot call\` with a variantId.`,
    );
  }
  return only;
}
