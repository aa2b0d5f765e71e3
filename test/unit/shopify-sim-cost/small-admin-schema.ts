// A few Admin API types, shaped like Shopify's, for costing documents without the 3.5 MB schema.
import { buildSchema } from 'graphql';

export const SMALL_ADMIN_SDL = /* GraphQL */ `
  schema { query: QueryRoot mutation: Mutation }
  scalar Decimal
  enum CurrencyCode { USD EUR }
  enum ProductStatus { ACTIVE DRAFT ARCHIVED }
  interface Node { id: ID! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type MoneyV2 { amount: Decimal! currencyCode: CurrencyCode! }
  type MoneyBag { shopMoney: MoneyV2! presentmentMoney: MoneyV2! }
  type Count { count: Int! }
  type Shop implements Node { id: ID! name: String! currencyCode: CurrencyCode! }
  type Location implements Node { id: ID! name: String! }
  type SelectedOption { name: String! value: String! }
  type InventoryItem implements Node { id: ID! tracked: Boolean! unitCost: MoneyV2 }
  type ProductVariant implements Node {
    id: ID!
    sku: String
    price: MoneyV2!
    selectedOptions: [SelectedOption!]!
    inventoryItem: InventoryItem!
    product: Product!
  }
  type ProductVariantEdge { cursor: String! node: ProductVariant! }
  type ProductVariantConnection { edges: [ProductVariantEdge!]! nodes: [ProductVariant!]! pageInfo: PageInfo! }
  type Product implements Node {
    id: ID!
    title: String!
    status: ProductStatus!
    priceRange: MoneyBag
    variants(first: Int, after: String, last: Int, before: String): ProductVariantConnection!
  }
  type ProductEdge { cursor: String! node: Product! }
  type ProductConnection { edges: [ProductEdge!]! nodes: [Product!]! pageInfo: PageInfo! }
  type QueryRoot {
    shop: Shop!
    product(id: ID!): Product
    products(first: Int, after: String, last: Int, before: String, query: String): ProductConnection!
    productsCount(query: String): Count
    node(id: ID!): Node
    nodes(ids: [ID!]!): [Node]!
  }
  type UserError { field: [String!] message: String! }
  input ProductVariantSetInput { sku: String }
  input ProductSetInput {
    title: String
    """
    A list of variants associated with the product.
    Complexity cost: 0.2 per variant.
    """
    variants: [ProductVariantSetInput!]
  }
  input RefundInput { orderId: ID! }
  type ProductSetPayload { product: Product userErrors: [UserError!]! }
  type RefundCreatePayload { userErrors: [UserError!]! }
  type Mutation {
    productSet(input: ProductSetInput!): ProductSetPayload
    productVariantsBulkCreate(productId: ID!, variants: [ProductVariantSetInput!]!): ProductSetPayload
    refundCreate(input: RefundInput!): RefundCreatePayload
  }
`;

export const smallAdminSchema = buildSchema(SMALL_ADMIN_SDL);
