import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { userEvent } from 'storybook/test';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import { dayQuotes, logoUrl, missingLogoUrl, referenceQuotes } from './data.js';

type Args = Pick<
  QuoteCell,
  | 'symbol'
  | 'name'
  | 'price'
  | 'change'
  | 'changePercent'
  | 'precision'
  | 'href'
  | 'selectable'
  | 'quote'
  | 'sparkline'
  | 'details'
  | 'density'
> & {
  'trend-colors'?: 'green-up' | 'red-up';
};

const meta: Meta<Args> = {
  title: 'Components/quote-cell',
  component: 'quote-cell',
  args: { symbol: '^HSI', price: 17284.54, change: 83.27, changePercent: 0.48 },
  argTypes: {
    'trend-colors': { control: 'inline-radio', options: ['green-up', 'red-up', undefined] },
    density: { control: 'inline-radio', options: ['regular', 'compact'] },
  },
  render: (args) => html`<quote-cell
    symbol=${ifDefined(args.symbol)}
    name=${ifDefined(args.name)}
    price=${ifDefined(args.price)}
    change=${ifDefined(args.change)}
    change-percent=${ifDefined(args.changePercent)}
    precision=${ifDefined(args.precision)}
    href=${ifDefined(args.href)}
    trend-colors=${ifDefined(args['trend-colors'])}
    ?selectable=${args.selectable}
    ?sparkline=${args.sparkline}
    ?details=${args.details}
    density=${ifDefined(args.density)}
    .quote=${args.quote}
  ></quote-cell>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Up: Story = {};
export const Down: Story = { args: { symbol: '^DJI', price: 37973.62, change: -487.3, changePercent: -1.27 } };
export const Unchanged: Story = { args: { symbol: '^VIX', price: 16.51, change: 0, changePercent: 0 } };
export const TinyRise: Story = {
  name: 'Tiny rise (+0.00%)',
  args: { symbol: 'GC=F', price: 2338.5, change: 0.1, changePercent: 0.0043 },
};
export const FourDecimals: Story = { args: { symbol: 'HKD=X', price: 7.8281, change: -0.0028, changePercent: -0.04 } };
export const RedUp: Story = { args: { 'trend-colors': 'red-up' } };
export const Link: Story = { args: { href: 'https://example.com/quote/HSI' } };
export const Selectable: Story = { args: { selectable: true } };
export const MissingFigures: Story = {
  name: 'Missing figures (em dash)',
  args: { price: undefined, change: undefined, changePercent: undefined },
};
export const UnknownSymbol: Story = { args: { symbol: 'ZZZ.FOO', price: 12.5, change: 0.5 } };
export const MarkupInName: Story = {
  name: 'Markup in a name (shown as text)',
  args: { name: '<b>not bold</b>' },
};

const strip = () => html`<div style="display: flex; flex-wrap: wrap; gap: 0.25rem 1rem;">
  ${referenceQuotes.map((quote) => html`<quote-cell .quote=${quote}></quote-cell>`)}
</div>`;

/** The reference page's sixteen cells, in its own locale (Traditional Chinese, Hong Kong). */
export const ReferenceStrip: Story = { parameters: { locale: 'zh-Hant-HK' }, render: strip };
export const ReferenceStripEnglish: Story = { parameters: { locale: 'en' }, render: strip };
export const ReferenceStripSimplified: Story = { parameters: { locale: 'zh-Hans-CN' }, render: strip };
export const ReferenceStripDark: Story = { parameters: { theme: 'dark' }, render: strip };

const hsiDay = dayQuotes[0]!;
const djiDay = dayQuotes[3]!;

/** `sparkline`: the day's history as a line, the previous close as a faint baseline. */
export const Sparkline: Story = { args: { sparkline: true, quote: hsiDay } };
export const SparklineDown: Story = {
  args: {
    sparkline: true,
    symbol: undefined,
    quote: djiDay,
    price: undefined,
    change: undefined,
    changePercent: undefined,
  },
};
export const SparklineRedUp: Story = { args: { sparkline: true, quote: hsiDay, 'trend-colors': 'red-up' } };
export const SparklineChinese: Story = {
  args: { sparkline: true, quote: hsiDay },
  parameters: { locale: 'zh-Hant-HK' },
};
export const SparklineDark: Story = { args: { sparkline: true, quote: hsiDay }, parameters: { theme: 'dark' } };
/** Fewer than 2 points, no previous close: the box is kept, empty, and nothing else changes. */
export const SparklineMissingFields: Story = {
  name: 'Sparkline with missing fields',
  args: { sparkline: true, quote: { symbol: '^HSI', price: 17284.54, change: 83.27, history: [17284.54] } },
};
/** `logo` from the quote, before the name. */
export const Logo: Story = { args: { quote: { ...hsiDay, logo: logoUrl } } };
/** A logo that fails to load: the neutral placeholder stays, no broken-image icon. */
export const LogoFailsToLoad: Story = {
  args: { quote: { ...hsiDay, logo: missingLogoUrl } },
  // The 404 is the point of the story: the story check allows it.
  parameters: { check: { allowedRequestFailures: ['no-such-logo.png'] } },
};
export const LogoAndSparkline: Story = { args: { sparkline: true, quote: { ...hsiDay, logo: logoUrl } } };

/** `density="compact"`: the name, price and percent only, a little smaller. */
export const Compact: Story = { args: { density: 'compact' } };
export const CompactChinese: Story = { args: { density: 'compact' }, parameters: { locale: 'zh-Hant-HK' } };

/** A day's figures for the details card: 萬/億 in Hong Kong, 万/亿 on the mainland, K/M/B/T in English. */
const hsiDetails = {
  ...hsiDay,
  volume: 1_234_567_890,
  marketCap: 3_456_000_000_000,
  currency: 'HKD',
  time: '2024-04-19T08:08:00Z',
  delay: 15,
};

/**
 * `details`, opened by a press on the cell (a tap on a touch screen does the same): the card of the
 * day's figures beside the cell, as the cell's description. Hover (after 300 ms) and keyboard focus
 * open it too; Escape closes it.
 */
export const DetailsOpen: Story = {
  args: {
    details: true,
    quote: hsiDetails,
    symbol: undefined,
    price: undefined,
    change: undefined,
    changePercent: undefined,
  },
  parameters: { locale: 'zh-Hant-HK' },
  // Room below the cell for the card, so that the story's picture shows it.
  decorators: [(story) => html`<div style="min-height: 15rem">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const cell = canvasElement.querySelector('quote-cell')!;
    await cell.updateComplete;
    await userEvent.click(cell.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!);
  },
};
export const DetailsOpenEnglish: Story = { ...DetailsOpen, parameters: { locale: 'en' } };
