/**
 * How the strip moves: its directions (vertical and right to left included), moving it by hand
 * with a mouse, a finger and a wheel, the speed while hovered, the fading ends and the loop
 * events. Input is the browser's own (tests/input.ts); positions are read from the screen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import { hover, leave } from './input.js';
import { REFERENCE_QUOTES, frames, settled, sleep } from './support.js';

const reference = [...REFERENCE_QUOTES];

async function ticker(template: unknown): Promise<MarketTicker> {
  const el = await fixture<HTMLElement>(template as never);
  const strip = el.localName === 'market-ticker' ? (el as MarketTicker) : el.querySelector('market-ticker')!;
  await settled(strip);
  await frames(2);
  await settled(strip);
  await frames(1);
  return strip;
}

const root = (el: MarketTicker) => el.shadowRoot!;
const track = (el: MarketTicker) => root(el).querySelector<HTMLElement>('[part="track"]')!;
const viewport = (el: MarketTicker) => root(el).querySelector<HTMLElement>('[part="viewport"]')!;
const animation = (el: MarketTicker) => track(el).getAnimations()[0];
const realCells = (el: MarketTicker) => [...root(el).querySelectorAll<HTMLElement>('.real [part~="cell"]')];
const allCells = (el: MarketTicker) => [...root(el).querySelectorAll<HTMLElement>('[part~="cell"]')];
const duration = (el: MarketTicker) => Number(animation(el).effect!.getComputedTiming().duration);

type Axis = 'x' | 'y';
const at = (cell: Element, axis: Axis) =>
  axis === 'x' ? cell.getBoundingClientRect().left : cell.getBoundingClientRect().top;

/** Each direction: its axis, and the sign of the items' movement on screen along it. */
const DIRECTIONS = [
  { direction: 'left', axis: 'x', sign: -1 },
  { direction: 'right', axis: 'x', sign: 1 },
  { direction: 'up', axis: 'y', sign: -1 },
  { direction: 'down', axis: 'y', sign: 1 },
] as const;

afterEach(async () => {
  await leave();
});

