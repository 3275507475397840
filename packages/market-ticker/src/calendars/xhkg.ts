import type { CalendarYear } from './types.js';

// HKEX: closed on Hong Kong general holidays that fall on weekdays; no afternoon session on the
// eves of Christmas, New Year and Lunar New Year when they fall on weekdays. Severe-weather
// closures are not predictable and are added at run time (since 23 Sep 2024 HKEX trades through
// typhoon signal 8 and black rainstorms, so new ones should be rare).
export const HONG_KONG: readonly CalendarYear[] = [
  {
    year: 2024,
    closed: [
      ["New Year's Day", '01-01'],
      ['Lunar New Year', '02-12', '02-13'],
      ['Good Friday', '03-29'],
      ['Easter Monday', '04-01'],
      ['Ching Ming Festival', '04-04'],
      ['Labour Day', '05-01'],
      ["Buddha's Birthday", '05-15'],
      ['Tuen Ng Festival', '06-10'],
      ['HKSAR Establishment Day', '07-01'],
      ['Typhoon signal No. 8 (Yagi)', '09-06'],
      ['Day following Mid-Autumn Festival', '09-18'],
      ['National Day', '10-01'],
      ['Chung Yeung Festival', '10-11'],
      ['Christmas Day', '12-25'],
      ['First weekday after Christmas Day', '12-26'],
    ],
    halfDays: [
      ["Lunar New Year's Eve", '02-09'],
      ['Christmas Eve', '12-24'],
      ["New Year's Eve", '12-31'],
    ],
  },
  {
    year: 2025,
    closed: [
      ["New Year's Day", '01-01'],
      ['Lunar New Year', '01-29', '01-30', '01-31'],
      ['Ching Ming Festival', '04-04'],
      ['Good Friday', '04-18'],
      ['Easter Monday', '04-21'],
      ['Labour Day', '05-01'],
      ["Buddha's Birthday", '05-05'],
      ['HKSAR Establishment Day', '07-01'],
      ['National Day', '10-01'],
      ['Day following Mid-Autumn Festival', '10-07'],
      ['Chung Yeung Festival', '10-29'],
      ['Christmas Day', '12-25'],
      ['First weekday after Christmas Day', '12-26'],
    ],
    halfDays: [
      ["Lunar New Year's Eve", '01-28'],
      ['Christmas Eve', '12-24'],
      ["New Year's Eve", '12-31'],
    ],
  },
  {
    year: 2026,
    closed: [
      ["New Year's Day", '01-01'],
      ['Lunar New Year', '02-17', '02-18', '02-19'],
      ['Good Friday', '04-03'],
      ['Day following Ching Ming Festival', '04-06'],
      ['Day following Easter Monday', '04-07'],
      ['Labour Day', '05-01'],
      ["Day following Buddha's Birthday", '05-25'],
      ['Tuen Ng Festival', '06-19'],
      ['HKSAR Establishment Day', '07-01'],
      ['National Day', '10-01'],
      ['Day following Chung Yeung Festival', '10-19'],
      ['Christmas Day', '12-25'],
    ],
    halfDays: [
      ["Lunar New Year's Eve", '02-16'],
      ['Christmas Eve', '12-24'],
      ["New Year's Eve", '12-31'],
    ],
  },
  {
    year: 2027,
    provisional: true,
    closed: [
      ["New Year's Day", '01-01'],
      // Lunar New Year's Day is Saturday 6 Feb and the second day a Sunday, so the fourth day
      // (Tuesday) is the substitute holiday.
      ['Lunar New Year', '02-08', '02-09'],
      ['Good Friday', '03-26'],
      ['Easter Monday', '03-29'],
      ['Ching Ming Festival', '04-05'],
      ["Buddha's Birthday", '05-13'],
      ['Tuen Ng Festival', '06-09'],
      ['HKSAR Establishment Day', '07-01'],
      ['Day following Mid-Autumn Festival', '09-16'],
      ['National Day', '10-01'],
      ['Chung Yeung Festival', '10-08'],
      ['First weekday after Christmas Day', '12-27'],
    ],
    halfDays: [
      ["Lunar New Year's Eve", '02-05'],
      ['Christmas Eve', '12-24'],
      ["New Year's Eve", '12-31'],
    ],
  },
];
