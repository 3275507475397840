/**
 * What a feed-driven element needs of the feeds: the controller that runs them, with the feeds,
 * the provider adapters and the simulated feed it uses. They are about a third of the strip's code
 * and a page that sets `quotes` itself needs none of it, so they load when an element first names a
 * feed (`feed-element.ts`): one chunk in the CDN build; in the single file, only the controller in
 * this module's namespace object, so that the rest of `feeds.js` is still tree-shaken there.
 */
export { FeedController } from '../controllers/feed-controller.js';