describe('<market-ticker> directions', () => {
  for (const { direction, axis, sign } of DIRECTIONS) {
    it(`direction="${direction}": the items move ${direction} over time, with no per-frame script`, async () => {
      let rafCalls = 0;
      const original = window.requestAnimationFrame;
      const el = await ticker(
        html`<market-ticker direction=${direction} speed="120" style="width: 600px" .quotes=${reference}></market-ticker>`,
      );
      const cell = realCells(el)[1];
      const start = { time: performance.now(), position: at(cell, axis) };
      window.requestAnimationFrame = (cb) => {
        rafCalls++;
        return original.call(window, cb);
      };
      try {
        await sleep(500);
      } finally {
        window.requestAnimationFrame = original;
      }
      expect(rafCalls, 'no animation frame requested').to.equal(0);
      await frames(1);
      const elapsed = (performance.now() - start.time) / 1000;
      const moved = sign * (at(cell, axis) - start.position);
      expect(moved).to.be.greaterThan(0.5 * 120 * elapsed);
      expect(moved).to.be.lessThan(120 * elapsed + 10);
      expect(animation(el)).to.be.instanceOf(CSSAnimation);
    });

    it(`direction="${direction}": the loop has no seam: one loop on, the first cell's picture is where it began`, async () => {
      const el = await ticker(
        html`<market-ticker paused direction=${direction} style="width: 500px" .quotes=${reference.slice(0, 6)}></market-ticker>`,
      );
      const anim = animation(el);
      const symbol = realCells(el)[0].dataset.symbol;
      const shown = () => {
        const view = viewport(el).getBoundingClientRect();
        const start = axis === 'x' ? view.left : view.top;
        // The cell of the first quote that stands at the viewport's start edge (real or copy).
        return allCells(el)
          .filter((cell) => cell.dataset.symbol === symbol)
          .map((cell) => ({ cell, gap: Math.abs(at(cell, axis) - start) }))
          .sort((a, b) => a.gap - b.gap)[0];
      };
      anim.currentTime = 0;
      const begin = shown();
      expect(begin.gap).to.be.lessThan(1);
      anim.currentTime = duration(el) - 0.001;
      const end = shown();
      expect(end.gap, 'one loop on, the same picture').to.be.lessThan(1);
      // ...drawn by the other list: the one that stood there has moved one list length away.
      expect(end.cell).to.not.equal(begin.cell);
    });
  }

  it('a vertical strip stacks upright cells in a column as tall as the element, with hidden, inert copies', async () => {
    const el = await ticker(html`<market-ticker direction="up" .quotes=${reference}></market-ticker>`);
    const fontSize = parseFloat(getComputedStyle(el).fontSize);
    expect(el.getBoundingClientRect().height).to.be.closeTo(12 * fontSize, 1);
    const [a, b] = realCells(el);
    expect(b.getBoundingClientRect().top).to.be.greaterThan(a.getBoundingClientRect().bottom - 1);
    expect(getComputedStyle(a).transform).to.equal('none');
    const copies = [...root(el).querySelectorAll<HTMLElement>('.copy')];
    expect(copies.length).to.be.greaterThan(0);
    for (const copy of copies) {
      expect(copy.getAttribute('aria-hidden')).to.equal('true');
      expect(copy.inert).to.equal(true);
    }
    el.style.setProperty('--market-ticker-height', '200px');
    await frames(2);
    expect(el.getBoundingClientRect().height).to.equal(200);
    expect(viewport(el).getBoundingClientRect().bottom).to.be.at.most(el.getBoundingClientRect().bottom);
  });

  it('a vertical strip pauses on hover, and with its pause button', async () => {
    const el = await ticker(html`<market-ticker direction="down" .quotes=${reference}></market-ticker>`);
    await hover(viewport(el));
    await frames(3);
    expect(animation(el).playState).to.equal('paused');
    await leave();
    await frames(3);
    expect(animation(el).playState).to.equal('running');
    el.paused = true;
    await settled(el);
    await frames(2);
    expect(animation(el).playState).to.equal('paused');
    expect(root(el).querySelector('[part="pause-button"]')).to.exist;
  });

  it('under dir="rtl" the strip moves right by default, and its cells read right to left', async () => {
    const el = await ticker(
      html`<div dir="rtl"><market-ticker speed="120" style="width: 600px" .quotes=${reference}></market-ticker></div>`,
    );
    const [first, second] = realCells(el);
    expect(second.getBoundingClientRect().right).to.be.at.most(first.getBoundingClientRect().left + 1);
    const start = at(second, 'x');
    await sleep(400);
    await frames(1);
    expect(at(second, 'x') - start).to.be.greaterThan(15);
    // The copies follow on the left: one loop on, the picture is the same.
    const anim = animation(el);
    el.paused = true;
    await settled(el);
    await frames(2);
    anim.currentTime = 0;
    const begin = at(first, 'x');
    anim.currentTime = duration(el) - 0.001;
    const same = allCells(el).filter((cell) => cell.dataset.symbol === first.dataset.symbol);
    expect(Math.min(...same.map((cell) => Math.abs(at(cell, 'x') - begin)))).to.be.lessThan(1);
  });

  it('follows a change of dir on an ancestor, and an explicit direction wins over it', async () => {
    const el = await ticker(
      html`<div><market-ticker speed="120" style="width: 600px" .quotes=${reference}></market-ticker></div>`,
    );
    const moved = async () => {
      const cell = realCells(el)[1];
      const start = at(cell, 'x');
      await sleep(300);
      await frames(1);
      return at(cell, 'x') - start;
    };
    expect(await moved()).to.be.lessThan(-10);
    el.parentElement!.dir = 'rtl';
    await settled(el);
    await frames(2);
    expect(await moved()).to.be.greaterThan(10);
    el.direction = 'left';
    await settled(el);
    await frames(2);
    expect(await moved()).to.be.lessThan(-10);
  });

  it('an unknown direction is left, with no error', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const el = await ticker(
        html`<market-ticker direction="sideways" speed="120" .quotes=${reference}></market-ticker>`,
      );
      const cell = realCells(el)[1];
      const start = at(cell, 'x');
      await sleep(300);
      await frames(1);
      expect(at(cell, 'x') - start).to.be.lessThan(-10);
      expect(el.getBoundingClientRect().height).to.be.lessThan(80);
    } finally {
      console.error = original;
    }
    expect(errors).to.deep.equal([]);
  });
});
