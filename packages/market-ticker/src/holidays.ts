/**
 * Exchange closures and half days, as data, with a run-time extension API (the public
 * `market-ticker/holidays.js`): every market's calendar is here at import. No DOM: usable in
 * Node, workers and SSR. Dates and sources: `holidays-core.ts` and `docs/holiday-sources.md`.
 */
import './calendars/all.js';

export {
  addClosures,
  closureOn,
  closureYears,
  removeClosures,
  type Closure,
  type ClosureEntry,
  type ClosureKind,
} from './holidays-core.js';
