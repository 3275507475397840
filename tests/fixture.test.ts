// The server-rendered fixture really is server-rendered and hydrated: the nodes the server made
// are the ones the element keeps and updates, in each locale.
import { expect, html } from '@open-wc/testing';
import '../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { fixtureFor, hydrated, serverRendered } from './fixture.js';
import { partText, settled, useLocale } from './support.js';
import { followDocumentLanguage } from '../packages/market-ticker/src/localization.js';

const HSI = { symbol: '^HSI', price: 17284.54, change: 83.27, changePercent: 0.48, precision: 2 };

describe('tests/fixture.ts: server-rendered and hydrated', () => {
  afterEach(() => followDocumentLanguage());

  it('the server sends declarative shadow DOM holding the figures', async () => {
    const sent = JSON.parse(JSON.stringify(html`<quote-cell .quote=${HSI}></quote-cell>`)) as unknown;
    const markup = await executeServerCommand<string, unknown>('server-render', { template: sent, locale: 'en' });
    expect(markup).to.match(/<template shadowroot(mode)?="open"/);
    expect(markup).to.include('17,284.54');
    expect(markup).to.include('defer-hydration');
  });

  it('hydration keeps the server’s text nodes and updates them in place', async () => {
    const template = html`<quote-cell .quote=${HSI}></quote-cell>`;
    const container = await serverRendered(template);
    const root = container.querySelector('quote-cell')!.shadowRoot!;
    const value = root.querySelector('[part~="value"]')!;
    const text = [...value.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
    expect(text?.textContent, 'the server’s figure').to.include('17,284.54');
    const el = await hydrated<QuoteCell>(container, template);
    await settled(el);
    expect(el.shadowRoot).to.equal(root);
    expect(el.hasAttribute('defer-hydration')).to.equal(false);
    expect(text!.isConnected, 'hydration kept the server’s text node').to.equal(true);
    el.quote = { ...HSI, price: 17300.1 };
    await settled(el);
    expect(partText(el, 'value')).to.equal('17,300.10');
    expect(text!.textContent, 'and updates it in place').to.include('17,300.10');
  });

  it('renders on the server in the page’s locale', async () => {
    await useLocale('zh-Hant-HK');
    const el = await fixtureFor('server-rendered and hydrated')<QuoteCell>(
      html`<quote-cell .quote=${HSI}></quote-cell>`,
    );
    await settled(el);
    expect(partText(el, 'label')).to.equal('恒指');
  });
});
