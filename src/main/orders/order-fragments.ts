/** The fragments the order reads share: the paged read and the bulk read get the same fields. */
export { default as importedOrderFragment } from './operations/imported-order.graphql?raw';
export { default as importedLineFragment } from './operations/imported-line.graphql?raw';
export { default as importedRefundFragment } from './operations/imported-refund.graphql?raw';
export { default as importedFulfillmentFragment } from './operations/imported-fulfillment.graphql?raw';
