/**
 * A locale switch whose data the network lost: a `lit-localize-status` event says `error` and
 * names the locale, and the elements on the page stay drawn with the words they had. Asking for
 * the locale again asks the browser again: WebKit fetches the module again, while Chromium and
 * Firefox keep a failed import for the page (the module map's old rule; whatwg/html#10327 changed
 * it) and fail it at once. Either way the page says which, and draws what it has. In a browser of
 * its own (the runner's `first-load` group), so that nothing has loaded the locale's data before
 * and its request can be failed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setLocale } from '../../packages/market-ticker/src/localization.js';
import '../../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { QuoteCell } from '../../packages/market-ticker/src/quote-cell/quote-cell.js';
import { failRequests, partText, releaseRequests, settled, statusEvents } from '../support.js';

const DATA = '/locale-data/zh-Hans-CN.';
const HSI = { symbol: '^HSI', price: 17284.54, change: 83.27, changePercent: 0.48 };

describe('a locale switch whose data failed to load', () => {
  afterEach(async () => {
    await releaseRequests(DATA);
    await setLocale('en');
  });

  it('reports the error, keeps the cell drawn, and asks again at the next switch', async () => {
    await setLocale('en');
    const cell = await fixture<QuoteCell>(html`<quote-cell .quote=${HSI}></quote-cell>`);
    await failRequests(DATA);
    const failed = await statusEvents(() => setLocale('zh-Hans-CN'));
    expect(
      failed.map((detail) => detail.status),
      'the events of the lost switch',
    ).to.deep.equal(['loading', 'error']);
    expect(failed[1]).to.include({ errorLocale: 'zh-Hans-CN' });
    await settled(cell);
    expect(partText(cell, 'label'), 'the name it had').to.equal('Hang Seng Index');
    expect(partText(cell, 'value'), 'the price').to.equal('17,284.54');

    await releaseRequests(DATA);
    const again = await statusEvents(() => setLocale('zh-Hans-CN'));
    const [first, last] = again.map((detail) => detail.status);
    expect(first, 'the second try starts').to.equal('loading');
    await settled(cell);
    if (last === 'ready') expect(partText(cell, 'label'), 'the name in the locale').to.equal('恒生指数');
    else {
      expect(last, 'a second failure, reported').to.equal('error');
      expect(partText(cell, 'label'), 'the name it had').to.equal('Hang Seng Index');
    }
  });
});
