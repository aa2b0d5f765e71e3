/** The catalog's part of the contract. Thin: each call is a transaction over the rules beside it. */
import type { CoreDeps } from '../core/deps';
import type { HandlerSlice } from '../core/handlers';
import { timedQuery } from '../db/slow-query-log';
import { writeCatalog, type CatalogChange } from './catalog-write';
import { addCommitment, closeCommitment, listCommitments } from './commitments';
import { listStockMovements } from './movement-history';
import { addVariant, createProduct, updateProduct, updateVariant } from './product-editing';
import { addProductImage, deleteUnusedImageFiles, imageFileNamesOf, readImageUpload, removeProductImage, updateProductImage } from './product-images';
import { listProducts } from './product-search';
import { deleteProductRow, productBasics } from './product-store';
import { findVariantsBySku, readProduct } from './product-view';
import { adjustStock, setStock } from './stock-ledger';
import { deleteVariantRow, variantFacts } from './variant-store';

type CatalogCall =
  | 'listProducts'
  | 'getProduct'
  | 'createProduct'
  | 'updateProduct'
  | 'deleteProduct'
  | 'addProductImage'
  | 'updateProductImage'
  | 'removeProductImage'
  | 'createVariant'
  | 'updateVariant'
  | 'deleteVariant'
  | 'findVariantsBySku'
  | 'adjustStock'
  | 'setStock'
  | 'listStockMovements'
  | 'addCommitment'
  | 'closeCommitment'
  | 'listCommitments';

export function catalogHandlers(deps: CoreDeps): HandlerSlice<CatalogCall> {
  const { db } = deps;
  /** Runs a write, then answers with the product as it now is. */
  const writeThenRead = (work: (change: CatalogChange) => number) => readProduct(db, writeCatalog(deps, work));

  return {
    listProducts: (input) => listProducts(db, deps.log, input),
    getProduct: ({ id }) => timedQuery(deps.log, `getProduct ${id}`, () => readProduct(db, id)),
    createProduct: (input, ctx) => writeThenRead((change) => createProduct(change, input, ctx.actor)),
    updateProduct: (input) =>
      writeThenRead((change) => {
        updateProduct(change, input);
        return input.id;
      }),
    deleteProduct: ({ id }) => {
      const imageFiles = imageFileNamesOf(db, id);
      writeCatalog(deps, (change) => deleteProductRow(change, productBasics(db, id)));
      deleteUnusedImageFiles(deps, imageFiles);
      return { deleted: true };
    },
    addProductImage: ({ productId, fileName, dataBase64, alt }) => {
      const upload = readImageUpload(fileName, dataBase64);
      return writeThenRead((change) => addProductImage(change, deps.paths.imagesDir, productBasics(db, productId), upload, alt));
    },
    updateProductImage: (input) => writeThenRead((change) => updateProductImage(change, input)),
    removeProductImage: ({ id }) => {
      const removed = writeCatalog(deps, (change) => removeProductImage(change, id));
      deleteUnusedImageFiles(deps, [removed.fileName]);
      return readProduct(db, removed.productId);
    },

    createVariant: ({ productId, ...variant }, ctx) =>
      writeThenRead((change) => {
        addVariant(change, productBasics(db, productId), variant, ctx.actor);
        return productId;
      }),
    updateVariant: (input) => writeThenRead((change) => updateVariant(change, input)),
    deleteVariant: ({ id }) =>
      writeThenRead((change) => {
        const variant = variantFacts(db, id);
        deleteVariantRow(change, variant);
        return variant.productId;
      }),
    findVariantsBySku: ({ sku }) => findVariantsBySku(db, sku),

    adjustStock: ({ variantId, delta, kind, reason }, ctx) =>
      writeThenRead((change) => {
        const variant = variantFacts(db, variantId);
        adjustStock(change, variant, { kind, quantity: delta, reason, source: ctx.actor });
        return variant.productId;
      }),
    setStock: ({ variantId, onHand, reason }, ctx) =>
      writeThenRead((change) => {
        const variant = variantFacts(db, variantId);
        setStock(change, variant, onHand, reason, ctx.actor);
        return variant.productId;
      }),
    listStockMovements: (input) => listStockMovements(db, input),

    addCommitment: ({ variantId, quantity, reference }) =>
      writeThenRead((change) => {
        const variant = variantFacts(db, variantId);
        addCommitment(change, variant, quantity, reference);
        return variant.productId;
      }),
    closeCommitment: ({ id }) => writeThenRead((change) => closeCommitment(change, id)),
    listCommitments: ({ productId, includeClosed }) => {
      productBasics(db, productId); // a clear not-found rather than an empty list
      return listCommitments(db, productId, includeClosed);
    },
  };
}

