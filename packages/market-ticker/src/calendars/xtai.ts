import type { CalendarYear } from './types.js';

// TWSE: closed on Taiwan's national holidays (with the government's adjusted days off), and on
// the two weekdays before the Lunar New Year holiday ("no trading, clearing and settlement
// only"). Typhoon closures are announced by the local governments on the day; 2024's are listed.
export const TAIPEI: readonly CalendarYear[] = [
  {
    year: 2024,
    closed: [
      ["New Year's Day", '01-01'],
      ['Lunar New Year (no trading)', '02-06', '02-07'],
      ['Lunar New Year', '02-08', '02-09', '02-12', '02-13', '02-14'],
      ['Peace Memorial Day', '02-28'],
      ["Children's Day and Tomb-sweeping Day", '04-04', '04-05'],
      ['Labour Day', '05-01'],
      ['Dragon Boat Festival', '06-10'],
      ['Typhoon Gaemi', '07-24', '07-25'],
      ['Mid-Autumn Festival', '09-17'],
      ['Typhoon Krathon', '10-02', '10-03'],
      ['National Day', '10-10'],
      ['Typhoon Kong-rey', '10-31'],
    ],
  },
  {
    year: 2025,
    closed: [
      ["New Year's Day", '01-01'],
      ['Lunar New Year (no trading)', '01-23', '01-24'],
      ['Lunar New Year', '01-27', '01-28', '01-29', '01-30', '01-31'],
      ['Peace Memorial Day', '02-28'],
      ["Children's Day and Tomb-sweeping Day", '04-03', '04-04'],
      ['Labour Day', '05-01'],
      ['Dragon Boat Festival (observed)', '05-30'],
      ["Teachers' Day (observed)", '09-29'],
      ['Mid-Autumn Festival', '10-06'],
      ['National Day', '10-10'],
      ['Taiwan Retrocession Day', '10-24'],
      ['Constitution Day', '12-25'],
    ],
  },
  {
    year: 2026,
    closed: [
      ["New Year's Day", '01-01'],
      ['Lunar New Year (no trading)', '02-12', '02-13'],
      ['Lunar New Year', '02-16', '02-17', '02-18', '02-19', '02-20'],
      ['Peace Memorial Day (observed)', '02-27'],
      ["Children's Day (observed)", '04-03'],
      ['Tomb-sweeping Day (observed)', '04-06'],
      ['Labour Day', '05-01'],
      ['Dragon Boat Festival', '06-19'],
      ['Mid-Autumn Festival', '09-25'],
      ["Teachers' Day (observed)", '09-28'],
      ['National Day (observed)', '10-09'],
      ['Taiwan Retrocession Day (observed)', '10-26'],
      ['Constitution Day', '12-25'],
    ],
  },
  {
    year: 2027,
    provisional: true,
    closed: [
      ["New Year's Day", '01-01'],
      ['Lunar New Year (no trading)', '02-02', '02-03'],
      ['Lunar New Year', '02-04', '02-05', '02-08', '02-09', '02-10'],
      ['Peace Memorial Day (observed)', '03-01'],
      ["Children's Day and Tomb-sweeping Day", '04-05', '04-06'],
      ['Labour Day (observed)', '04-30'],
      ['Dragon Boat Festival', '06-09'],
      ['Mid-Autumn Festival', '09-15'],
      ["Teachers' Day", '09-28'],
      ['National Day (observed)', '10-11'],
      ['Taiwan Retrocession Day', '10-25'],
      ['Constitution Day (observed)', '12-24'],
      // 1 January 2028 is a Saturday: the holiday moves to the Friday before.
      ["New Year's Day 2028 (observed)", '12-31'],
    ],
  },
];
