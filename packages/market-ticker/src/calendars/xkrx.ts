import type { CalendarYear } from './types.js';

// KRX: closed on Korean public holidays (with substitute holidays), election days, Labour Day
// (1 May) and the last weekday of the year. Late opens: the first trading day of the year opens
// at 10:00 (the opening ceremony) and closes as usual at 15:30; on the college entrance exam day
// (CSAT) the whole day moves an hour, 10:00-16:30.
export const SEOUL: readonly CalendarYear[] = [
  {
    year: 2024,
    closed: [
      ["New Year's Day", '01-01'],
      ['Seollal', '02-09', '02-12'],
      ['Independence Movement Day', '03-01'],
      ['National Assembly election', '04-10'],
      ['Labour Day', '05-01'],
      ["Children's Day (substitute)", '05-06'],
      ["Buddha's Birthday", '05-15'],
      ['Memorial Day', '06-06'],
      ['Liberation Day', '08-15'],
      ['Chuseok', '09-16', '09-17', '09-18'],
      ['Armed Forces Day', '10-01'],
      ['National Foundation Day', '10-03'],
      ['Hangul Day', '10-09'],
      ['Christmas Day', '12-25'],
      ['Year-end closing', '12-31'],
    ],
    special: [
      ['First trading day (late open)', '01-02@10:00-15:30'],
      ['College entrance exam (late open)', '11-14@10:00-16:30'],
    ],
  },
  {
    year: 2025,
    closed: [
      ["New Year's Day", '01-01'],
      ['Seollal', '01-27', '01-28', '01-29', '01-30'],
      ['Independence Movement Day (substitute)', '03-03'],
      ['Labour Day', '05-01'],
      ["Children's Day and Buddha's Birthday", '05-05'],
      ["Buddha's Birthday (substitute)", '05-06'],
      ['Presidential election', '06-03'],
      ['Memorial Day', '06-06'],
      ['Liberation Day', '08-15'],
      ['National Foundation Day', '10-03'],
      ['Chuseok', '10-06', '10-07', '10-08'],
      ['Hangul Day', '10-09'],
      ['Christmas Day', '12-25'],
      ['Year-end closing', '12-31'],
    ],
    special: [
      ['First trading day (late open)', '01-02@10:00-15:30'],
      ['College entrance exam (late open)', '11-13@10:00-16:30'],
    ],
  },
  {
    year: 2026,
    closed: [
      ["New Year's Day", '01-01'],
      ['Seollal', '02-16', '02-17', '02-18'],
      ['Independence Movement Day (substitute)', '03-02'],
      ['Labour Day', '05-01'],
      ["Children's Day", '05-05'],
      ["Buddha's Birthday (substitute)", '05-25'],
      ['Local elections', '06-03'],
      ['Liberation Day (substitute)', '08-17'],
      ['Chuseok', '09-24', '09-25'],
      ['National Foundation Day (substitute)', '10-05'],
      ['Hangul Day', '10-09'],
      ['Christmas Day', '12-25'],
      ['Year-end closing', '12-31'],
    ],
    special: [
      ['First trading day (late open)', '01-02@10:00-15:30'],
      ['College entrance exam (late open)', '11-19@10:00-16:30'],
    ],
  },
  {
    year: 2027,
    provisional: true,
    closed: [
      ["New Year's Day", '01-01'],
      ['Seollal', '02-08', '02-09'],
      ['Independence Movement Day', '03-01'],
      ["Children's Day", '05-05'],
      ["Buddha's Birthday", '05-13'],
      ['Liberation Day (substitute)', '08-16'],
      ['Chuseok', '09-14', '09-15', '09-16'],
      ['National Foundation Day (substitute)', '10-04'],
      ['Hangul Day (substitute)', '10-11'],
      ['Christmas Day (substitute)', '12-27'],
      ['Year-end closing', '12-31'],
    ],
    special: [
      ['First trading day (late open)', '01-04@10:00-15:30'],
      // The exam date is the Ministry of Education's; KRX confirms the hours shortly before.
      ['College entrance exam (late open)', '11-18@10:00-16:30'],
    ],
  },
];
