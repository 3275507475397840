// The reference figures every consumer shows (from the reference page, as tests/fixtures/seed-strip.json).
export const QUOTES = [
  { symbol: '^HSI', price: 17284.54, change: 83.27, changePercent: 0.48, precision: 2 },
  { symbol: '^DJI', price: 37775.38, change: -487.3, changePercent: -1.27, precision: 2 },
  { symbol: 'HKD=X', price: 7.8281, change: -0.0028, precision: 4 },
];
