import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MarketStatus } from '../packages/market-ticker/src/market-status/market-status.js';
import { knownMarkets } from '../packages/market-ticker/src/sessions.js';

type Args = Pick<MarketStatus, 'market' | 'now'>;

const meta: Meta<Args> = {
  title: 'Components/market-status',
  component: 'market-status',
  args: { market: 'XHKG', now: '2024-04-18T16:30:00Z' },
  argTypes: {
    market: { control: 'select', options: [...knownMarkets(), 'NOPE'] },
    now: { control: 'text', description: 'ISO instant that fixes the clock; empty for the live clock.' },
  },
  render: (args) =>
    html`<market-status market=${ifDefined(args.market)} now=${ifDefined(args.now || undefined)}></market-status>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The reference page's banner: Friday 19 April 2024, 00:30 in Hong Kong. */
export const Reference: Story = {
  name: 'Reference banner (香港股市 將在 9 小時 開市)',
  parameters: { locale: 'zh-Hant-HK' },
};

/** No `now`: the live clock, refreshed on every minute. */
export const LiveClock: Story = { args: { now: undefined } };

export const PreOpen: Story = { args: { now: '2024-04-19T01:05:00Z' } };
export const Open: Story = { args: { now: '2024-04-19T06:05:00Z' } };
export const LunchBreak: Story = { args: { now: '2024-04-19T04:20:00Z' } };
export const OverTheWeekend: Story = { args: { now: '2024-04-19T08:11:00Z' } };
export const UnknownMarket: Story = { name: 'Unknown market', args: { market: 'NOPE' } };

const STATES = [
  'Pre-open',
  'Open',
  'Lunch break',
  'Closed overnight',
  'Closed for the weekend',
  'Closed for a holiday',
] as const;

/** An instant (UTC) per exchange and state; `undefined` where the exchange has no lunch break. */
const INSTANTS: Record<string, Array<string | undefined>> = {
  XHKG: [
    '2024-04-19T01:05:00Z',
    '2024-04-19T06:05:00Z',
    '2024-04-19T04:20:00Z',
    '2024-04-18T16:30:00Z',
    '2024-04-20T04:00:00Z',
    '2024-03-28T08:11:00Z',
  ],
  XSHG: [
    '2024-04-18T01:20:00Z',
    '2024-04-18T06:00:00Z',
    '2024-04-18T04:00:00Z',
    '2024-04-18T13:00:00Z',
    '2024-04-20T04:00:00Z',
    '2024-02-08T07:01:00Z',
  ],
  XSHE: [
    '2024-04-18T01:20:00Z',
    '2024-04-18T02:00:00Z',
    '2024-04-18T04:30:00Z',
    '2024-04-17T22:00:00Z',
    '2024-04-21T02:00:00Z',
    '2025-09-30T07:01:00Z',
  ],
  XNYS: [
    '2024-04-19T12:00:00Z',
    '2024-04-19T15:00:00Z',
    undefined,
    '2024-04-19T02:00:00Z',
    '2024-04-20T16:00:00Z',
    '2024-11-27T21:01:00Z',
  ],
  XNAS: [
    '2024-04-19T13:10:00Z',
    '2024-04-19T18:45:00Z',
    undefined,
    '2024-04-18T21:00:00Z',
    '2024-04-20T20:00:00Z',
    '2024-07-03T17:01:00Z',
  ],
  XLON: [
    '2024-04-19T06:55:00Z',
    '2024-04-19T10:00:00Z',
    undefined,
    '2024-04-18T20:00:00Z',
    '2024-04-20T12:00:00Z',
    '2024-03-29T12:00:00Z',
  ],
};

const cell = 'text-align: start; padding: 0.25rem 0.5rem; border-top: 1px solid #8888; font-weight: normal;';

/** One small table per exchange, wrapping to the width of the canvas. */
const grid =
  () => html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem; font: 0.8125rem system-ui, sans-serif;">
  ${Object.entries(INSTANTS).map(
    ([market, instants]) => html`<table style="border-collapse: collapse;">
      <caption style="text-align: start; font-weight: 600; padding-block-end: 0.25rem;">${market}</caption>
      <tbody>
        ${instants.map(
          (now, i) => html`<tr>
            <th scope="row" style=${cell}>${STATES[i]}</th>
            <td style=${cell}>
              ${now ? html`<market-status market=${market} now=${now}></market-status>` : html`<span>No lunch break</span>`}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`,
  )}
</div>`;

export const AllStatesTraditional: Story = {
  name: 'All states (繁體中文)',
  parameters: { locale: 'zh-Hant-HK' },
  render: grid,
};
export const AllStatesSimplified: Story = {
  name: 'All states (简体中文)',
  parameters: { locale: 'zh-Hans-CN' },
  render: grid,
};
export const AllStatesEnglish: Story = { name: 'All states (English)', parameters: { locale: 'en' }, render: grid };
export const AllStatesDark: Story = { name: 'All states, dark theme', parameters: { theme: 'dark' }, render: grid };

/** Three moments of one April 2025 week, and each market's own special moment (lunch, daily break, half day). */
const MOMENTS = [
  ['Wed 10:45 Hong Kong', '2025-04-16T02:45:00Z'],
  ['Wed 15:30 London', '2025-04-16T14:30:00Z'],
  ['Sat 12:00 New York', '2025-04-19T16:00:00Z'],
] as const;

const SPECIAL: Record<string, readonly [string, string]> = {
  XHKG: ['Half day, 11:50', '2025-12-24T03:50:00Z'],
  XSHG: ['Lunch break', '2025-04-16T04:00:00Z'],
  XSHE: ['Lunch break', '2025-04-16T04:00:00Z'],
  XNYS: ['Half day, 12:30', '2025-11-28T17:30:00Z'],
  XNAS: ['Half day, 12:30', '2025-11-28T17:30:00Z'],
  XLON: ['Half day, 12:00', '2025-12-24T12:00:00Z'],
  XTKS: ['Lunch break', '2025-04-16T02:50:00Z'],
  XKRX: ['Holiday (Chuseok)', '2025-10-07T02:00:00Z'],
  XTAI: ['Holiday (Lunar New Year)', '2025-01-29T02:00:00Z'],
  XASX: ['Half day, 13:30', '2025-12-24T02:30:00Z'],
  XSES: ['Half day, 11:30', '2025-12-24T03:30:00Z'],
  XBOM: ['Diwali, before Muhurat trading', '2025-10-21T06:00:00Z'],
  XNSE: ['Diwali, before Muhurat trading', '2025-10-21T06:00:00Z'],
  XETR: ['Holiday (Christmas Eve)', '2025-12-24T10:00:00Z'],
  XPAR: ['Half day, 12:00', '2025-12-24T11:00:00Z'],
  XTSE: ['Half day, 12:00', '2025-12-24T17:00:00Z'],
  XNYM: ['Daily break', '2025-04-16T21:20:00Z'],
  XCEC: ['Before the daily break', '2025-04-16T20:20:00Z'],
  XCBF: ['Sunday evening open', '2025-04-13T22:30:00Z'],
  '24/7': ['Christmas Day', '2025-12-25T12:00:00Z'],
  '24/5': ['Sunday 16:30 New York', '2025-04-20T20:30:00Z'],
};

/** Every market the library knows, one row each. */
const everyMarket = () => html`<table style="border-collapse: collapse; font: 0.8125rem system-ui, sans-serif;">
  <thead>
    <tr>
      <th scope="col" style=${cell}>Market</th>
      ${MOMENTS.map(([label, now]) => html`<th scope="col" style=${cell}><time datetime=${now}>${label}</time></th>`)}
      <th scope="col" style=${cell}>Its own moment</th>
    </tr>
  </thead>
  <tbody>
    ${knownMarkets().map((market) => {
      const [label, now] = SPECIAL[market] ?? ['', ''];
      return html`<tr>
        <th scope="row" style=${cell}>${market}</th>
        ${MOMENTS.map(([, at]) => html`<td style=${cell}><market-status market=${market} now=${at}></market-status></td>`)}
        <td style=${cell}>
          ${now ? html`<market-status market=${market} now=${now}></market-status> <small>(${label})</small>` : ''}
        </td>
      </tr>`;
    })}
  </tbody>
</table>`;

export const EveryMarketTraditional: Story = {
  name: 'Every market (繁體中文)',
  parameters: { locale: 'zh-Hant-HK' },
  render: everyMarket,
};
export const EveryMarketSimplified: Story = {
  name: 'Every market (简体中文)',
  parameters: { locale: 'zh-Hans-CN' },
  render: everyMarket,
};
export const EveryMarketEnglish: Story = {
  name: 'Every market (English)',
  parameters: { locale: 'en' },
  render: everyMarket,
};
