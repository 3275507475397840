// Property-based tests over the public surface: thousands of generated quotes and feed messages,
// adversarial on purpose (huge and tiny numbers, -0, NaN, ±Infinity, numeric and non-numeric
// strings, wrong types, markup, bidi controls, very long strings, duplicate symbols, unknown
// fields), checked against models computed here from the contract:
// - nothing throws (uncaught errors and unhandled rejections are trapped);
// - no `NaN`, `undefined`, `Infinity`, `null` or `[object` text anywhere in the shadow DOM;
// - the sign matches the direction: change > 0 shows `+`, trend=up and ▲; < 0 shows `-`, trend=down
//   and ▼; 0 and -0 no sign and trend=flat; the percent's sign follows the percent;
// - the screen shows the last valid figures per symbol (feed messages through parseFeedMessage and
//   mergeQuotes, and through a real WebSocket feed from the test server);
// - no markup becomes an element, and no payload runs.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../packages/market-ticker/src/quote-cell/quote-cell.js';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import { MESSAGE_LIMITS, mergeQuotes, parseFeedMessage } from '../packages/market-ticker/src/feeds.js';
import { instrumentName, instrumentPrecision } from '../packages/market-ticker/src/instruments.js';
import { LIMITS, type Quote } from '../packages/market-ticker/src/quote.js';
import { GARBAGE, deepText, partText, settled, useLocale } from './support.js';
import {
  BIDI,
  MARKUP_PAYLOADS,
  control,
  loadOptional,
  errorTrap,
  feedTestServer,
  foreignElements,
  newChannel,
  pwned,
  sleep,
  waitFor,
} from './hardening-support.js';

type Locale = 'en' | 'zh-Hant-HK' | 'zh-Hans-CN';
const EM_DASH = '\u2014';

/** How many cases each property generated, for the report. */
const generated: Record<string, number> = {};
const count = (name: string, n = 1) => (generated[name] = (generated[name] ?? 0) + n);

// ------------------------------------------------------------------------------------------------
// Arbitraries

const SPECIAL_NUMBERS = [
  0,
  -0,
  NaN,
  Infinity,
  -Infinity,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  Number.EPSILON,
  1e21,
  -1e21,
  1e300,
  -1e300,
  1e-7,
  -1e-7,
  0.005,
  -0.005,
  0.004999,
  9999.995,
  2 ** 53,
  -(2 ** 53),
  5e-324,
];

/** Strings no reader should be shown as data... except that data may legitimately contain them. */
const clean = (s: string) => !GARBAGE.test(s);

const longText = fc.string({ minLength: 200, maxLength: 4000 });
const hostileText: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom(...MARKUP_PAYLOADS) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...BIDI)
        .chain((c) => fc.constantFrom(`${c}Evil`, `Evil${c}`, `${c}17,284.54${c}`, `${c}`)),
    },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
    { weight: 1, arbitrary: longText },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '',
        ' ',
        '\n\t ',
        EM_DASH,
        '恒指',
        '恆生指數',
        '🚀📉',
        'a'.repeat(LIMITS.name),
        'a'.repeat(LIMITS.name + 1),
        '-',
        '+',
        '0',
        '1e999',
      ),
    },
  )
  .filter(clean);

/** Values of the wrong type, JSON-able. */
const wrongJson = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom('', ' ', 'abc', '12', '-0', '1e999', '0x1F', '+5', '1_000', '12,345.67', '١٢٣', '<b>1</b>'),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
);

/** Values of the wrong type that only a property can carry. */
const wrongAny = fc.oneof(
  wrongJson,
  fc.constant(undefined),
  fc.bigInt(),
  fc.constant(Symbol('s')),
  fc.constant(() => 1),
  fc.constant(new Date(NaN)),
);

const numberish = (wrong: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.double() },
    { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_NUMBERS) },
    { weight: 3, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100) },
    { weight: 1, arbitrary: fc.double({ min: -1e-6, max: 1e-6, noNaN: true }) },
    { weight: 2, arbitrary: wrong },
  );

