/**
 * How the strip moves: its directions (vertical and right to left included), moving it by hand
 * with a mouse, a finger and a wheel, the speed while hovered, the fading ends and the loop
 * events. Input is the browser's own (tests/input.ts); positions are read from the screen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import {
  hover,
  leave,
  mouseDown,
  mouseMove,
  mouseUp,
  pointIn,
  touchEnd,
  touchMove,
  touchStart,
  wheel,
} from './input.js';
import { LOCALES, REFERENCE_QUOTES, THEMES, frames, settled, sleep, themeStyle, useLocale } from './support.js';

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

  it('under dir="rtl" the figures still read left to right: the sign before the number', async () => {
    const el = await ticker(
      html`<div dir="rtl"><market-ticker .quotes=${reference.slice(0, 3)}></market-ticker></div>`,
    );
    const cell = realCells(el)[0];
    /** Where the first and the last character of a part's text stand on screen. */
    const ends = (part: string) => {
      const element = cell.querySelector(`[part="${part}"]`)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      while (walker.nextNode()) if ((walker.currentNode as Text).data.trim()) texts.push(walker.currentNode as Text);
      const at = (text: Text, index: number) => {
        const range = document.createRange();
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        return range.getBoundingClientRect().left;
      };
      const last = texts[texts.length - 1];
      return { text: element.textContent!.trim(), first: at(texts[0], 0), last: at(last, last.data.length - 1) };
    };
    for (const part of ['cell-delta', 'cell-delta-percent']) {
      const { text, first, last } = ends(part);
      expect(text, part).to.match(/^\(?[+−-]/);
      expect(first, `${part} "${text}": its first character is on the left`).to.be.lessThan(last);
    }
    const percent = cell.querySelector('[part="cell-delta-percent"]')!.getBoundingClientRect();
    const delta = cell.querySelector('[part="cell-delta"]')!.getBoundingClientRect();
    expect(delta.right, 'the change, then its percent, left to right').to.be.at.most(percent.left + 1);
  });

  it('under dir="rtl" the layout mirrors: the pause button is on the left, where the quotes come in', async () => {
    // In both layouts the button ends the reading line (right in ltr, left in rtl), on the side
    // the moving quotes enter from, so a reader finds it where the strip starts to move.
    for (const dir of ['rtl', 'ltr'] as const) {
      const el = await ticker(
        html`<div dir=${dir}><market-ticker style="width: 600px" .quotes=${reference}></market-ticker></div>`,
      );
      const strip = el.getBoundingClientRect();
      const button = root(el).querySelector('[part="pause-button"]')!.getBoundingClientRect();
      const box = viewport(el).getBoundingClientRect();
      expect(button.width, 'the pause button is shown').to.be.greaterThan(0);
      if (dir === 'rtl') {
        expect(button.left - strip.left, 'near the left edge').to.be.lessThan(16);
        expect(button.right, 'the moving quotes are on its right').to.be.at.most(box.left + 1);
      } else {
        expect(strip.right - button.right, 'near the right edge').to.be.lessThan(16);
        expect(button.left, 'the moving quotes are on its left').to.be.at.least(box.right - 1);
      }
    }
  });

  for (const [layout, style] of [
    ['grid', 'display: grid; width: 700px'],
    ['flex row', 'display: flex; width: 700px'],
    ['shrink-to-fit box', 'display: inline-block; max-width: 700px'],
  ] as const) {
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`in a ${layout} (${dir}) the strip takes the container's width and does not grow with its copies`, async () => {
        const el = await ticker(
          html`<div dir=${dir} style=${style}><market-ticker style="flex: 1" .quotes=${reference}></market-ticker></div>`,
        );
        const width = () => viewport(el).clientWidth;
        const first = width();
        await sleep(300);
        await frames(2);
        expect(first, 'no wider than its container').to.be.at.most(700);
        expect(width(), 'the same a moment later').to.equal(first);
        expect(root(el).querySelectorAll('.copy').length, 'copies enough for the viewport only').to.be.at.most(2);
      });
    }
  }

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

