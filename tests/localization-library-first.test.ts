// A host page that uses @lit/localize after the library has configured it.
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { addTranslations, localeReady, setLocale } from '../packages/market-ticker/src/localization.js';
import '../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import { partText, settled } from './support.js';

describe('a host page that uses @lit/localize after the library', () => {
  it("adds its messages to the library's runtime and switches locale through the library", async () => {
    await localeReady();
    // The runtime is taken: a second configureLocalization throws, as @lit/localize documents.
    expect(() =>
      configureLocalization({ sourceLocale: 'en', targetLocales: [], loadLocale: async () => ({ templates: {} }) }),
    ).to.throw();
    addTranslations('zh-HK', { 'host-title': '市場' });
    const el = await fixture<QuoteCell>(html`<quote-cell symbol="^HSI" price="1"></quote-cell>`);
    await setLocale('zh-HK');
    await settled(el);
    expect(msg('Market', { id: 'host-title' })).to.equal('市場');
    expect(partText(el, 'label')).to.equal('恒指');
  });
});
