/**
 * Locale messages load on demand (a module per locale, the first time it is used): once they have
 * loaded, every figure, name and word of an element already on the page is in the new locale. A page of its own, so that no locale
 * has been loaded before these tests.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { defineInstruments, instrumentName } from '../packages/market-ticker/src/catalogue.js';
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

/** The locale data modules this page has requested so far (messages and names, one per locale). */
const requested = (what: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes(what));

describe('locale messages loaded on demand', () => {
  after(async () => {
    await setLocale('en');
  });

  // First, while no locale but English has been used on this page.
  it('an English page loads no Chinese names; a switch brings the names with the words', async () => {
    await setLocale('en');
    const cell = await fixture<QuoteCell>(html`<quote-cell .quote=${HSI}></quote-cell>`);
    expect(partText(cell, 'label')).to.equal('Hang Seng Index');
    expect(requested('/names/'), 'names requested in English').to.deep.equal([]);
    expect(instrumentName('^HSI', 'zh-Hans-CN'), 'before its data').to.equal('Hang Seng Index');

    await setLocale('zh-Hans-CN');
    await settled(cell);
    expect(requested('/names/zh-Hans-CN'), "the locale's names").to.have.length(1);
    expect(requested('/names/zh-Hant-HK'), "another locale's names").to.deep.equal([]);
    expect(partText(cell, 'label')).to.equal('恒生指数');
  });

  // While zh-Hant-HK has not been used on this page.
  it('a cell added while its locale loads draws once, in that locale, with its words and figures', async () => {
    await setLocale('en');
    // The cell is added while the locale's data is still on its way, as on a page that switches
    // at load.
    const switching = setLocale('zh-Hant-HK');
    const cell = Object.assign(document.createElement('quote-cell'), { details: true, quote: HSI });
    document.body.append(cell);
    const drawn: string[] = [];
    new MutationObserver(() => drawn.push(partText(cell, 'label'))).observe(cell.shadowRoot!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    await switching;
    expect(getLocale()).to.equal('zh-Hant-HK');
    await settled(cell);
    expect(drawn[0], 'the first drawing').to.equal('恒指');
    const card = partText(cell, 'details-card');
    expect(card, 'the words').to.contain('成交量').and.not.contain('Volume');
    expect(card, 'the figures').to.contain('12.35億');
    expect(partText(cell, 'label')).to.equal('恒指');
    cell.remove();
  });

  it("a site's name given before the locale's names arrive is not replaced by them", async () => {
    await setLocale('en');
    defineInstruments([{ symbol: '^DJI', names: { 'zh-Hant-HK': '道瓊斯工業平均' } }]);
    await setLocale('zh-Hant-HK');
    expect(instrumentName('^DJI', 'zh-Hant-HK'), "the site's").to.equal('道瓊斯工業平均');
    expect(instrumentName('^DJI', 'zh-Hans-CN'), 'the built-in, other locale').to.equal('道琼斯');
    expect(instrumentName('^GSPC', 'zh-Hant-HK'), 'the built-in, other symbol').to.equal('標普 500');
  });
});
