import type { CalendarYear } from './types.js';

// ASX: closed on national and New South Wales public holidays that fall on weekdays (ANZAC Day on
// a weekend has no substitute); on the last business days before Christmas and of the year the
// closing single price auction runs at 14:10 instead of 16:10.
export const SYDNEY: readonly CalendarYear[] = [
  {
    year: 2024,
    closed: [
      ["New Year's Day", '01-01'],
      ['Australia Day (observed)', '01-26'],
      ['Good Friday', '03-29'],
      ['Easter Monday', '04-01'],
      ['ANZAC Day', '04-25'],
      ["King's Birthday", '06-10'],
      ['Christmas Day', '12-25'],
      ['Boxing Day', '12-26'],
    ],
    halfDays: [
      ['Last business day before Christmas', '12-24'],
      ['Last business day of the year', '12-31'],
    ],
  },
  {
    year: 2025,
    closed: [
      ["New Year's Day", '01-01'],
      ['Australia Day (observed)', '01-27'],
      ['Good Friday', '04-18'],
      ['Easter Monday', '04-21'],
      ['ANZAC Day', '04-25'],
      ["King's Birthday", '06-09'],
      ['Christmas Day', '12-25'],
      ['Boxing Day', '12-26'],
    ],
    halfDays: [
      ['Last business day before Christmas', '12-24'],
      ['Last business day of the year', '12-31'],
    ],
  },
  {
    year: 2026,
    closed: [
      ["New Year's Day", '01-01'],
      ['Australia Day', '01-26'],
      ['Good Friday', '04-03'],
      ['Easter Monday', '04-06'],
      ["King's Birthday", '06-08'],
      ['Christmas Day', '12-25'],
      ['Boxing Day (observed)', '12-28'],
    ],
    halfDays: [
      ['Last business day before Christmas', '12-24'],
      ['Last business day of the year', '12-31'],
    ],
  },
  {
    year: 2027,
    provisional: true,
    closed: [
      ["New Year's Day", '01-01'],
      ['Australia Day', '01-26'],
      ['Good Friday', '03-26'],
      ['Easter Monday', '03-29'],
      ["King's Birthday", '06-14'],
      ['Christmas Day (observed)', '12-27'],
      ['Boxing Day (observed)', '12-28'],
    ],
    halfDays: [
      ['Last business day before Christmas', '12-24'],
      ['Last business day of the year', '12-31'],
    ],
  },
];