/** The items' speed on screen in pixels per second, measured over `ms`. */
async function measuredSpeed(el: MarketTicker, ms: number): Promise<number> {
  const cell = realCells(el)[1];
  await frames(1);
  const start = { time: performance.now(), x: at(cell, 'x') };
  await sleep(ms);
  await frames(1);
  return Math.abs(at(cell, 'x') - start.x) / ((performance.now() - start.time) / 1000);
}

describe('<market-ticker hover-speed>', () => {
  it('hover-speed="20": the strip slows to 20 px/s under the mouse, and is back to 60 after it leaves', async () => {
    const el = await ticker(
      html`<market-ticker hover-speed="20" style="width: 600px" .quotes=${reference}></market-ticker>`,
    );
    const anim = animation(el);
    await hover(viewport(el), { x: 0.9 });
    // The speed eases down: let the ease finish, then measure.
    await sleep(600);
    expect(anim.playState, 'hovering does not pause it').to.equal('running');
    const slow = await measuredSpeed(el, 1000);
    expect(slow).to.be.within(16, 24);
    expect(animation(el), 'the same animation, not a restart').to.equal(anim);
    await leave();
    await sleep(600);
    const fast = await measuredSpeed(el, 1000);
    expect(fast).to.be.within(48, 72);
  });

  it('the speed eases to the hover speed, not in one jump', async () => {
    const el = await ticker(
      html`<market-ticker hover-speed="10" style="width: 600px" .quotes=${reference}></market-ticker>`,
    );
    const rates: number[] = [];
    const anim = animation(el);
    await hover(viewport(el), { x: 0.9 });
    for (let i = 0; i < 10; i++) {
      rates.push(anim.playbackRate);
      await sleep(50);
    }
    const between = rates.filter((rate) => rate < 0.99 && rate > 10 / 60 + 0.01);
    expect(between.length, `rates seen: ${rates.join(', ')}`).to.be.greaterThan(0);
    await sleep(300);
    expect(anim.playbackRate).to.be.closeTo(10 / 60, 0.001);
  });

  for (const value of ['0', '-20', 'fast']) {
    it(`hover-speed="${value}" is a pause on hover, with no error`, async () => {
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void errors.push(args);
      try {
        const el = await ticker(
          html`<market-ticker hover-speed=${value} style="width: 600px" .quotes=${reference}></market-ticker>`,
        );
        await hover(viewport(el), { x: 0.9 });
        await frames(3);
        expect(animation(el).playState).to.equal('paused');
      } finally {
        console.error = original;
      }
      expect(errors).to.deep.equal([]);
    });
  }
});

