/** Fragments the catalog reads share (the compare's pages and linking's product read). */
export { default as catalogProductFields } from './operations/fragments/catalog-product-fields.graphql?raw';
export { default as catalogVariantFields } from './operations/fragments/catalog-variant-fields.graphql?raw';
