// The cost of one mutation root field before its selection is counted: 10, plus Shopify's
// "dynamic complexity" for mutations whose cost grows with their input (changelog 2025-10).
import { getNamedType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import type { GraphQLArgument, GraphQLInputType } from 'graphql';
import { MUTATION_BASE_COST } from './cost-rules';

type Input = Record<string, unknown>;

/** Mutations charged a fixed amount other than 10 (seen in the recordings). */
const FIXED_MUTATION_COSTS: Readonly<Record<string, number>> = {
  refundCreate: 20,
};

/**
 * Dynamic complexity as documented: productSet per its input annotations (repeated here
 * because a schema without descriptions, like the local store's, loses them),
 * productCreate/productUpdate per the changelog (0.4 per metafield, 1.9 per media), and
 * productVariantsBulkCreate as recorded (0.2 per variant, like productSet).
 */
const KNOWN_COMPLEXITY: Readonly<Record<string, (args: Input) => number>> = {
  productSet: (args) => {
    const input = asInput(args.input) ?? {};
    const variants = asList(input.variants);
    return (
      variants.length * 0.2 +
      variants.filter((v) => asInput(v.file)).length * 0.6 +
      sumOf(variants, (v) => asList(v.metafields).length) * 0.4 +
      asList(input.metafields).length * 0.4 +
      asList(input.files).length * 1.9
    );
  },
  productCreate: productMetafieldsAndMedia,
  productUpdate: productMetafieldsAndMedia,
  productVariantsBulkCreate: (args) => asList(args.variants).length * 0.2,
};

// Input fields documented as "Complexity cost: 0.2 per variant." and the like.
const ANNOTATION = /Complexity cost:\s*([0-9]+(?:\.[0-9]+)?)\s*per\b/i;

export function mutationBaseCost(fieldName: string, argDefs: readonly GraphQLArgument[], args: Input): number {
  const fixed = FIXED_MUTATION_COSTS[fieldName];
  if (fixed !== undefined) return fixed;
  let annotated = 0;
  for (const def of argDefs) annotated += annotatedComplexity(def.type, args[def.name]);
  // Whichever knows more: the schema's annotations, or the documented rules for a schema without them.
  const known = KNOWN_COMPLEXITY[fieldName]?.(args) ?? 0;
  return Math.round(MUTATION_BASE_COST + Math.max(annotated, known));
}

/** Sums the "Complexity cost" annotations of every input field present in `value`. */
function annotatedComplexity(type: GraphQLInputType, value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (isNonNullType(type)) return annotatedComplexity(type.ofType, value);
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    return items.reduce<number>((total, item) => total + annotatedComplexity(type.ofType, item), 0);
  }
  if (!isInputObjectType(type) || typeof value !== 'object') return 0;
  let total = 0;
  for (const field of Object.values(type.getFields())) {
    const fieldValue = (value as Input)[field.name];
    if (fieldValue === null || fieldValue === undefined) continue;
    const weight = ANNOTATION.exec(field.description ?? '')?.[1];
    if (weight !== undefined) total += Number(weight) * (Array.isArray(fieldValue) ? fieldValue.length : 1);
    if (isInputObjectType(getNamedType(field.type))) total += annotatedComplexity(field.type, fieldValue);
  }
  return total;
}

function productMetafieldsAndMedia(args: Input): number {
  const product = asInput(args.product) ?? asInput(args.input) ?? {};
  return asList(product.metafields).length * 0.4 + asList(args.media).length * 1.9;
}

function asInput(value: unknown): Input | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Input) : undefined;
}

function asList(value: unknown): Input[] {
  return Array.isArray(value) ? value.map((item) => asInput(item) ?? {}) : [];
}

function sumOf(items: Input[], count: (item: Input) => number): number {
  return items.reduce((total, item) => total + count(item), 0);
}
