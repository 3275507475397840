/**
 * A strip with `market-state` waits for the market states before its first drawing, so that its
 * markers do not widen the cells after the loop was measured. A page of its own, so that the states
 * have not loaded before this test.
 */
import { expect } from '@open-wc/testing';
import { addStrip } from './states-support.js';
import { settled } from './support.js';

describe('the market states of a strip, first drawing', () => {
  it('a strip with market-state draws its markers in its first drawing', async () => {
    const { strip, drawings } = addStrip(true);
    await settled(strip);
    const first = drawings.find(([drawn]) => drawn > 0);
    expect(first, 'the first drawing with cells: cells, markers').to.deep.equal([3, 3]);
  });
});
