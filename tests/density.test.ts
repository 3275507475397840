/**
 * `density`: a compact cell shows the name, price and percent only, smaller; the strip's
 * `adaptive` is compact while the strip is narrower than 40em (a container query). What is
 * checked is what a reader sees: computed display and boxes, not only the DOM.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../packages/market-ticker/src/quote-cell/quote-cell.js';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import { LOCALES, REFERENCE_QUOTES, THEMES, frames, settled, themeStyle, useLocale, waitFor } from './support.js';

const reference = [...REFERENCE_QUOTES];
const hsi = { symbol: '^HSI', price: 17284.54, change: 83.27, changePercent: 0.48 };

/** A piece of a cell, by part name (`delta`), in a `<quote-cell>` or in a strip's first real cell. */
function piece(el: QuoteCell | MarketTicker, name: string): HTMLElement {
  const root = el.shadowRoot!;
  const found =
    el.localName === 'quote-cell'
      ? root.querySelector<HTMLElement>(`[part="${name}"]`)
      : root.querySelector<HTMLElement>(`.real [part="cell-${name}"]`);
  if (!found) throw new Error(`no ${name} in <${el.localName}>`);
  return found;
}

/** Drawn on screen: not `display: none`, and a box with an area. */
function visible(node: HTMLElement): boolean {
  const box = node.getBoundingClientRect();
  return getComputedStyle(node).display !== 'none' && box.width > 0 && box.height > 0;
}

const fontSize = (node: HTMLElement) => parseFloat(getComputedStyle(node).fontSize);
const base = (el: QuoteCell | MarketTicker) =>
  el.localName === 'quote-cell'
    ? piece(el, 'base')
    : el.shadowRoot!.querySelector<HTMLElement>('.real [part~="cell"]')!;

async function quoteCell(density?: string): Promise<QuoteCell> {
  const el = await fixture<QuoteCell>(html`<quote-cell density=${density ?? ''} .quote=${hsi}></quote-cell>`);
  if (density === undefined) el.removeAttribute('density');
  await settled(el);
  return el;
}

