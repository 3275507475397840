// A host page that uses @lit/localize itself and configures it before the library does.
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { getLocale, loadMarketTickerTemplates } from '../packages/market-ticker/src/localization.js';
import '../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import { partText, settled } from './support.js';

const hostTemplates: Record<string, Record<string, string>> = {
  'zh-Hant-HK': { 'host-title': '市場' },
  'zh-Hans-CN': { 'host-title': '市场' },
};

// Runs at module evaluation, before the library's deferred configuration.
const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['zh-Hant-HK', 'zh-Hans-CN'],
  // The library's messages are a module per locale, loaded on first use: wait for them.
  loadLocale: async (locale) => ({
    templates: { ...hostTemplates[locale], ...(await loadMarketTickerTemplates(locale)) },
  }),
});

describe('a host page that configured @lit/localize first', () => {
  it('keeps its own configuration, and the library renders without throwing', async () => {
    await new Promise((r) => setTimeout(r, 0));
    const el = await fixture<QuoteCell>(
      html`<quote-cell symbol="^HSI" price="17284.54" change="83.27" change-percent="0.48"></quote-cell>`,
    );
    await settled(el);
    expect(partText(el, 'label')).to.equal('Hang Seng Index');
  });

  it("the host's locale switch drives the library's words, names and numbers", async () => {
    const el = await fixture<QuoteCell>(
      html`<quote-cell symbol="^HSI" price="17284.54" change="83.27" change-percent="0.48"></quote-cell>`,
    );
    await host.setLocale('zh-Hant-HK');
    await settled(el);
    expect(getLocale()).to.equal('zh-Hant-HK');
    expect(msg('Market', { id: 'host-title' })).to.equal('市場');
    expect(partText(el, 'label')).to.equal('恒指');
    expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal(
      '恒指 17,284.54，升 83.27，升 0.48%',
    );
    await host.setLocale('zh-Hans-CN');
    await settled(el);
    expect(partText(el, 'label')).to.equal('恒生指数');
    expect(msg('Market', { id: 'host-title' })).to.equal('市场');
  });
});
