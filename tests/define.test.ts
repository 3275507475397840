/**
 * A tag that another script defined first: the page keeps that definition, and the library says
 * so once, naming the tag. This file imports the library only after defining the tag itself (each
 * test file runs in a page of its own).
 */
import { expect } from '@open-wc/testing';

class ForeignStatus extends HTMLElement {}

describe('an element whose tag is already defined', () => {
  it('keeps the other definition and warns once, naming the tag; its own second load is silent', async () => {
    customElements.define('market-status', ForeignStatus);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const { warnIfTaken } = await import('../packages/market-ticker/src/define.js');
      const { MarketStatus } = await import('../packages/market-ticker/src/market-status/market-status.js');
      expect(customElements.get('market-status')).to.equal(ForeignStatus);
      warnIfTaken('market-status', MarketStatus); // a second copy of the library finding it taken
      // The library's own element, checked again (a second load of the same module): no warning.
      const { QuoteCell } = await import('../packages/market-ticker/src/quote-cell/quote-cell.js');
      warnIfTaken('quote-cell', QuoteCell);
      expect(customElements.get('quote-cell')).to.equal(QuoteCell);
    } finally {
      console.warn = warn;
    }
    const ours = warnings.filter((text) => text.startsWith('market-ticker:'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.include('<market-status>');
  });
});
