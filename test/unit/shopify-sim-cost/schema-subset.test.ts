import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subsetDifferences } from '../../conformance/schema-subset';
import { smallAdminSchema } from './small-admin-schema';

const subset = (sdl: string) => subsetDifferences(buildSchema(sdl), smallAdminSchema);

describe('checking the local store schema against the real one', () => {
  it('accepts a faithful cut of the real schema', () => {
    expect(
      subset(`
        schema { query: QueryRoot }
        enum ProductStatus { ACTIVE DRAFT }
        interface Node { id: ID! }
        type Product implements Node { id: ID! title: String! status: ProductStatus! }
        type QueryRoot { product(id: ID!): Product }
      `),
    ).toEqual([]);
  });

  it('names every invented type, field, argument, enum value and changed nullability', () => {
    expect(
      subset(`
        schema { query: QueryRoot mutation: Mutation }
        enum ProductStatus { ACTIVE UNLISTED }
        type Product { id: ID! title: String }
        type Bundle { id: ID! }
        input ProductVariantSetInput { sku: String barcode: String }
        input ProductSetInput { title: String! }
        type ProductSetPayload { userErrors: [String!]! }
        type QueryRoot { product(id: ID, handle: String): Product bundle: Bundle }
        type Mutation { productSet(input: ProductSetInput!, variants: [ProductVariantSetInput!]): ProductSetPayload }
      `),
    ).toEqual([
      'enum value ProductStatus.UNLISTED does not exist',
      'field Product.title is String here but String! in the real schema',
      'type Bundle does not exist',
      'input field ProductVariantSetInput.barcode does not exist',
      'input field ProductSetInput.title is String! here but String in the real schema',
      'field ProductSetPayload.userErrors is [String!]! here but [UserError!]! in the real schema',
      'argument QueryRoot.product.id is ID here but ID! in the real schema',
      'argument QueryRoot.product.handle does not exist',
      'field QueryRoot.bundle does not exist',
      'argument Mutation.productSet.variants does not exist',
    ]);
  });

  it('notices a required argument left out and a default that differs, and allows a narrower type', () => {
    expect(
      subset(`
        schema { query: QueryRoot }
        interface Node { id: ID! }
        type Product { id: ID! }
        type Location implements Node { id: ID! }
        type QueryRoot { product: Product products(first: Int = 10): ProductConnection! }
        type ProductConnection { nodes: [Product!]! }
      `),
    ).toEqual([
      'required argument QueryRoot.product.id is missing',
      'argument QueryRoot.products.first defaults to 10 here but undefined in the real schema',
    ]);
  });
});
