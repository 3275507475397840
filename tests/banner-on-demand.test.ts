/**
 * A strip loads its `<market-status>` banner only when it has a `market`, and a strip that has one
 * draws the banner with its cells, not after them. A page of its own, so that nothing else has
 * loaded the banner before these tests.
 */
import { expect } from '@open-wc/testing';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import { REFERENCE_QUOTES, settled } from './support.js';

const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('/market-status/'));

function addStrip(market?: string): { strip: MarketTicker; drawn: boolean[] } {
  const strip = Object.assign(document.createElement('market-ticker'), { quotes: REFERENCE_QUOTES.slice(0, 3) });
  if (market) strip.setAttribute('market', market);
  document.body.append(strip);
  // For each change of the strip's shadow root: whether its banner was there and defined.
  const drawn: boolean[] = [];
  new MutationObserver(() => {
    const banner = strip.shadowRoot!.querySelector('market-status');
    drawn.push(!!banner && customElements.get('market-status') !== undefined);
  }).observe(strip.shadowRoot!, { childList: true, subtree: true });
  return { strip, drawn };
}

describe('the banner of a strip, loaded on demand', () => {
  afterEach(() => document.querySelectorAll('market-ticker').forEach((el) => el.remove()));

  // First, while no strip on this page has had a market.
  it('a strip without a market does not load the banner', async () => {
    const { strip } = addStrip();
    await settled(strip);
    expect(strip.shadowRoot!.querySelector('market-status')).to.equal(null);
    expect(customElements.get('market-status') !== undefined, 'defined').to.equal(false);
    expect(requested(), 'requested').to.deep.equal([]);
  });

  it('a strip with a market draws its banner, defined, in its first drawing', async () => {
    const { strip, drawn } = addStrip('XHKG');
    await settled(strip);
    const banner = strip.shadowRoot!.querySelector('market-status');
    await settled(banner!);
    expect(drawn[0], 'the first drawing').to.equal(true);
    expect(banner!.shadowRoot!.textContent).to.contain('Hong Kong');
    expect(requested(), 'requested').to.have.length.greaterThan(0);
  });
});
