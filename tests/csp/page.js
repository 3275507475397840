// Sets the properties the markup cannot (arrays of quotes) and records feed-status events. Runs
// as a module after the library bundle; no inline script anywhere on the page.
const quotes = [
  { symbol: '^HSI', price: 17284.54, change: 83.27, changePercent: 0.48, precision: 2 },
  { symbol: '^HSCE', price: 6120.37, change: 20.15, changePercent: 0.33, precision: 2 },
  { symbol: '000001.SS', price: 3052.9, change: 8.08, changePercent: 0.27, precision: 2 },
  { symbol: '^DJI', price: 37973.62, change: -487.3, changePercent: -1.27, precision: 2 },
  { symbol: '^GSPC', price: 5027.4, change: -44.23, changePercent: -0.87, precision: 2 },
  { symbol: '^IXIC', price: 15512.14, change: -200.61, changePercent: -1.28, precision: 2 },
  { symbol: 'HKD=X', price: 7.8281, change: -0.0028, changePercent: -0.04, precision: 4 },
  { symbol: 'BTC-USD', price: 64159.13, change: -370.27, changePercent: -0.57, precision: 2 },
];

document.querySelector('#feed').addEventListener('feed-status', (event) => {
  window.__csp.feedStatuses.push(event.detail);
});
document.querySelector('#strip').quotes = quotes;
document.querySelector('#details-cell').quote = {
  ...quotes[0],
  open: 17201.27,
  high: 17301,
  low: 17150.2,
  previousClose: 17201.27,
  volume: 1234567890,
  marketCap: 3456000000000,
  currency: 'HKD',
  time: '2024-04-19T08:08:00Z',
  delay: 15,
};
const card = document.querySelector('#card');
if (card) card.quotes = quotes;
window.__csp.pageReady = true;
