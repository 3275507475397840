/**
 * Each market's holidays load on demand (issue 23): a banner loads its own market's calendar and
 * no other, draws its first state with it, and a banner moved to another market keeps showing the
 * old one until the new market's holidays are here, so that it never shows a holiday as a trading
 * day. A page of its own, so that no calendar has loaded before these tests.
 */
import { expect } from '@open-wc/testing';
import '../packages/market-ticker/src/market-status/market-status.js';
import type { MarketStatus } from '../packages/market-ticker/src/market-status/market-status.js';
import { settled } from './support.js';

const calendars = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/calendars\/([\w-]+)\./.exec(entry.name)?.[1])
    .filter((name) => name !== undefined);

/** A banner, and every `state` it has shown, from its first drawing on. */
function addBanner(market: string, now: string): { banner: MarketStatus; states: Array<string | null> } {
  const banner = document.createElement('market-status');
  banner.setAttribute('market', market);
  banner.setAttribute('now', now);
  const states: Array<string | null> = [];
  new MutationObserver(() => states.push(banner.getAttribute('state'))).observe(banner, {
    attributeFilter: ['state'],
  });
  document.body.append(banner);
  return { banner, states };
}

describe('holiday calendars, loaded per market', () => {
  afterEach(() => document.querySelectorAll('market-status').forEach((el) => el.remove()));

  it('a Hong Kong banner loads the Hong Kong calendar only, and shows Christmas closed', async () => {
    // Thursday 25 December 2025, 11:00 in Hong Kong: a weekday, closed for Christmas.
    const { banner, states } = addBanner('XHKG', '2025-12-25T03:00:00Z');
    await settled(banner);
    expect(states, 'every state shown').to.deep.equal(['closed']);
    expect(calendars()).to.deep.equal(['xhkg']);
  });

  it('moved to Tokyo on a Japanese holiday, it never shows Tokyo open', async () => {
    // Monday 13 January 2025, 11:00 in Tokyo: Coming of Age Day, closed; Hong Kong trades (10:00).
    const { banner, states } = addBanner('XHKG', '2025-01-13T02:00:00Z');
    await settled(banner);
    expect(states, 'Hong Kong').to.deep.equal(['open']);
    // Every drawing of Tokyo's banner, with the state it showed.
    const tokyo: Array<string | null> = [];
    new MutationObserver(() => {
      if (banner.shadowRoot!.textContent!.includes('Tokyo')) tokyo.push(banner.getAttribute('state'));
    }).observe(banner.shadowRoot!, { childList: true, subtree: true, characterData: true });
    banner.market = 'XTKS';
    await settled(banner);
    expect(tokyo.length, 'drawings of Tokyo').to.be.greaterThan(0);
    expect([...new Set(tokyo)], 'the states Tokyo was shown in').to.deep.equal(['closed']);
    expect(calendars()).to.deep.equal(['xhkg', 'xtks']);
  });
});
