/**
 * `import 'market-ticker'` registers every element and exposes the public modules.
 */
export * from './quote-cell/quote-cell.js';
// The class only: the module also hands a strip its banner's calendar loader, not a public API.
export { MarketStatus } from './market-status/market-status.js';
export * from './format.js';
export * from './instruments.js';
export * from './localization.js';
export type { Quote, LocalizedText, Trend } from './quote.js';
export type { TrendColors } from './trend-colors.js';
export * from './market-ticker/market-ticker.js';
export * from './article-card/article-card.js';
