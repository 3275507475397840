// The strip with market-ticker: the single-file bundle, one element, quotes as a property.
import '/packages/market-ticker/dist/market-ticker.bundle.js';
import { registerStrip } from '/bench/pages/strip.js';

registerStrip();
