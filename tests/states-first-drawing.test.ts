/**
 * A strip or a cell with `market-state` waits for the market states before its first drawing, so
 * that its markers do not widen the cells after they were laid out (and the strip's loop
 * measured). A page of its own, so that the states have not loaded before this test.
 */
import { expect } from '@open-wc/testing';
import { addStrip } from './states-support.js';
import { REFERENCE_QUOTES, settled } from './support.js';
import '../packages/market-ticker/src/quote-cell/quote-cell.js';

describe('the market states of a strip and a cell, first drawing', () => {
  it('a strip and a cell with market-state draw their markers in their first drawing', async () => {
    const { strip, drawings } = addStrip(true);
    const cell = Object.assign(document.createElement('quote-cell'), { quote: REFERENCE_QUOTES[0] });
    cell.setAttribute('market-state', '');
    document.body.append(cell);
    // For each change of the cell's shadow root: whether it has its figures, and its marker.
    const cellDrawings: Array<[boolean, boolean]> = [];
    new MutationObserver(() =>
      cellDrawings.push([
        cell.shadowRoot!.querySelector('[part~="value"]') !== null,
        cell.shadowRoot!.querySelector('[part~="market-state"]') !== null,
      ]),
    ).observe(cell.shadowRoot!, { childList: true, subtree: true });
    await settled(strip);
    await settled(cell);
    const first = drawings.find(([drawn]) => drawn > 0);
    expect(first, 'the first drawing with cells: cells, markers').to.deep.equal([3, 3]);
    const firstOfCell = cellDrawings.find(([figures]) => figures);
    expect(firstOfCell, 'the cell’s first drawing: figures, marker').to.deep.equal([true, true]);
    cell.remove();
  });
});
