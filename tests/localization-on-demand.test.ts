/**
 * Locale messages load on demand (a module per locale, the first time it is used): once they have
 * loaded, every figure, name and word of an element already on the page is in the new locale. A page of its own, so that no locale
 * has been loaded before these tests.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { getLocale, setLocale } from '../packages/market-ticker/src/localization.js';
import '../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import { partText, settled } from './support.js';

const HSI = {
  symbol: '^HSI',
  price: 17284.54,
  change: 83.27,
  changePercent: 0.48,
  open: 17202.45,
  previousClose: 17201.27,
  volume: 1234567890,
};

describe('locale messages loaded on demand', () => {
  after(async () => {
    await setLocale('en');
  });

  it('a cell rendered before the messages arrive shows the new words with the new figures once they have', async () => {
    await setLocale('en');
    // The cell renders while the locale's messages are still on their way, as on a page that
    // switches at load.
    const switching = setLocale('zh-Hant-HK');
    const cell = await fixture<QuoteCell>(html`<quote-cell details .quote=${HSI}></quote-cell>`);
    await switching;
    expect(getLocale()).to.equal('zh-Hant-HK');
    await settled(cell);
    const card = partText(cell, 'details-card');
    expect(card, 'the words').to.contain('成交量').and.not.contain('Volume');
    expect(card, 'the figures').to.contain('12.35億');
    expect(partText(cell, 'label')).to.equal('恒指');
  });
});
