import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { instrumentName, listInstruments, quoteMarket } from '../packages/market-ticker/src/instruments.js';
import { userEvent } from 'storybook/test';
import { isKnownMarket, knownMarkets } from '../packages/market-ticker/src/sessions.js';
import type { Quote } from '../packages/market-ticker/src/quote.js';
import { seededRandom } from '../packages/market-ticker/src/simulated-feed.js';
import { dayQuotes, referenceQuotes } from './data.js';

interface Args {
  quotes: Quote[];
  mode?: 'scroll' | 'static';
  speed?: number;
  paused?: boolean;
  label?: string;
  market?: string;
  'trend-colors'?: 'green-up' | 'red-up';
  stale?: boolean;
  loading?: boolean;
  feed?: string;
  announce?: string;
  'link-template'?: string;
  selectable?: boolean;
  src?: string;
  interval?: number;
  'stale-after'?: number;
  sparkline?: boolean;
  'market-state'?: boolean;
  now?: string;
  direction?: 'left' | 'right' | 'up' | 'down';
  'no-drag'?: boolean;
  'hover-speed'?: number;
  fade?: boolean;
  details?: boolean;
  density?: 'regular' | 'compact' | 'adaptive';
}

const meta: Meta<Args> = {
  title: 'Components/market-ticker',
  component: 'market-ticker',
  args: { quotes: referenceQuotes, mode: 'scroll', speed: 60, paused: false, stale: false, loading: false },
  argTypes: {
    mode: { control: 'inline-radio', options: ['scroll', 'static'] },
    'trend-colors': { control: 'inline-radio', options: [undefined, 'green-up', 'red-up'] },
    market: { control: 'select', options: [undefined, ...knownMarkets()] },
    feed: { control: 'inline-radio', options: [undefined, 'simulated'] },
    direction: { control: 'inline-radio', options: [undefined, 'left', 'right', 'up', 'down'] },
    density: { control: 'inline-radio', options: [undefined, 'regular', 'compact', 'adaptive'] },
  },
  render: (args) => html`<market-ticker
    .quotes=${args.quotes}
    mode=${ifDefined(args.mode)}
    speed=${ifDefined(args.speed)}
    ?paused=${args.paused}
    label=${ifDefined(args.label)}
    market=${ifDefined(args.market)}
    trend-colors=${ifDefined(args['trend-colors'])}
    ?stale=${args.stale}
    ?loading=${args.loading}
    feed=${ifDefined(args.feed)}
    announce=${ifDefined(args.announce)}
    link-template=${ifDefined(args['link-template'])}
    ?selectable=${args.selectable}
    src=${ifDefined(args.src)}
    interval=${ifDefined(args.interval)}
    stale-after=${ifDefined(args['stale-after'])}
    ?sparkline=${args.sparkline}
    ?market-state=${args['market-state']}
    now=${ifDefined(args.now)}
    direction=${ifDefined(args.direction)}
    ?no-drag=${args['no-drag']}
    hover-speed=${ifDefined(args['hover-speed'])}
    ?fade=${args.fade}
    ?details=${args.details}
    density=${ifDefined(args.density)}
  ></market-ticker>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The reference page: the Hong Kong market banner, then the sixteen quotes, in Traditional Chinese. */
export const ReferenceStrip: Story = {
  args: { market: 'XHKG' },
  parameters: { locale: 'zh-Hant-HK' },
};
export const ReferenceStripEnglish: Story = { args: { market: 'XHKG' }, parameters: { locale: 'en' } };
export const ReferenceStripSimplified: Story = { args: { market: 'XSHG' }, parameters: { locale: 'zh-Hans-CN' } };

/** Fed by the built-in simulated feed: prices move every second and the changed cell flashes. */
export const Live: Story = { args: { quotes: [], feed: 'simulated', market: 'XHKG', announce: '^HSI' } };

export const Static: Story = { args: { mode: 'static' } };
export const Paused: Story = { args: { paused: true } };

/**
 * What a reader with `prefers-reduced-motion: reduce` sees: a scroll-mode strip that does not
 * move, with the quotes wrapping so none is clipped, and no pause button (nothing to pause).
 * The story pins the toolbar's "Motion: reduced", which simulates the OS setting.
 */
export const ReducedMotion: Story = { args: { mode: 'scroll' }, parameters: { motion: 'reduced' } };

const random = seededRandom(7);
const manyQuotes: Quote[] = Array.from({ length: 200 }, (_, i) => {
  const instruments = listInstruments();
  const instrument = instruments[i % instruments.length];
  const price = 10 + random() * 20000;
  const change = (random() - 0.5) * price * 0.04;
  return {
    symbol: i < instruments.length ? instrument.symbol : `${instrument.symbol}#${i}`,
    price,
    change,
    name: i < instruments.length ? undefined : instrument.names.en,
  };
});
export const TwoHundredQuotes: Story = { name: '200 quotes', args: { quotes: manyQuotes } };