const symbolArb = (wrong: fc.Arbitrary<unknown>) =>
  fc.oneof(
    // A small pool, so that symbols repeat within a list and across messages.
    {
      weight: 6,
      arbitrary: fc.constantFrom(
        '^HSI',
        '0700.HK',
        'HKD=X',
        'BTC-USD',
        'A',
        'B',
        ' A ',
        'a',
        'constructor',
        '__proto__',
        'toString',
        '<b>X</b>',
        '\u202EXSH',
        'x'.repeat(LIMITS.symbol),
        'x'.repeat(LIMITS.symbol + 1),
        '',
        '  ',
      ),
    },
    { weight: 2, arbitrary: fc.string({ maxLength: 6 }).filter(clean) },
    { weight: 1, arbitrary: hostileText },
    { weight: 1, arbitrary: wrong },
  );

const nameArb = (wrong: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 4, arbitrary: hostileText },
    {
      weight: 2,
      arbitrary: fc.record(
        { en: hostileText, 'zh-Hant-HK': hostileText, 'zh-Hans-CN': hostileText },
        { requiredKeys: [] },
      ),
    },
    { weight: 1, arbitrary: fc.record({ fr: hostileText, en: wrong }, { requiredKeys: [] }) },
    { weight: 1, arbitrary: wrong },
  );

function quoteArb(wrong: fc.Arbitrary<unknown>) {
  return fc
    .tuple(
      fc.record(
        {
          symbol: symbolArb(wrong),
          price: numberish(wrong),
          change: numberish(wrong),
          changePercent: numberish(wrong),
          name: nameArb(wrong),
          precision: fc.oneof(fc.integer({ min: -2, max: 10 }), fc.constantFrom(2.5, -0), numberish(wrong)),
          currency: fc.oneof(fc.constantFrom('HKD', 'USD', 'CNY'), hostileText),
          time: fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            hostileText,
          ),
        },
        // Any field may be missing; symbol and price are usually there so that most quotes count.
        { requiredKeys: [] },
      ),
      // Unknown fields, which must be ignored.
      fc.dictionary(
        fc.constantFrom('volume', 'open', 'html', 'onerror', 'href', 'style', 'x'),
        fc.oneof(hostileText, fc.double()),
        { maxKeys: 3 },
      ),
    )
    .map(([known, unknown]) => ({ ...unknown, ...known }) as Record<string, unknown>);
}

const propertyQuote = quoteArb(wrongAny);
const jsonQuote = quoteArb(wrongJson);

// ------------------------------------------------------------------------------------------------
// The contract as a model

