import { expect, fixture, html } from '@open-wc/testing';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import { REFERENCE_QUOTES, frames, settled } from './support.js';

/** Every node under `root`, shadow roots and what they hold included (comments, text, all). */
function countNodes(root: Node): number {
  let count = 1;
  if (root instanceof Element && root.shadowRoot) count += countNodes(root.shadowRoot);
  for (let child = root.firstChild; child; child = child.nextSibling) count += countNodes(child);
  return count;
}

/**
 * The DOM of the reference strip (16 quotes, scrolling, its copies drawn) as measured when the
 * strip began drawing its cells in its own shadow root. Style, layout and paint grow with it; a
 * change that doubles it (a shadow root per cell again, say) must be seen, and argued for.
 */
const RECORDED_NODES = 574;

describe('<market-ticker> DOM size', () => {
  it('a 16-quote strip stays within 1.4× the nodes recorded for it', async () => {
    const el = await fixture<MarketTicker>(
      html`<market-ticker style="width: 600px" label="Markets" .quotes=${REFERENCE_QUOTES}></market-ticker>`,
    );
    await settled(el);
    await frames(2);
    await settled(el);
    const copies = el.shadowRoot!.querySelectorAll('.copy [part~="cell"]').length;
    const nodes = countNodes(el);
    console.log(`DOM nodes of a 16-quote strip: ${nodes} (${copies} copied cells)`);
    expect(el.shadowRoot!.querySelectorAll('.real [part~="cell"], .real quote-cell')).to.have.length(16);
    expect(nodes).to.be.at.most(Math.round(1.4 * RECORDED_NODES));
  });
});
