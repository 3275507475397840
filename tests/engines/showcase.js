// The showcase page: the interface locale from `?lang=`, the reference strip's quotes as data.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) document.documentElement.lang = lang;
const seed = await (await fetch('/tests/fixtures/seed-strip.json')).json();
const quotes = seed.quotes.map(({ symbol, price, change, changePercent, precision }) => ({
  symbol,
  price,
  change,
  changePercent,
  precision,
}));
document.querySelector('#strip').quotes = quotes;
document.querySelector('#card').quotes = quotes;
await Promise.all(
  ['market-ticker', 'quote-cell', 'market-status', 'article-card'].map((tag) => customElements.whenDefined(tag)),
);
await document.fonts.ready;
window.__ready = true;
