/** Every bundled calendar, added at import: what the synchronous `holidays.js` and `sessions.js` need. */
import { addCalendarModule, type CalendarFile, type CalendarModule } from '../holidays-core.js';
import * as xhkg from './xhkg.js';
import * as mainland from './mainland.js';
import * as usEquities from './us-equities.js';
import * as xlon from './xlon.js';
import * as xtks from './xtks.js';
import * as xkrx from './xkrx.js';
import * as xtai from './xtai.js';
import * as xasx from './xasx.js';
import * as xses from './xses.js';
import * as india from './india.js';
import * as europe from './europe.js';
import * as xtse from './xtse.js';
import * as usFutures from './us-futures.js';

const ALL: Record<CalendarFile, CalendarModule> = {
  xhkg,
  mainland,
  'us-equities': usEquities,
  xlon,
  xtks,
  xkrx,
  xtai,
  xasx,
  xses,
  india,
  europe,
  xtse,
  'us-futures': usFutures,
};
for (const [file, module] of Object.entries(ALL)) addCalendarModule(file as CalendarFile, module);