/** A finite number from a number or a numeric string (attributes arrive as strings). */
function finite(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

const formats = new Map<string, Intl.NumberFormat>();
function digits(n: number, precision: number, locale: Locale): string {
  const key = `${locale}|${precision}`;
  let f = formats.get(key);
  if (!f)
    formats.set(
      key,
      (f = new Intl.NumberFormat(locale, {
        minimumFractionDigits: precision,
        maximumFractionDigits: precision,
        useGrouping: true,
      })),
    );
  return f.format(n);
}

const direction = (n: number) => (n > 0 ? 'up' : n < 0 ? 'down' : 'flat');
const signed = (n: number | undefined, precision: number, locale: Locale) =>
  n === undefined ? EM_DASH : `${n > 0 ? '+' : n < 0 ? '-' : ''}${digits(Math.abs(n), precision, locale)}`;

interface Expected {
  name: string;
  value: string;
  delta: string;
  percent: string;
  trend: 'up' | 'down' | 'flat' | undefined;
  arrow: string;
}

function displayName(name: unknown, locale: Locale): string | undefined {
  if (typeof name === 'string') return name.trim() || undefined;
  if (typeof name !== 'object' || name === null) return undefined;
  const names = name as Record<string, unknown>;
  for (const candidate of [names[locale], names.en, ...Object.values(names)]) {
    if (typeof candidate === 'string' && candidate.trim()) return candidate.trim();
  }
  return undefined;
}

/** What a cell must show for these fields, from the contract. */
function expectedCell(fields: Record<string, unknown>, locale: Locale): Expected {
  const symbol = typeof fields.symbol === 'string' ? fields.symbol.trim() : '';
  const p = finite(fields.precision);
  const precision = p !== undefined && Number.isInteger(p) && p >= 0 && p <= 8 ? p : (instrumentPrecision(symbol) ?? 2);
  const price = finite(fields.price);
  const change = finite(fields.change);
  let percent = finite(fields.changePercent);
  if (percent === undefined && price !== undefined && change !== undefined && price - change !== 0) {
    const derived = (change / Math.abs(price - change)) * 100;
    percent = Number.isFinite(derived) ? derived : undefined;
  }
  const trend = change !== undefined ? direction(change) : percent !== undefined ? direction(percent) : undefined;
  let value = price === undefined ? EM_DASH : digits(price === 0 ? 0 : price, precision, locale);
  if (/^-0(\D0*)?$/.test(value)) value = value.slice(1);
  return {
    name: displayName(fields.name, locale) ?? (symbol ? (instrumentName(symbol, locale) ?? symbol) : EM_DASH),
    value,
    delta: signed(change, precision, locale),
    percent: `(${percent === undefined ? EM_DASH : `${signed(percent, 2, locale)}%`})`,
    trend,
    arrow: trend === 'up' ? '\u25B2' : trend === 'down' ? '\u25BC' : '',
  };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The trend a cell shows: reflected by a <quote-cell>; a strip's cell (no element of its own)
 * carries it as the class that colours it.
 */
function trendShown(cell: HTMLElement): string | undefined {
  if (cell.shadowRoot) return cell.getAttribute('trend') ?? undefined;
  return ['up', 'down', 'flat'].find((trend) => cell.classList.contains(trend));
}

/** Checks one rendered cell against the model and the invariants; returns the problems. */
function checkCell(cell: HTMLElement, fields: Record<string, unknown>, locale: Locale): string[] {
  const want = expectedCell(fields, locale);
  const got = {
    name: partText(cell, 'label'),
    value: partText(cell, 'value'),
    delta: partText(cell, 'delta'),
    percent: partText(cell, 'delta-percent'),
    trend: trendShown(cell),
    arrow: partText(cell, 'arrow'),
  };
  const problems: string[] = [];
  for (const key of ['value', 'delta', 'percent', 'trend', 'arrow'] as const) {
    if (got[key] !== want[key])
      problems.push(`${key}: shows ${JSON.stringify(got[key])}, expected ${JSON.stringify(want[key])}`);
  }
  if (got.name !== collapse(want.name))
    problems.push(`name: shows ${JSON.stringify(got.name)}, expected ${JSON.stringify(collapse(want.name))}`);
  // The sign and the direction, read from the screen alone.
  const sign = got.delta[0];
  if (got.trend === 'up' && got.delta !== EM_DASH && sign !== '+') problems.push(`trend up but delta ${got.delta}`);
  if (got.trend === 'down' && got.delta !== EM_DASH && sign !== '-') problems.push(`trend down but delta ${got.delta}`);
  if (got.trend === 'flat' && got.delta !== EM_DASH && /^[+-]/.test(got.delta))
    problems.push(`trend flat but delta ${got.delta}`);
  if (got.trend === undefined && got.delta !== EM_DASH) problems.push(`no trend but delta ${got.delta}`);
  return problems;
}

/** Invariants for any element tree: no garbage text, no foreign element, no payload run. */
function checkTree(el: Element): string[] {
  const problems: string[] = [];
  const text = deepText(el);
  const garbage = GARBAGE.exec(text);
  if (garbage)
    problems.push(
      `garbage text ${JSON.stringify(garbage[0])} in ${JSON.stringify(text.slice(Math.max(0, garbage.index - 40), garbage.index + 40))}`,
    );
  const foreign = foreignElements(el);
  if (foreign.length > 0) problems.push(`markup became elements: ${foreign.join(', ')}`);
  if (pwned() !== undefined) problems.push(`a payload ran: ${String(pwned())}`);
  return problems;
}

const describeValue = (v: unknown) => {
  try {
    return JSON.stringify(v, (_k, x) =>
      typeof x === 'bigint'
        ? `${x}n`
        : typeof x === 'number' && !Number.isFinite(x)
          ? String(x)
          : x === undefined
            ? '(undefined)'
            : typeof x === 'symbol'
              ? String(x)
              : x,
    );
  } catch {
    return String(v);
  }
};

function assertNoProblems(problems: string[], input: unknown) {
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\ninput: ${describeValue(input)}`.slice(0, 4000));
}

// ------------------------------------------------------------------------------------------------
// Feed messages as a model: what the contract says survives

const HUGE_MESSAGE = JSON.stringify({ quotes: [{ symbol: 'BIG', price: 1, name: 'x'.repeat(MESSAGE_LIMITS.chars) }] });
const TOO_MANY_QUOTES = JSON.stringify({
  quotes: Array.from({ length: MESSAGE_LIMITS.quotes + 1 }, (_, i) => ({ symbol: `M${i}`, price: i })),
});

const messageArb = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record(
        {
          quotes: fc.array(jsonQuote, { maxLength: 8 }),
          asOf: fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            hostileText,
          ),
        },
        { requiredKeys: ['quotes'] },
      )
      .map((m) => JSON.stringify(m)),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      'null',
      '[]',
      '{}',
      '"quotes"',
      '42',
      '{"quotes":{}}',
      '{"quotes":null}',
      '{"quotes":[{"symbol":"A","price":NaN}]}',
      '{"quotes":[{"symbol":"A","price":Infinity}]}',
      '{"quotes":[{"symbol":"A","price":1e999}]}',
      '{"quotes":[{"symbol":"A","price":-0,"change":-0}]}',
      '{"quotes":[{"symbol":"A","price":12',
      'not json',
      '<!doctype html><html><body>502 Bad Gateway</body></html>',
      '{"quotes":[{"symbol":"A","price":1}],"__proto__":{"polluted":1}}',
      '{"quotes":[{"symbol":"A","price":2,"__proto__":{"change":5}}]}',
      HUGE_MESSAGE,
      TOO_MANY_QUOTES,
    ),
  },
);

interface ModelQuote {
  symbol: string;
  fields: Record<string, unknown>;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && v.length <= max);

/** The contract's validity rules for one quote from a feed, written out here. */
function validFeedQuote(v: unknown): v is Record<string, unknown> {
  if (!isPlainObject(v)) return false;
  if (typeof v.symbol !== 'string' || v.symbol.trim() === '' || v.symbol.trim().length > LIMITS.symbol) return false;
  if (typeof v.price !== 'number' || !Number.isFinite(v.price)) return false;
  for (const f of ['change', 'changePercent'])
    if (v[f] !== undefined && !(typeof v[f] === 'number' && Number.isFinite(v[f]))) return false;
  if (
    v.precision !== undefined &&
    !(Number.isInteger(v.precision) && (v.precision as number) >= 0 && (v.precision as number) <= 8)
  )
    return false;
  if (v.name !== undefined && typeof v.name !== 'string') {
    if (!isPlainObject(v.name)) return false;
    if (!Object.values(v.name).every((t) => isText(t, LIMITS.name))) return false;
  } else if (!isText(v.name, LIMITS.name)) return false;
  return isText(v.currency, LIMITS.currency) && isText(v.time, LIMITS.time);
}

/** Applies one message text to the model list: last valid figures per symbol, first position kept. */
function applyToModel(model: ModelQuote[], text: string): void {
  if (text.length > MESSAGE_LIMITS.chars) return;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  if (!isPlainObject(data) || !Array.isArray(data.quotes) || data.quotes.length > MESSAGE_LIMITS.quotes) return;
  for (const item of data.quotes) {
    if (!validFeedQuote(item)) continue;
    const symbol = (item.symbol as string).trim();
    const figures: Record<string, unknown> = {
      symbol,
      price: item.price,
      change: item.change,
      changePercent: item.changePercent,
    };
    const at = model.findIndex((q) => q.symbol === symbol);
    const previous = at >= 0 ? model[at]!.fields : {};
    // name, precision and currency describe the instrument: they carry over when omitted.
    const fields = {
      ...figures,
      name: item.name ?? previous.name,
      precision: item.precision ?? previous.precision,
    };
    if (at >= 0) model[at] = { symbol, fields };
    else model.push({ symbol, fields });
  }
}

function checkStrip(el: MarketTicker, model: ModelQuote[], locale: Locale): string[] {
  const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.real [part~="cell"]')];
  const problems: string[] = [];
  const shown = cells.map((c) => c.dataset.symbol);
  const wanted = model.map((q) => q.symbol);
  if (JSON.stringify(shown) !== JSON.stringify(wanted))
    problems.push(`symbols ${describeValue(shown)}, expected ${describeValue(wanted)}`);
  cells.forEach((cell, i) => {
    const want = model[i];
    if (want) problems.push(...checkCell(cell, want.fields, locale).map((p) => `${want.symbol}: ${p}`));
  });
  return [...problems, ...checkTree(el)];
}

// ------------------------------------------------------------------------------------------------

describe('hardening: property-based tests over generated quotes and feed messages', function () {
  this.timeout(60_000);
  const trap = errorTrap();

  before(() => trap.start());
  after(() => {
    trap.stop();
    const total = Object.values(generated).reduce((a, b) => a + b, 0);
    console.log(
      `Property tests generated ${total} cases: ${Object.entries(generated)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}.`,
    );
  });
  afterEach(async () => {
    await sleep(30); // an image's onerror fires asynchronously
    expect(pwned(), 'a payload ran').to.equal(undefined);
    expect(trap.errors, trap.errors.join('\n')).to.deep.equal([]);
  });

  for (const locale of ['en', 'zh-Hant-HK', 'zh-Hans-CN'] as const) {
    it(`<quote-cell .quote>: any value renders the contract's figures, signs and no garbage (${locale})`, async () => {
      await useLocale(locale);
      const cell = await fixture<QuoteCell>(html`<quote-cell></quote-cell>`);
      try {
        await fc.assert(
          fc.asyncProperty(
            fc.oneof({ weight: 9, arbitrary: propertyQuote }, { weight: 1, arbitrary: wrongAny }),
            async (quote) => {
              count('quote-cell .quote');
              cell.quote = quote as unknown as Quote;
              await cell.updateComplete;
              const fields = typeof quote === 'object' && quote !== null ? (quote as Record<string, unknown>) : {};
              assertNoProblems([...checkCell(cell, fields, locale), ...checkTree(cell)], quote);
            },
          ),
          { numRuns: 1500 },
        );
      } finally {
        await useLocale('en');
      }
    });
  }

  it("<quote-cell> attributes: any strings render the contract's figures, signs and no garbage", async () => {
    const cell = await fixture<QuoteCell>(html`<quote-cell></quote-cell>`);
    // Blank figure attributes are covered by their own test below.
    const wrongText = fc.constantFrom(
      'abc',
      '12',
      '-0',
      '1e999',
      '0x1F',
      '+5',
      '1_000',
      '12,345.67',
      '١٢٣',
      '<b>1</b>',
      'true',
      'null',
    );
    const figure = fc
      .oneof(
        numberish(wrongText).map((v) => String(v)),
        hostileText,
      )
      .filter((s) => s.trim() !== '');
    const attrs = fc.record(
      {
        symbol: symbolArb(fc.constant('')).map(String),
        name: hostileText,
        price: figure,
        change: figure,
        'change-percent': figure,
        precision: figure,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(attrs, async (values) => {
        count('quote-cell attributes');
        for (const attr of ['symbol', 'name', 'price', 'change', 'change-percent', 'precision']) {
          const value = (values as Record<string, string | undefined>)[attr];
          if (value === undefined) cell.removeAttribute(attr);
          else cell.setAttribute(attr, value);
        }
        await cell.updateComplete;
        const fields = { ...values, changePercent: values['change-percent'] };
        assertNoProblems([...checkCell(cell, fields, 'en'), ...checkTree(cell)], values);
      }),
      { numRuns: 1500 },
    );
  });

  it('<quote-cell> an empty or blank figure attribute counts as missing (an em dash), not as 0', async () => {
    const problems: string[] = [];
    for (const blank of ['', ' ', '\n']) {
      const cell = await fixture<QuoteCell>(
        html`<quote-cell symbol="^HSI" price="17284.54" change="83.27" change-percent="0.48" precision="2"></quote-cell>`,
      );
      for (const attr of ['price', 'change', 'change-percent', 'precision']) {
        cell.setAttribute(attr, blank);
        await cell.updateComplete;
        count('blank attributes');
        const fields = {
          symbol: '^HSI',
          price: '17284.54',
          change: '83.27',
          changePercent: '0.48',
          precision: '2',
          [attr === 'change-percent' ? 'changePercent' : attr]: blank,
        };
        problems.push(...checkCell(cell, fields, 'en').map((p) => `${attr}=${JSON.stringify(blank)}: ${p}`));
        cell.setAttribute(
          attr,
          { price: '17284.54', change: '83.27', 'change-percent': '0.48', precision: '2' }[attr]!,
        );
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it("<market-ticker .quotes>: one cell per symbol in first-seen order, with each symbol's last figures", async () => {
    const el = await fixture<MarketTicker>(html`<market-ticker mode="static"></market-ticker>`);
    const list = fc.array(fc.oneof({ weight: 12, arbitrary: propertyQuote }, { weight: 1, arbitrary: wrongAny }), {
      maxLength: 16,
    });
    await fc.assert(
      fc.asyncProperty(list, fc.constantFrom('static', 'static', 'scroll'), async (quotes, mode) => {
        count('market-ticker .quotes quotes', quotes.length);
        el.mode = mode as 'static' | 'scroll';
        el.quotes = quotes as unknown as Quote[];
        await settled(el);
        await settled(el);
        // The model: entries with a non-blank string symbol; first place, last figures.
        const model: ModelQuote[] = [];
        for (const q of quotes) {
          if (typeof q !== 'object' || q === null) continue;
          const symbol = (q as Record<string, unknown>).symbol;
          if (typeof symbol !== 'string' || symbol.trim() === '') continue;
          const at = model.findIndex((m) => m.symbol === symbol);
          if (at >= 0) model[at] = { symbol, fields: q as Record<string, unknown> };
          else model.push({ symbol, fields: q as Record<string, unknown> });
        }
        assertNoProblems(checkStrip(el, model, 'en'), quotes);
      }),
      { numRuns: 600 },
    );
  });

  it('feed messages (parseFeedMessage + mergeQuotes into <market-ticker>.quotes): the last valid figures per symbol', async () => {
    const el = await fixture<MarketTicker>(html`<market-ticker mode="static"></market-ticker>`);
    await fc.assert(
      fc.asyncProperty(fc.array(messageArb, { minLength: 1, maxLength: 8 }), async (messages) => {
        el.quotes = [];
        const model: ModelQuote[] = [];
        for (const text of messages) {
          count('feed messages');
          const parsed = parseFeedMessage(text);
          if (parsed.ok) {
            count('feed message quotes', parsed.quotes.length + parsed.problems.length);
            // As the feed controller does: only messages with valid quotes change the list.
            if (parsed.quotes.length > 0) el.quotes = mergeQuotes(el.quotes, parsed.quotes);
          }
          applyToModel(model, text);
        }
        await settled(el);
        await settled(el);
        assertNoProblems(
          checkStrip(el, model, 'en'),
          messages.map((m) => (m.length > 2000 ? `${m.slice(0, 200)}… (${m.length} characters)` : m)),
        );
      }),
      { numRuns: 600 },
    );
  });

  it('a real WebSocket feed from the test server: the strip shows the last valid figures per symbol', async () => {
    const server = await feedTestServer();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          messageArb.filter((m) => m.length < 100_000),
          { minLength: 1, maxLength: 6 },
        ),
        async (messages) => {
          run += 1;
          const ch = newChannel('properties');
          const statuses: string[] = [];
          const el = await fixture<MarketTicker>(
            html`<market-ticker mode="static" src="${server.ws}/ws/${ch}" @feed-status=${(e: CustomEvent) => statuses.push(e.detail.status)}></market-ticker>`,
          );
          await waitFor(() => statuses.includes('live'), 'the WebSocket to open');
          const model: ModelQuote[] = [];
          for (const text of messages) {
            count('real feed messages');
            await control(`/__publish/${ch}`, { raw: text });
            applyToModel(model, text);
          }
          const sync = JSON.stringify({ quotes: [{ symbol: 'ZZ-SYNC', price: run }] });
          await control(`/__publish/${ch}`, { raw: sync });
          applyToModel(model, sync);
          await waitFor(() => el.quotes.some((q) => q.symbol === 'ZZ-SYNC' && q.price === run), 'the last message');
          await settled(el);
          assertNoProblems(checkStrip(el, model, 'en'), messages);
          el.remove();
        },
      ),
      { numRuns: 30 },
    );
  });

  it('<article-card>: any text, dates, languages, symbols and quotes render without garbage or live markup', async function () {
    // Checked once src/article-card/article-card.ts exists (see OPTIONAL_ELEMENTS).
    if (!(await loadOptional('article-card'))) {
      console.log('article-card does not exist yet: its property test was not run');
      return;
    }
    const stringSymbols = fc.array(symbolArb(fc.constant('')).map(String), { maxLength: 5 });
    const article = fc.record(
      {
        headline: hostileText,
        summary: hostileText,
        source: hostileText,
        author: hostileText,
        caption: hostileText,
        credit: hostileText,
        imageAlt: hostileText,
        published: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.constantFrom(
            '0001-01-01T00:00:00Z',
            '+275760-09-13T00:00:00Z',
            '-271821-04-20T00:00:00Z',
            '2024-02-30',
            '1e999',
            '2024-04-19T11:08:00Z',
            '2024-04-19T11:09:00Z',
          ),
          hostileText,
        ),
        contentLang: fc.oneof(
          fc.constantFrom('en', 'zh-Hant-HK', 'zh-hk', 'EN-us', 'und', 'x-invalid-', 'en-', '123', ''),
          hostileText,
        ),
        variant: fc.constantFrom('compact', 'standard', 'full', 'bogus', ''),
        headingLevel: numberish(wrongAny),
        symbols: fc.oneof(
          stringSymbols.map((list) => list.join(',')),
          hostileText,
        ),
        quotes: fc.array(propertyQuote, { maxLength: 6 }),
      },
      { requiredKeys: [] },
    );
    const el = document.createElement('article-card') as unknown as HTMLElement & Record<string, unknown>;
    el.setAttribute('now', '2024-04-19T11:08:00Z');
    document.body.append(el);
    const fields = [
      'headline',
      'summary',
      'source',
      'author',
      'caption',
      'credit',
      'imageAlt',
      'published',
      'contentLang',
      'variant',
      'headingLevel',
      'symbols',
      'quotes',
    ];
    try {
      await fc.assert(
        fc.asyncProperty(article, async (values) => {
          count('article-card');
          for (const field of fields)
            el[field] =
              (values as Record<string, unknown>)[field] ??
              (field === 'quotes' ? [] : field === 'variant' ? 'standard' : undefined);
          await settled(el);
          await settled(el);
          const problems = checkTree(el);
          const headline = typeof values.headline === 'string' ? collapse(values.headline) : '';
          const heading = el.shadowRoot!.querySelector('[part="heading"]');
          if (headline && collapse(heading?.textContent ?? '') !== headline)
            problems.push(`headline shows ${JSON.stringify(heading?.textContent)}`);
          // Related quotes: one cell per listed symbol, with that symbol's last quote.
          const quotes = (values.quotes ?? []) as Array<Record<string, unknown>>;
          for (const cell of el.shadowRoot!.querySelectorAll<QuoteCell>('quote-cell')) {
            const symbol = cell.symbol ?? '';
            const quote = [...quotes].reverse().find((q) => q.symbol === symbol) ?? {};
            problems.push(...checkCell(cell, { ...quote, symbol }, 'en').map((p) => `related ${symbol}: ${p}`));
          }
          assertNoProblems(problems, values);
        }),
        { numRuns: 500 },
      );
    } finally {
      el.remove();
    }
  });

  it('bidi controls in article data cannot reverse the text after it (byline, photo credit)', async () => {
    if (!(await loadOptional('article-card'))) {
      console.log('article-card does not exist yet: its bidi test was not run');
      return;
    }
    const problems: string[] = [];
    /** Left edges of the characters of `needle` in the first text node under `root` that holds it. */
    const positions = (root: ShadowRoot, needle: string): number[] | undefined => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(needle);
        if (at < 0) continue;
        return [...needle].map((_, i) => {
          const range = document.createRange();
          range.setStart(node!, at + i);
          range.setEnd(node!, at + i + 1);
          return range.getBoundingClientRect().left;
        });
      }
      return undefined;
    };
    for (const c of BIDI) {
      const el = document.createElement('article-card') as unknown as HTMLElement & Record<string, unknown>;
      Object.assign(el, {
        variant: 'full',
        headline: `Headline${c}`,
        source: `Example News${c}`,
        author: 'John Smith',
        published: '2024-04-19T08:08:00Z',
        now: '2024-04-19T11:08:00Z',
        caption: `A caption${c}`,
        credit: 'Agency',
        imageSrc: '/no-such-picture.svg',
      });
      el.style.width = '900px';
      document.body.append(el);
      await settled(el);
      for (const needle of ['John', 'Smith', 'Agency', 'hours']) {
        count('bidi article fields');
        const xs = positions(el.shadowRoot!, needle);
        if (!xs) continue;
        if (!xs.every((x, i) => i === 0 || x > xs[i - 1]!))
          problems.push(`U+${c.codePointAt(0)!.toString(16).toUpperCase()} before "${needle}": laid out out of order`);
      }
      el.remove();
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('bidi controls in names cannot reorder a price or move it into another cell', async () => {
    const names = BIDI.flatMap((c) => [`${c}Evil`, `Evil${c}`, `${c}`]);
    const el = await fixture<MarketTicker>(html`<market-ticker mode="static"></market-ticker>`);
    el.quotes = names.map((name, i) => ({ symbol: `S${i}`, name, price: 12345.67 + i, change: 1 }));
    await settled(el);
    const problems: string[] = [];
    const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.real [part~="cell"]')];
    for (const cell of cells) {
      count('bidi names');
      const text = [...cell.querySelector('[part="cell-value"]')!.childNodes].find(
        (n): n is Text => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
      )!;
      // Each character of the price must sit to the right of the one before it.
      const xs: number[] = [];
      for (let i = 0; i < text.data.length; i++) {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width > 0) xs.push(rect.left);
      }
      if (!xs.every((x, i) => i === 0 || x > xs[i - 1]!))
        problems.push(`${describeValue(cell.dataset.symbol)}: price ${text.data} laid out out of order`);
      const label = cell.querySelector('[part="cell-label"]')!.getBoundingClientRect();
      const price = cell.querySelector('[part="cell-value"]')!.getBoundingClientRect();
      if (!(label.right <= price.left + 0.5))
        problems.push(`${describeValue(cell.dataset.symbol)}: the name is not before the price`);
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
