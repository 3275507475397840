/**
 * The instrument catalogue: display names per locale and decimal places, by Yahoo-style symbol.
 * No DOM: usable in Node, workers and SSR.
 *
 * Names are what each market's own portals print, not translations of one another: a Hong Kong
 * page writes `恒指`, `金價`, `日圓` and keeps `Bitcoin` in Latin script; a mainland page writes
 * `上证指数`, `纽约原油`, `日元`, `比特币`.
 *
 * Importing this module makes every locale's names available at once. The elements do not import
 * it: they load a locale's names with its messages, so that a page downloads only its own locale's.
 * Both share one catalogue: `defineInstruments` here changes what the elements show.
 */
import { addBuiltInNames } from './catalogue.js';
import { names as traditional } from './names/zh-Hant-HK.js';
import { names as simplified } from './names/zh-Hans-CN.js';

export {
  cleanMarket,
  defineInstruments,
  instrumentExchange,
  instrumentName,
  instrumentPrecision,
  listInstruments,
  lookupInstrument,
  quoteMarket,
  type Instrument,
  type InstrumentInput,
  type InstrumentKind,
} from './catalogue.js';

addBuiltInNames('zh-Hant-HK', traditional);
addBuiltInNames('zh-Hans-CN', simplified);