export const VeryLongNames: Story = {
  args: {
    quotes: [
      {
        symbol: 'LONG1',
        name: 'The Extraordinarily Long-Named Pan-Asian Infrastructure and Renewable Energy Holdings Index',
        price: 1234.56,
        change: 12.3,
      },
      {
        symbol: 'LONG2',
        name: '香港特別行政區政府外匯基金投資組合綜合表現指數（試行版）',
        price: 98.7654,
        change: -0.1234,
        precision: 4,
      },
      ...referenceQuotes.slice(0, 4),
    ],
  },
};
export const Empty: Story = { args: { quotes: [] } };
export const Loading: Story = { args: { quotes: [], loading: true } };
export const Stale: Story = { args: { stale: true } };
export const GreenUp: Story = { args: { 'trend-colors': 'green-up' }, parameters: { locale: 'zh-Hans-CN' } };
export const RedUp: Story = { args: { 'trend-colors': 'red-up' } };
export const Dark: Story = { args: { market: 'XHKG' }, parameters: { theme: 'dark' } };
export const Links: Story = { args: { 'link-template': 'https://example.com/quote/{symbol}' } };

/** Hong Kong at 03:00 on Thursday 17 April 2025: Asia and Europe asleep, New York trading, crypto never stops. */
const NIGHT = '2025-04-16T19:00:00Z';

/** Fixed figures so the story is the same on every run. */
const worldIndices: Quote[] = (
  [
    ['^HSI', 21056.98, 189.52],
    ['^N225', 33920.4, -347.19],
    ['^KS11', 2447.43, 1.03],
    ['^TWII', 18843.14, -340.44],
    ['^AXJO', 7758.9, 0.0],
    ['^STI', 3709.31, 19.7],
    ['^NSEI', 23437.2, 108.65],
    ['^GDAXI', 21311.02, 57.32],
    ['^FCHI', 7329.97, -5.43],
    ['^FTSE', 8275.6, 26.25],
    ['^GSPTSE', 24119.41, -104.3],
    ['^DJI', 39669.39, -699.57],
    ['^GSPC', 5275.7, -120.93],
    ['CL=F', 62.47, 1.14],
    ['BTC-USD', 84030.67, 325.21],
  ] as const
).map(([symbol, price, change]) => ({ symbol, price, change }));

/** The markets of the strip's quotes, once each, in the strip's order. */
const worldMarkets = [
  ...new Set(worldIndices.map((quote) => quoteMarket(quote)).filter((mic) => mic && isKnownMarket(mic))),
] as string[];

/** The banner of every market behind the strip, at one fixed night-time instant, then the strip with each cell's market-state marker. */
export const WorldIndicesAtNight: Story = {
  name: 'World indices at night (Hong Kong 03:00)',
  args: { quotes: worldIndices, mode: 'static' },
  render: (args) => html`<div style="display: grid; gap: 0.75rem;">
    <ul style="margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem;">
      ${worldMarkets.map((market) => html`<li><market-status market=${market} now=${NIGHT}></market-status></li>`)}
    </ul>
    <market-ticker market-state now=${NIGHT} .quotes=${args.quotes} mode=${ifDefined(args.mode)}></market-ticker>
  </div>`,
};

/**
 * The reference strip with a sparkline and its market's state in every cell, in its own locale: at
 * the reference page's moment (00:30 in Hong Kong) Asia is closed and New York trading.
 */
export const ReferenceStripSparklines: Story = {
  args: {
    quotes: dayQuotes,
    sparkline: true,
    'market-state': true,
    mode: 'static',
    market: 'XHKG',
  },
  parameters: { locale: 'zh-Hant-HK' },
};
export const SparklinesRedUp: Story = {
  args: { quotes: dayQuotes, sparkline: true, mode: 'static' },
  parameters: { locale: 'zh-Hans-CN' },
};

/** The items move to the right: the default on a right-to-left page. */
export const DirectionRight: Story = { args: { direction: 'right' } };

/** A vertical ticker: upright cells in a column as tall as the element (12em by default). */
export const DirectionUp: Story = { args: { direction: 'up', quotes: referenceQuotes.slice(0, 8) } };
export const DirectionDown: Story = { args: { direction: 'down', quotes: referenceQuotes.slice(0, 8) } };

/** A vertical ticker in a page's sidebar, as tall as the sidebar's box through `--market-ticker-height`. */
export const VerticalSidebar: Story = {
  args: { direction: 'up', speed: 30, quotes: dayQuotes, sparkline: true },
  render: (args) => html`<div style="display: grid; grid-template-columns: minmax(0, 1fr) 17rem; gap: 1.5rem;">
    <article style="font: 1rem/1.6 system-ui, sans-serif; max-width: 40rem;">
      <h2 style="margin-top: 0;">${instrumentName('^HSI', 'en')} 21,395.14</h2>
      <p>
        A sidebar of quotes moving upwards beside the article. The cells stay upright; hovering or focusing the
        column pauses it, and the pause button stops it for good.
      </p>
    </article>
    <aside style="--market-ticker-height: 22rem;">
      <market-ticker
        direction=${ifDefined(args.direction)}
        speed=${ifDefined(args.speed)}
        ?sparkline=${args.sparkline}
        .quotes=${args.quotes}
      ></market-ticker>
    </aside>
  </div>`,
};

