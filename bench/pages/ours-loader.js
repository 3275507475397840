// The same strip through the CDN loader: loader.js defines <market-ticker> when the strip is
// inserted, importing its hashed chunks (preloaded) from beside itself.
import '/packages/market-ticker/dist/cdn/loader.js';
import { registerStrip } from '/bench/pages/strip.js';

registerStrip();
