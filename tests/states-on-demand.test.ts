/**
 * The market states (sessions and every calendar) load on first use of `market-state`: a strip
 * without markers never downloads them, and one that turns them on later draws them once they
 * arrive (the first drawing's wait: states-first-drawing.test.ts). A page of its own, so that nothing
 * else has loaded the states before these tests.
 */
import { expect } from '@open-wc/testing';
import { addStrip, cells, marks, requested } from './states-support.js';
import { settled } from './support.js';

describe('the market states of a strip, loaded on demand', () => {
  afterEach(() => document.querySelectorAll('market-ticker').forEach((el) => el.remove()));

  // First, while no element on this page has had `market-state`.
  it('a strip without market-state loads no states', async () => {
    const { strip } = addStrip(false);
    await settled(strip);
    expect(cells(strip).length, 'cells').to.equal(3);
    expect(marks(strip).length, 'markers').to.equal(0);
    expect(requested(), 'requested').to.deep.equal([]);
  });

  it('turned on after the first drawing, the markers come with the states', async () => {
    const { strip } = addStrip(false);
    await settled(strip);
    strip.marketState = true;
    await settled(strip);
    expect(marks(strip).length, 'markers').to.equal(3);
    expect(requested(), 'requested').to.have.length.greaterThan(0);
  });
});
