// What Apollo Server's `import('graphql')` (incrementalDeliveryPolyfill.js) reads: the version, to
// find graphql 17's incremental delivery. Importing the whole namespace instead would keep every
// graphql export in the bundle, used or not.
export { version } from 'graphql';