/** English names for the right-to-left page's first strip, whatever the interface locale. */
const englishQuotes: Quote[] = referenceQuotes.map((quote) => ({ ...quote, name: instrumentName(quote.symbol, 'en') }));
const chineseQuotes: Quote[] = referenceQuotes.map((quote) => ({
  ...quote,
  name: instrumentName(quote.symbol, 'zh-Hant-HK'),
}));

/**
 * A right-to-left page (`dir="rtl"` on an ancestor): both strips move right by default, their cells
 * read right to left and the pause button sits at the start edge, the right.
 */
export const RightToLeftPage: Story = {
  render: () => html`<div dir="rtl" style="display: grid; gap: 0.75rem;">
    <market-ticker label="Markets" .quotes=${englishQuotes}></market-ticker>
    <market-ticker label="市場" .quotes=${chineseQuotes}></market-ticker>
  </div>`,
};

/**
 * Drag the strip with a mouse, pen or finger; a wheel or trackpad moves it along its axis. Letting
 * go, it carries on from there. The play function drags it
 * about 200 px to the left (past the 6 px that tell a drag from a click).
 */
export const Drag: Story = {
  play: async ({ canvasElement }) => {
    const strip = canvasElement.querySelector('market-ticker');
    const viewport = strip?.shadowRoot?.querySelector<HTMLElement>('[part="viewport"]');
    if (!viewport) return;
    // The loop starts once the strip has measured itself: a frame or two after it renders.
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const moving = () => {
      const timing = viewport.querySelector('[part="track"]')?.getAnimations()[0]?.effect?.getComputedTiming();
      return Number(timing?.duration) > 0;
    };
    for (let i = 0; i < 120 && !moving(); i++) await frame();
    const box = viewport.getBoundingClientRect();
    const y = box.top + box.height / 2;
    const x = box.left + box.width * 0.8;
    const user = userEvent.setup({ delay: null });
    await user.pointer([
      { keys: '[MouseLeft>]', target: viewport, coords: { clientX: x, clientY: y } },
      ...[6, 50, 100, 150, 200].map((dx) => ({ target: viewport, coords: { clientX: x - dx, clientY: y } })),
      { keys: '[/MouseLeft]', target: viewport, coords: { clientX: x - 200, clientY: y } },
    ]);
  },
};

/** `no-drag`: the strip only moves by itself; the pause button and the hover pause stay. */
export const NoDrag: Story = { args: { 'no-drag': true } };

/** `hover-speed="20"`: under the pointer the strip eases down to 20 px/s instead of stopping. */
export const HoverEasing: Story = { args: { 'hover-speed': 20 } };

/** The harbour at dusk behind the strip. */
const photo = new URL('./assets/harbour-dusk.jpg', import.meta.url).href;

/**
 * `fade` masks the strip's ends, so the fade works over a photo: no gradient colour to match.
 * The strip's background is transparent and its colours light, for the dark photo.
 */
export const FadeOnPhoto: Story = {
  args: { fade: true },
  // One locale and theme: a photo makes a large reference image, and its colours are the story's own.
  parameters: { locale: 'zh-Hant-HK', theme: 'dark' },
  render: (args) => html`<div
    style="position: relative; overflow: hidden; background: #1b2433; padding: 3rem 1.5rem; border-radius: 6px;
      --market-ticker-background: transparent; --market-ticker-text-color: #fff;
      --market-ticker-muted-color: #dde3ea; --market-ticker-flat-color: #dde3ea; --market-ticker-border-color: #fff6;
      --market-ticker-up-color: #7ee2a8; --market-ticker-down-color: #ffaaa5; --market-ticker-fade-size: 6rem;"
  >
    <!-- The photo is its own layer: as the strip's background, the strip's repaints re-drew the part
      below it, and the two drawings of the photo differed in one visual run out of three. -->
    <img
      src=${photo}
      alt=""
      style="position: absolute; inset: 0; width: 100%; height: 100%; object-fit: cover; will-change: transform"
    />
    <market-ticker style="position: relative" ?fade=${args.fade} .quotes=${args.quotes}></market-ticker>
  </div>`,
};

/** `details`: every cell shows the day's figures in a card on hover and focus; the strip holds still meanwhile. */
export const Details: Story = {
  args: { quotes: dayQuotes, details: true, market: 'XHKG' },
  parameters: { locale: 'zh-Hant-HK' },
};

/** `density="compact"`: every cell shows the name, price and percent only. */
export const Compact: Story = { args: { density: 'compact', market: 'XHKG' }, parameters: { locale: 'zh-Hant-HK' } };

/** `density="adaptive"`: compact while the strip is narrower than 40em; here a 30em column, then the full width. */
export const Adaptive: Story = {
  args: { density: 'adaptive', mode: 'static', quotes: referenceQuotes.slice(0, 4) },
  parameters: { locale: 'en' },
  render: (args, context) => html`<div style="display: grid; gap: 0.75rem;">
    <div style="width: 30em">${meta.render!(args, context)}</div>
    ${meta.render!(args, context)}
  </div>`,
};
