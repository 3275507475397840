// A host page that uses @lit/localize after the library has configured it.
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg, str } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { addTranslations, localeReady, setLocale } from '../packages/market-ticker/src/localization.js';
import '../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import { partText, settled, statusEvents } from './support.js';

describe('a host page that uses @lit/localize after the library', () => {
  after(() => setLocale('en'));

  it("adds its messages to the library's runtime and switches locale through the library", async () => {
    await localeReady();
    // The runtime is taken: a second configureLocalization throws, as @lit/localize documents.
    expect(() =>
      configureLocalization({ sourceLocale: 'en', targetLocales: [], loadLocale: async () => ({ templates: {} }) }),
    ).to.throw();
    addTranslations('zh-HK', { 'host-title': '市場' });
    const el = await fixture<QuoteCell>(html`<quote-cell symbol="^HSI" price="1"></quote-cell>`);
    const events = await statusEvents(() => setLocale('zh-HK'));
    await settled(el);
    expect(msg('Market', { id: 'host-title' })).to.equal('市場');
    expect(partText(el, 'label')).to.equal('恒指');
    // What @lit/localize's own runtime announces, so the host's localized() elements re-render too.
    expect(events).to.deep.equal([
      { status: 'loading', loadingLocale: 'zh-Hant-HK' },
      { status: 'ready', readyLocale: 'zh-Hant-HK' },
    ]);
    expect(await statusEvents(() => setLocale('zh-Hant-HK')), 'the locale already shown').to.deep.equal([]);
  });

  it("finds the host's messages that name no id by the ids lit-localize makes from their text", async () => {
    await setLocale('en');
    // As `lit-localize extract` keys a msg() with no id, and a translation may move the values.
    const who = (name: string, place: string) => msg(str`${name} of ${place}`);
    addTranslations('zh-Hans-CN', {
      [generateMsgId('Markets today', false)]: '今日市场',
      [generateMsgId(['', ' of ', ''], false)]: str`${1}的${0}`,
    });
    expect(msg('Markets today'), 'in English').to.equal('Markets today');
    await setLocale('zh-Hans-CN');
    expect(msg('Markets today')).to.equal('今日市场');
    expect(who('Anna', 'Hong Kong')).to.equal('Hong Kong的Anna');
    expect(msg('Not translated')).to.equal('Not translated');
    await setLocale('en');
    expect(who('Anna', 'Hong Kong')).to.equal('Anna of Hong Kong');
  });

  it("draws a host's html`` message in the translation's order, at every render", async () => {
    await setLocale('en');
    const line = (name: string, place: string) => msg(html`<b>${name}</b> in <i>${place}</i>`, { id: 'host-line' });
    addTranslations('zh-Hant-HK', { 'host-line': html`<i>${1}</i>的<b>${0}</b>` });
    await setLocale('zh-Hant-HK');
    for (const [name, place] of [
      ['Anna', 'Hong Kong'],
      ['Ben', 'Kowloon'],
    ]) {
      const el = await fixture(html`<p>${line(name, place)}</p>`);
      expect(el.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(`<i>${place}</i>的<b>${name}</b>`);
    }
    await setLocale('en');
  });
});
