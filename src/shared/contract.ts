/**
 * Every call the core answers, declared once: name → input schema, output schema, and a
 * one-line summary (the CLI's help). The preload bridge, the WebSocket bridge and the CLI
 * are generated from this object, so they cannot drift from it.
 */
import { z } from 'zod';
import {
  Commitment,
  CreateProductInput,
  CreateVariantInput,
  Id,
  ListProductsInput,
  MovementKind,
  Product,
  ProductPage,
  StockMovement,
  UpdateProductInput,
  UpdateVariantInput,
  Variant,
} from './catalog';
import { Settings, SettingsPatch } from './settings';

interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  summary: string;
}

const call = <I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O): CallSpec<I, O> => ({
  input,
  output,
  summary,
});

const ById = z.object({ id: Id }).strict();
const Deleted = z.object({ deleted: z.literal(true) });
const reason = z.string().trim().min(1, 'Say why the stock changed').max(500);

export const contract = {
  listProducts: call('List products, paged, with search, filters and sorting', ListProductsInput, ProductPage),
  getProduct: call('Get one product with its variants', ById, Product),
  createProduct: call('Create a product with its variants', CreateProductInput, Product),
  updateProduct: call('Change a product\u2019s fields', UpdateProductInput, Product),
  deleteProduct: call('Delete a product and its variants', ById, Deleted),

  createVariant: call('Add a variant to a product', CreateVariantInput, Product),
  updateVariant: call('Change a variant\u2019s fields', UpdateVariantInput, Product),
  deleteVariant: call('Delete a variant (a product keeps at least one)', ById, Product),
  findVariantsBySku: call(
    'Find variants whose SKU matches exactly (trimmed, case-insensitive)',
    z.object({ sku: z.string().trim().min(1, 'Give a SKU') }).strict(),
    z.array(Variant.extend({ productName: z.string() })),
  ),

  adjustStock: call(
    'Change on-hand stock by a delta, with a reason (bundles consume their components)',
    z
      .object({
        variantId: Id,
        delta: z
          .number()
          .int()
          .min(-1_000_000)
          .max(1_000_000)
          .refine((d) => d !== 0, 'A change of 0 does nothing'),
        kind: MovementKind.exclude(['stocktake', 'order_import']).default('adjustment'),
        reason,
      })
      .strict(),
    Product,
  ),
  setStock: call(
    'Set on-hand stock to a counted quantity (stocktake)',
    z
      .object({
        variantId: Id,
        onHand: z.number().int().min(0).max(1_000_000),
        reason: reason.default('Stocktake'),
      })
      .strict(),
    Product,
  ),
  listStockMovements: call(
    'List stock movements, newest first',
    z
      .object({
        variantId: Id.optional(),
        productId: Id.optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    z.object({ total: z.number().int().min(0), rows: z.array(StockMovement) }),
  ),

  addCommitment: call(
    'Commit units of a variant to a wholesale order',
    z
      .object({
        variantId: Id,
        quantity: z.number().int().min(1, 'Commit at least 1 unit').max(1_000_000),
        reference: z.string().trim().min(1, 'Give the wholesale order a reference').max(255),
      })
      .strict(),
    Product,
  ),
  closeCommitment: call('Close a wholesale commitment (its units are no longer held)', ById, Product),
  listCommitments: call(
    'List wholesale commitments of a product',
    z.object({ productId: Id, includeClosed: z.boolean().default(false) }).strict(),
    z.array(Commitment.extend({ sku: z.string() })),
  ),

  getSettings: call('Read the settings', z.object({}).strict().default({}), Settings),
  setSettings: call('Change some settings', SettingsPatch, Settings),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
/** The input as a handler receives it: validated, defaults filled in. */
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** The client-side shape of the contract: one async function per call. */
export type StockpilotApi = { [K in CallName]: (input: CallInput<K>) => Promise<CallOutput<K>> };
