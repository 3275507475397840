// Every documented entry point of the published `market-ticker` package, and how to prove it works.
// The pack, Node, bundler and browser checks all read this list: a new entry point is one line.
//
// - `registers`: an element module; importing it (in Node too, for SSR) defines these tags.
// - `probe`: a DOM-free module; the probe calls it in plain Node and must return `expect`.
// - `browserOnly`: checked by the bundler and in Chromium, not imported in Node.
// - `file`: a plain file (JSON); it must resolve and parse.

export const PACKAGE = 'market-ticker';

export const ENTRY_POINTS = [
  { path: '.', registers: ['quote-cell', 'market-ticker', 'market-status', 'article-card'] },
  { path: './quote-cell.js', registers: ['quote-cell'] },
  { path: './market-ticker.js', registers: ['market-ticker', 'quote-cell'] },
  { path: './market-status.js', registers: ['market-status'] },
  { path: './article-card.js', registers: ['article-card', 'quote-cell'] },
  { path: './format.js', probe: (m) => m.formatPrice(17284.54, 2, 'en'), expect: '17,284.54' },
  { path: './format.js', probe: (m) => m.formatCompact(173e6, 'zh-Hant-HK'), expect: '1.73億' },
  {
    path: './sessions.js',
    probe: (m) => m.marketState('XHKG', Date.parse('2024-04-19T03:00:00Z')).state,
    expect: 'open',
  },
  { path: './holidays.js', probe: (m) => m.closureOn('XHKG', '2024-12-25')?.kind, expect: 'closed' },
  { path: './feeds.js', probe: (m) => m.parseFeedMessage('{"quotes":[{"symbol":"^HSI","price":1}]}').ok, expect: true },
  { path: './localization.js', probe: (m) => m.resolveLocale('zh-HK'), expect: 'zh-Hant-HK' },
  { path: './instruments.js', probe: (m) => m.instrumentName('^HSI', 'zh-Hant-HK'), expect: '恒指' },
  { path: './simulated-feed.js', probe: (m) => m.REFERENCE_QUOTES[0].symbol, expect: '^HSI' },
  { path: './market-ticker.bundle.js', browserOnly: true },
  { path: './custom-elements.json', file: true },
  { path: './vscode.html-custom-data.json', file: true },
  { path: './web-types.json', file: true },
];

/** `market-ticker/quote-cell.js` for `./quote-cell.js`. */
export const specifier = (path) => (path === '.' ? PACKAGE : `${PACKAGE}/${path.slice(2)}`);

/** market-ticker-react's components: each must be exported and render its tag (react-server.mjs). */
export const REACT_COMPONENTS = [
  { name: 'MarketTicker', tag: 'market-ticker' },
  { name: 'QuoteCell', tag: 'quote-cell' },
  { name: 'MarketStatus', tag: 'market-status' },
  { name: 'ArticleCard', tag: 'article-card' },
];
