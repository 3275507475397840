/**
 * What a feed-driven element needs of the feeds, in one module that the feed controller imports on
 * first use: one chunk in the CDN build, and only these four in the single file's namespace
 * object, so that the rest of `feeds.js` is still tree-shaken there.
 */
export { createFeed, mergeQuotes } from '../feeds.js';
export { createSimulatedFeed } from '../simulated-feed.js';
export { marketsOfQuotes } from './rest.js';