async function strip(density: string, width = 900): Promise<{ el: MarketTicker; wrapper: HTMLElement }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: ${width}px">
      <market-ticker density=${density} mode="static" .quotes=${reference.slice(0, 4)}></market-ticker>
    </div>`,
  );
  const el = wrapper.querySelector('market-ticker')!;
  await settled(el);
  await frames(1);
  return { el, wrapper };
}

describe('density', () => {
  describe('<quote-cell>', () => {
    it('regular (the default) shows the name, price, change and percent', async () => {
      for (const density of [undefined, 'regular']) {
        const el = await quoteCell(density);
        for (const name of ['label', 'value', 'delta', 'delta-percent']) {
          expect(visible(piece(el, name)), `${name} with density ${density}`).to.be.true;
        }
      }
    });

    it('compact shows the name, price and percent, not the change, a little smaller', async () => {
      const regular = await quoteCell('regular');
      const regularBox = base(regular).getBoundingClientRect();
      const regularSize = fontSize(base(regular));
      const el = await quoteCell('compact');
      expect(visible(piece(el, 'delta')), 'the change').to.be.false;
      for (const name of ['label', 'value', 'delta-percent', 'arrow']) {
        expect(visible(piece(el, name)), name).to.be.true;
      }
      expect(piece(el, 'delta-percent').textContent).to.equal('(+0.48%)');
      expect(fontSize(base(el))).to.be.below(regularSize);
      const box = base(el).getBoundingClientRect();
      expect(box.width).to.be.below(regularBox.width);
      expect(box.height).to.be.below(regularBox.height);
      // Screen readers still hear the whole move.
      expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal(
        'Hang Seng Index 17,284.54, up 83.27, up 0.48 percent',
      );
    });

    it('follows a change of the attribute', async () => {
      const el = await quoteCell('compact');
      el.setAttribute('density', 'regular');
      await settled(el);
      expect(visible(piece(el, 'delta'))).to.be.true;
      el.density = 'compact';
      await settled(el);
      expect(visible(piece(el, 'delta'))).to.be.false;
    });

    it('an unknown value is regular, with no error or warning', async () => {
      const logged: unknown[] = [];
      const { error, warn } = console;
      console.error = (...args: unknown[]) => logged.push(args);
      console.warn = (...args: unknown[]) => logged.push(args);
      try {
        for (const density of ['dense', 'adaptive', '', 'COMPACT-ish']) {
          const el = await quoteCell(density);
          expect(visible(piece(el, 'delta')), density).to.be.true;
        }
        const el = await quoteCell('regular');
        (el as unknown as { density: unknown }).density = 42;
        await settled(el);
        expect(visible(piece(el, 'delta'))).to.be.true;
      } finally {
        console.error = error;
        console.warn = warn;
      }
      expect(logged).to.deep.equal([]);
    });
  });

  describe('<market-ticker>', () => {
    it('regular shows every cell whole; compact hides the change of every cell, copies included', async () => {
      const regular = await strip('regular');
      expect(visible(piece(regular.el, 'delta'))).to.be.true;
      const scrolling = await fixture<MarketTicker>(
        html`<market-ticker density="compact" style="width: 400px" .quotes=${reference}></market-ticker>`,
      );
      await settled(scrolling);
      await waitFor(() => scrolling.shadowRoot!.querySelectorAll('.copy').length > 0, 'the loop copies');
      const cells = [...scrolling.shadowRoot!.querySelectorAll<HTMLElement>('[part~="cell"]')];
      expect(cells.length).to.be.above(reference.length);
      for (const cell of cells) {
        expect(getComputedStyle(cell.querySelector('[part="cell-delta"]')!).display).to.equal('none');
        expect(getComputedStyle(cell.querySelector('[part="cell-delta-percent"]')!).display).to.not.equal('none');
      }
      expect(visible(piece(scrolling, 'delta-percent'))).to.be.true;
      expect(fontSize(base(scrolling))).to.be.below(fontSize(base(regular.el)));
    });

    it('adaptive is compact while the strip is narrower than 40em, and regular again when it widens', async () => {
      const { el, wrapper } = await strip('adaptive', 900);
      // 40em of the strip's own font size.
      const breakpoint = 40 * fontSize(el);
      expect(breakpoint).to.be.within(400, 700);
      expect(visible(piece(el, 'delta')), 'wide').to.be.true;
      wrapper.style.width = `${Math.floor(breakpoint) - 20}px`;
      await waitFor(() => !visible(piece(el, 'delta')), 'compact cells in a narrow strip');
      expect(visible(piece(el, 'delta-percent'))).to.be.true;
      wrapper.style.width = `${Math.ceil(breakpoint) + 20}px`;
      await waitFor(() => visible(piece(el, 'delta')), 'regular cells again in a wide strip');
    });

    it('an unknown value is regular, however narrow the strip', async () => {
      for (const density of ['tight', '']) {
        const { el } = await strip(density, 300);
        expect(visible(piece(el, 'delta')), density).to.be.true;
      }
    });
  });

  describe('accessibility', () => {
    for (const locale of LOCALES) {
      for (const theme of THEMES) {
        it(`axe finds no violation in regular and compact, ${locale}, ${theme} theme`, async () => {
          await useLocale(locale);
          const wrapper = await fixture<HTMLElement>(
            html`<div style=${themeStyle(theme)}>
              <quote-cell density="compact" .quote=${hsi}></quote-cell>
              <quote-cell density="regular" .quote=${hsi} selectable></quote-cell>
              <quote-cell density="compact" .quote=${{ ...hsi, change: -83.27, changePercent: -0.48 }}></quote-cell>
              <market-ticker label="Compact" density="compact" .quotes=${reference}></market-ticker>
              <market-ticker label="Regular" density="regular" mode="static" .quotes=${reference}></market-ticker>
              <div style="width: 320px">
                <market-ticker label="Adaptive" density="adaptive" .quotes=${reference}></market-ticker>
              </div>
            </div>`,
          );
          await Promise.all([...wrapper.querySelectorAll('quote-cell, market-ticker')].map(settled));
          await frames(2);
          await expect(wrapper).to.be.accessible();
          await useLocale('en');
        });
      }
    }
  });
});