describe('<market-ticker fade>', () => {
  const mask = (el: MarketTicker) => {
    const style = getComputedStyle(viewport(el));
    return style.maskImage || style.getPropertyValue('-webkit-mask-image');
  };

  it('fades the ends with a mask that is opaque in the middle, and stays accessible', async () => {
    const el = await ticker(html`<market-ticker fade style="width: 600px" .quotes=${reference}></market-ticker>`);
    const image = mask(el);
    expect(image).to.match(/linear-gradient/);
    // Transparent at both ends, opaque black between the stops.
    expect(image).to.match(/^linear-gradient\((to right, )?(transparent|rgba\(0, 0, 0, 0\))/);
    expect(image).to.match(/(transparent|rgba\(0, 0, 0, 0\))\)$/);
    expect(image.match(/rgb\(0, 0, 0\)|#000|black/g)?.length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('a vertical strip fades top and bottom; without fade, or when still, there is no mask', async () => {
    const el = await ticker(html`<market-ticker fade direction="up" .quotes=${reference}></market-ticker>`);
    // Top to bottom is the gradient's default direction, and serialized without words.
    expect(mask(el)).to.match(/^linear-gradient\((to bottom, )?(transparent|rgba\(0, 0, 0, 0\))/);
    el.fade = false;
    await settled(el);
    expect(mask(el)).to.equal('none');
    el.fade = true;
    el.mode = 'static';
    await settled(el);
    expect(mask(el)).to.equal('none');
  });

  it('a fade size larger than half the strip is clamped to half', async () => {
    const el = await ticker(
      html`<market-ticker fade style="width: 600px; --market-ticker-fade-size: 5000px" .quotes=${reference}></market-ticker>`,
    );
    // Both opaque stops are bounded by half the gradient's length (the strip's), whatever the
    // page asks; engines spell the far one differently.
    const image = mask(el);
    expect(image).to.contain('rgb(0, 0, 0) min(5000px, 50%)');
    expect(image).to.match(/rgb\(0, 0, 0\) calc\(100% (- min\(5000px, 50%\)|\+ max\(-5000px, -50%\))\)/);
  });
});

describe('<market-ticker> loop-complete', () => {
  it('fires with counts 1, 2, … each time the loop has gone round, at the loop duration', async () => {
    const el = await ticker(
      html`<market-ticker speed="400" style="width: 300px" .quotes=${reference.slice(0, 3)}></market-ticker>`,
    );
    const seconds = duration(el) / 1000;
    const seen: { count: number; at: number }[] = [];
    const start = performance.now();
    const anim = animation(el);
    const startTime = Number(anim.currentTime);
    el.addEventListener('loop-complete', (event) => seen.push({ count: event.detail.count, at: performance.now() }));
    await sleep(seconds * 2500);
    expect(seen.map((entry) => entry.count).slice(0, 2)).to.deep.equal([1, 2]);
    // Each at the end of a loop: the first when the animation's time reached one duration.
    const firstDue = start + (duration(el) - (startTime % duration(el)));
    expect(Math.abs(seen[0].at - firstDue)).to.be.lessThan(250);
    expect(seen[1].at - seen[0].at).to.be.closeTo(seconds * 1000, 250);
  });

  it('does not fire while paused', async () => {
    const el = await ticker(
      html`<market-ticker paused speed="400" style="width: 300px" .quotes=${reference.slice(0, 3)}></market-ticker>`,
    );
    let fired = 0;
    el.addEventListener('loop-complete', () => fired++);
    await sleep((duration(el) / 1000) * 2000 + 200);
    expect(fired).to.equal(0);
  });
});

describe('<market-ticker> moved by hand', () => {
  /** A strip with room around it (WebDriver refuses to move a pointer out of the window), on a page that scrolls. */
  const roomy = (extra: Partial<MarketTicker> = {}) =>
    ticker(
      html`<div style="padding: 150px 150px 2000px">
        <market-ticker
          link-template="#dragged-{symbol}"
          style="width: 500px"
          .quotes=${reference}
          .direction=${extra.direction}
          .noDrag=${extra.noDrag ?? false}
        ></market-ticker>
      </div>`,
    );
  /** Where a cell of the real list stands along the strip's axis. */
  const position = (el: MarketTicker, axis: Axis = 'x') => at(realCells(el)[2], axis);
  /** The quote-select events and link follows that a gesture caused. */
  const watchActivation = (el: MarketTicker) => {
    const selected: string[] = [];
    const hash = location.hash;
    el.addEventListener('quote-select', (event) => selected.push(event.detail.symbol));
    return { selected, followed: () => location.hash !== hash };
  };
  /** It carries on by itself, from where it was left. */
  const movesOn = async (el: MarketTicker, from: number) => {
    const now = position(el);
    expect(now - from, 'no jump back').to.be.within(-8, 1);
    await sleep(400);
    await frames(1);
    expect(animation(el).playState).to.equal('running');
    expect(position(el)).to.be.lessThan(now - 5);
  };

  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    window.scrollTo(0, 0);
  });

  it('a mouse drag moves the strip with the pointer, selects nothing, follows no link, then moves on', async () => {
    const el = await roomy();
    const activation = watchActivation(el);
    const [x, y] = pointIn(viewport(el), { x: 0.6 });
    await mouseDown([x, y]);
    await mouseMove([x - 10, y]);
    await frames(2);
    const start = position(el);
    await mouseMove([x - 90, y]);
    await mouseMove([x - 160, y]);
    await frames(2);
    expect(position(el) - start, 'follows the pointer').to.be.closeTo(-150, 2);
    await mouseMove([x - 100, y]);
    await frames(2);
    expect(position(el) - start, 'and back').to.be.closeTo(-90, 2);
    await mouseUp();
    await frames(2);
    const end = position(el);
    expect(end - start).to.be.closeTo(-90, 2);
    expect(activation.selected).to.deep.equal([]);
    expect(activation.followed()).to.equal(false);
    await leave();
    await frames(2);
    await movesOn(el, end);
  });

  it('a press that moves less than a few pixels is a click', async () => {
    const el = await roomy();
    const activation = watchActivation(el);
    el.addEventListener('quote-select', (event) => event.preventDefault());
    el.paused = true;
    await settled(el);
    const [x, y] = pointIn(viewport(el), { x: 0.3 });
    const symbol = root(el).elementFromPoint(x, y)?.closest<HTMLElement>('[data-symbol]')?.dataset.symbol;
    expect(symbol).to.be.a('string');
    await mouseDown([x, y]);
    await mouseMove([x - 2, y]);
    await mouseUp();
    await frames(1);
    expect(activation.selected).to.deep.equal([symbol]);
  });

  it('a finger drags the strip, selects nothing, then it moves on', async () => {
    const el = await roomy();
    const activation = watchActivation(el);
    const [x, y] = pointIn(viewport(el), { x: 0.6 });
    await touchStart([x, y]);
    await touchMove([x - 10, y]);
    await touchMove([x - 20, y]);
    await frames(2);
    const start = position(el);
    await touchMove([x - 100, y]);
    await touchMove([x - 170, y]);
    await frames(2);
    expect(position(el) - start, 'follows the finger').to.be.closeTo(-150, 2);
    await touchEnd();
    await sleep(300);
    const end = position(el);
    expect(activation.selected).to.deep.equal([]);
    expect(activation.followed()).to.equal(false);
    // WebKit's driver leaves its mouse where the finger was: over the strip, a hover.
    await leave();
    await frames(2);
    await movesOn(el, end);
  });

  it("a vertical swipe over the strip is the page's: it scrolls as over the page itself", async () => {
    const el = await roomy();
    expect(getComputedStyle(viewport(el)).touchAction).to.equal('pan-y pinch-zoom');
    el.paused = true;
    await settled(el);
    // A CSS pause is pending until the next frame (WebKit's strip moved a pixel meanwhile).
    await animation(el).ready;
    await frames(2);
    const swipe = async ([x, y]: [number, number]) => {
      window.scrollTo(0, 0);
      await sleep(100);
      await touchStart([x, y]);
      for (const dy of [-10, -40, -80, -120]) await touchMove([x, y + dy]);
      await touchEnd();
      await sleep(400);
      return window.scrollY;
    };
    const [x, y] = pointIn(viewport(el), { x: 0.6 });
    const start = position(el);
    // The same swipe on the page beside the strip: what this engine's touch does to a page.
    // (Chromium scrolls, flinging; Firefox's and WebKit's automation touches never pan a page.)
    const beside = await swipe([x, y + 60]);
    const over = await swipe([x, y]);
    expect(position(el), 'the strip did not move').to.be.closeTo(start, 1);
    expect(over > 0, `scrolled ${over} px over the strip, ${beside} px beside it`).to.equal(beside > 0);
  });

  it('a horizontal wheel moves the strip, and a second turn goes on from there; a vertical one scrolls the page', async () => {
    const el = await roomy();
    await hover(viewport(el), { x: 0.6 });
    await frames(2);
    const start = position(el);
    await wheel(viewport(el), 100, 0, { x: 0.6 });
    await sleep(200);
    expect(position(el) - start).to.be.closeTo(-100, 2);
    await wheel(viewport(el), 50, 0, { x: 0.6 });
    await sleep(200);
    expect(position(el) - start).to.be.closeTo(-150, 2);
    expect(window.scrollX).to.equal(0);
    await wheel(viewport(el), 0, 120, { x: 0.6 });
    await sleep(400);
    expect(window.scrollY, 'the page scrolled').to.be.greaterThan(0);
  });

  it('a vertical strip is dragged and wheeled up and down', async () => {
    const el = await roomy({ direction: 'up' });
    expect(getComputedStyle(viewport(el)).touchAction).to.equal('pan-x pinch-zoom');
    const [x, y] = pointIn(viewport(el), { y: 0.7 });
    await mouseDown([x, y]);
    await mouseMove([x, y - 10]);
    await frames(2);
    const start = position(el, 'y');
    await mouseMove([x, y - 70]);
    await frames(2);
    expect(position(el, 'y') - start).to.be.closeTo(-60, 2);
    await mouseUp();
    // WebKit sees the hover again only once the mouse moves after the capture ends.
    await hover(viewport(el), { y: 0.7 });
    await frames(2);
    const dragged = position(el, 'y');
    await wheel(viewport(el), 0, 40, { y: 0.7 });
    await sleep(200);
    expect(position(el, 'y') - dragged).to.be.closeTo(-40, 2);
    expect(window.scrollY, "the wheel along the strip is the strip's").to.equal(0);
  });

  it('no-drag turns it off: a drag and a wheel leave the strip where it was', async () => {
    const el = await roomy({ noDrag: true });
    // Paused, so that only a move by hand could move it.
    el.paused = true;
    await settled(el);
    await frames(2);
    const [x, y] = pointIn(viewport(el), { x: 0.6 });
    const start = position(el);
    await mouseDown([x, y]);
    await mouseMove([x - 20, y]);
    await mouseMove([x - 100, y]);
    await mouseUp();
    await wheel(viewport(el), 100, 0, { x: 0.6 });
    await sleep(200);
    expect(position(el)).to.be.closeTo(start, 1);
  });

  it("a drag across the loop's end is the reader's: no loop-complete", async () => {
    const el = await ticker(
      html`<div style="padding: 150px"><market-ticker style="width: 300px" .quotes=${reference.slice(0, 3)}></market-ticker></div>`,
    );
    let fired = 0;
    el.addEventListener('loop-complete', () => fired++);
    const loop = Number(
      getComputedStyle(track(el)).getPropertyValue('--_market-ticker-loop-distance').replace('px', ''),
    );
    const [x, y] = pointIn(viewport(el), { x: 0.9 });
    let dragged = 0;
    // Strokes of 250 px to the left until the loop has been dragged round more than once.
    let wrapped = 0;
    while (dragged < 1.5 * loop) {
      const before = Number(animation(el).currentTime) % duration(el);
      await mouseDown([x, y]);
      await mouseMove([x - 10, y]);
      await mouseMove([x - 260, y]);
      await frames(2);
      await mouseUp();
      dragged += 250;
      if (Number(animation(el).currentTime) % duration(el) < before) wrapped++;
      await mouseMove([x, y]);
    }
    await frames(2);
    expect(loop, 'the loop length is known').to.be.greaterThan(50);
    expect(wrapped, "dragged across the loop's end").to.be.greaterThan(0);
    expect(fired).to.equal(0);
  });
});

describe('<market-ticker> motion options are accessible', () => {
  after(async () => {
    await useLocale('en');
  });
  for (const locale of LOCALES) {
    it(`axe finds no violation in every direction, with fade and hover-speed, ${locale}, light and dark`, async () => {
      await useLocale(locale);
      for (const theme of THEMES) {
        const wrapper = await fixture<HTMLElement>(html`<div style=${themeStyle(theme)}>
          ${DIRECTIONS.map(
            ({ direction }) =>
              html`<market-ticker direction=${direction} label=${direction} .quotes=${reference.slice(0, 6)}></market-ticker>`,
          )}
          <market-ticker fade hover-speed="20" label="fade" .quotes=${reference.slice(0, 6)}></market-ticker>
          <div dir="rtl"><market-ticker label="rtl" .quotes=${reference.slice(0, 6)}></market-ticker></div>
        </div>`);
        await Promise.all([...wrapper.querySelectorAll('market-ticker')].map(settled));
        await frames(2);
        await expect(wrapper).to.be.accessible();
      }
    });
  }
});
