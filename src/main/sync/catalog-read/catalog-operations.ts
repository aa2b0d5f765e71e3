/** The Shopify operations that read the whole catalog (documents in shopify/operations/catalog-*.graphql). */
import { catalogProductFields, catalogVariantFields } from '../../shopify/catalog-fragments';
import { defineOperation } from '../../shopify/shopify-operation';
import countDocument from '../../shopify/operations/catalog-count.graphql?raw';
import productsPageDocument from '../../shopify/operations/catalog-products-page.graphql?raw';
import variantsPageDocument from '../../shopify/operations/catalog-variants-page.graphql?raw';
import bulkRunDocument from '../../shopify/operations/catalog-bulk-run.graphql?raw';
import bulkStatusDocument from '../../shopify/operations/catalog-bulk-status.graphql?raw';
import bulkCancelDocument from '../../shopify/operations/catalog-bulk-cancel.graphql?raw';

export { default as bulkCatalogQueryDocument } from '../../shopify/operations/catalog-bulk-query.graphql?raw';

export const catalogCountQuery = defineOperation(countDocument);
export const productsPageQuery = defineOperation(productsPageDocument, catalogProductFields);
export const variantsPageQuery = defineOperation(variantsPageDocument, catalogVariantFields);
export const bulkRunMutation = defineOperation(bulkRunDocument);
export const bulkStatusQuery = defineOperation(bulkStatusDocument);
export const bulkCancelMutation = defineOperation(bulkCancelDocument);

/** Shopify's largest page. */
export const PAGE_SIZE = 250;
