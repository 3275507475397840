import { expect, html } from '@open-wc/testing';
import { eachRendering, fixtureFor, type Fixture } from './fixture.js';
import { click, press } from './input.js';
import '../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import { followDocumentLanguage, getLocale, localeReady } from '../packages/market-ticker/src/localization.js';
import {
  HighlightController,
  highlightScheduler,
} from '../packages/market-ticker/src/controllers/highlight-controller.js';
import { FakeScheduler } from './fake-scheduler.js';
import seed from './fixtures/seed-strip.json';
import { GARBAGE, LOCALES, THEMES, deepText, frames, partText, settled, themeStyle, useLocale } from './support.js';

type SeedQuote = (typeof seed.quotes)[number];

const figures = ({ symbol, price, change, changePercent, precision }: SeedQuote) => ({
  symbol,
  price,
  change,
  changePercent,
  precision,
});

/** The rendering of the suite running: set by each of eachRendering's suites. */
let fixture: Fixture = fixtureFor('client-rendered');

async function cell(template: unknown): Promise<QuoteCell> {
  const el = await fixture<QuoteCell>(template as never);
  await settled(el);
  return el;
}

/** What the cell shows, as the reference page writes it: `17,284.54 +83.27 (+0.48%)`. */
const shown = (el: QuoteCell) => `${partText(el, 'value')} ${partText(el, 'delta')} ${partText(el, 'delta-percent')}`;

eachRendering('<quote-cell>', (rendered) => {
  before(() => void (fixture = rendered));
  afterEach(async () => {
    await followDocumentLanguage();
    document.documentElement.lang = '';
  });

  describe('the reference strip', () => {
    before(() => useLocale('zh-Hant-HK'));

    for (const quote of seed.quotes) {
      it(`${quote.symbol} reads "${quote.name} ${quote.text}" in zh-Hant-HK`, async () => {
        await useLocale('zh-Hant-HK');
        const el = await cell(html`<quote-cell .quote=${figures(quote)}></quote-cell>`);
        expect(partText(el, 'label')).to.equal(quote.name);
        expect(shown(el)).to.equal(quote.text);
      });
    }

    // Names are data per script, not UI text converted character by character.
    const names: Record<string, [string, string]> = {
      '^HSI': ['Hang Seng Index', '恒生指数'],
      '000001.SS': ['SSE Composite Index', '上证指数'],
      '^DJI': ['Dow Jones Industrial Average', '道琼斯'],
      'HKD=X': ['USD/HKD', '美元'],
      'CNYHKD=X': ['CNY/HKD', '人民币'],
      'JPYHKD=X': ['JPY/HKD', '日元'],
      'BTC-USD': ['Bitcoin', '比特币'],
    };
    for (const [symbol, [en, hans]] of Object.entries(names)) {
      it(`${symbol} is named "${en}" in English and "${hans}" in Simplified Chinese`, async () => {
        const quote = seed.quotes.find((q) => q.symbol === symbol)!;
        const el = await cell(html`<quote-cell .quote=${figures(quote)}></quote-cell>`);
        await useLocale('en');
        expect(partText(el, 'label')).to.equal(en);
        expect(shown(el)).to.equal(quote.text);
        await useLocale('zh-Hans-CN');
        expect(partText(el, 'label')).to.equal(hans);
      });
    }

    it('every reference name differs between the Traditional and Simplified catalogues only where the script does', async () => {
      await useLocale('zh-Hans-CN');
      const el = await cell(html`<quote-cell .quote=${figures(seed.quotes[1])}></quote-cell>`);
      expect(partText(el, 'label')).to.not.match(/國|證|納|標|價|圓|歐|幣/);
    });
  });

  describe('attributes and properties', () => {
    it('takes figures from attributes, with the catalogue name and precision', async () => {
      await useLocale('en');
      const el = await cell(
        html`<quote-cell symbol="HKD=X" price="7.8281" change="-0.0028" change-percent="-0.04"></quote-cell>`,
      );
      expect(shown(el)).to.equal('7.8281 -0.0028 (-0.04%)');
      expect(el.getAttribute('trend')).to.equal('down');
    });

    it('lets single properties override the quote object', async () => {
      const el = await cell(
        html`<quote-cell .quote=${{ symbol: '^HSI', price: 1, change: 1 }} name="My index" price="2" precision="0"></quote-cell>`,
      );
      expect(partText(el, 'label')).to.equal('My index');
      expect(partText(el, 'value')).to.equal('2');
    });

    it('derives the percent from change and price when it is missing', async () => {
      const el = await cell(html`<quote-cell symbol="X" price="110" change="10"></quote-cell>`);
      expect(partText(el, 'delta-percent')).to.equal('(+10.00%)');
    });

    it('takes a per-locale name object', async () => {
      await useLocale('zh-Hant-HK');
      const el = await cell(
        html`<quote-cell .quote=${{ symbol: 'ABC', price: 1, name: { en: 'Alpha', 'zh-Hant-HK': '甲', 'zh-Hans-CN': '甲乙' } }}></quote-cell>`,
      );
      expect(partText(el, 'label')).to.equal('甲');
      await useLocale('en');
      expect(partText(el, 'label')).to.equal('Alpha');
    });

    it('falls back to the symbol for an unknown instrument', async () => {
      const el = await cell(html`<quote-cell symbol="ZZZ.FOO" price="1"></quote-cell>`);
      expect(partText(el, 'label')).to.equal('ZZZ.FOO');
    });

    it('reflects the trend and shows it by arrow and sign as well as colour', async () => {
      const el = await cell(html`<quote-cell symbol="^HSI" price="100" change="1.5"></quote-cell>`);
      expect(el.getAttribute('trend')).to.equal('up');
      expect(partText(el, 'arrow')).to.equal('\u25B2');
      expect(partText(el, 'delta')).to.equal('+1.50');
      el.change = -1.5;
      await settled(el);
      expect(el.getAttribute('trend')).to.equal('down');
      expect(partText(el, 'arrow')).to.equal('\u25BC');
      el.change = 0;
      el.changePercent = 0;
      await settled(el);
      expect(el.getAttribute('trend')).to.equal('flat');
      expect(el.shadowRoot!.querySelector('[part="arrow"]')).to.equal(null);
      expect(partText(el, 'delta')).to.equal('0.00');
    });

    it('shows the up colour by the locale convention, and trend-colors overrides it', async () => {
      await useLocale('en');
      const el = await cell(html`<quote-cell symbol="^HSI" price="100" change="1"></quote-cell>`);
      const colour = () => getComputedStyle(el.shadowRoot!.querySelector('[part="movement"]')!).color;
      const greenUp = colour();
      await useLocale('zh-Hans-CN');
      const redUp = colour();
      expect(redUp).to.not.equal(greenUp);
      el.trendColors = 'green-up';
      await settled(el);
      expect(colour()).to.equal(greenUp);
      el.style.setProperty('--market-ticker-up-color', 'rgb(1, 2, 3)');
      expect(colour()).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('screen-reader words', () => {
    const quote = { symbol: '^HSI', price: 17284.54, change: 83.27, changePercent: 0.48 };
    const spoken = (el: QuoteCell) => el.shadowRoot!.querySelector('.visually-hidden')!.textContent;
    const expected: Record<string, string> = {
      en: 'Hang Seng Index 17,284.54, up 83.27, up 0.48 percent',
      'zh-Hant-HK': '恒指 17,284.54，升 83.27，升 0.48%',
      'zh-Hans-CN': '恒生指数 17,284.54，涨 83.27，涨 0.48%',
    };
    for (const locale of LOCALES) {
      it(`speaks the move in words in ${locale}`, async () => {
        await useLocale(locale);
        const el = await cell(html`<quote-cell .quote=${quote}></quote-cell>`);
        expect(spoken(el)).to.equal(expected[locale]);
        // The visible figures are hidden from the accessibility tree so they are not read twice.
        for (const part of ['label', 'value', 'movement']) {
          expect(el.shadowRoot!.querySelector(`[part="${part}"]`)!.getAttribute('aria-hidden')).to.equal('true');
        }
      });
    }

    it('leaves a missing figure out of the words', async () => {
      await useLocale('en');
      const el = await cell(html`<quote-cell .quote=${{ symbol: '^HSI', price: 5, change: 5 }}></quote-cell>`);
      // The previous close would be 0: no percent can be derived.
      expect(partText(el, 'delta-percent')).to.equal('(\u2014)');
      expect(spoken(el)).to.equal('Hang Seng Index 5.00, up 5.00');
      el.quote = { symbol: '^HSI', price: 5, changePercent: -1.5 };
      await settled(el);
      expect(spoken(el)).to.equal('Hang Seng Index 5.00, down 1.50 percent');
      await useLocale('zh-Hant-HK');
      expect(spoken(el)).to.equal('恒指 5.00，跌 1.50%');
    });

    it('says "down" and "unchanged" in words', async () => {
      await useLocale('en');
      const el = await cell(html`<quote-cell .quote=${{ ...quote, change: -5, changePercent: -0.03 }}></quote-cell>`);
      expect(spoken(el)).to.equal('Hang Seng Index 17,284.54, down 5.00, down 0.03 percent');
      el.quote = { ...quote, change: 0, changePercent: 0 };
      await settled(el);
      expect(spoken(el)).to.equal('Hang Seng Index 17,284.54, unchanged');
    });
  });

  describe('bad figures', () => {
    const cases: Array<[string, unknown, string]> = [
      ['NaN', Number.NaN, '\u2014'],
      ['Infinity', Number.POSITIVE_INFINITY, '\u2014'],
      ['-Infinity', Number.NEGATIVE_INFINITY, '\u2014'],
      ['null', null, '\u2014'],
      ['undefined', undefined, '\u2014'],
      ['a word', 'abc', '\u2014'],
      ['an empty string', '', '\u2014'],
      ['an object', { valueOf: () => 3 }, '\u2014'],
      ['a numeric string', '12.5', '12.50'],
      ['-0', -0, '0.00'],
      ['1e21', 1e21, '1,000,000,000,000,000,000,000.00'],
      ['a tiny negative', -1e-9, '0.00'],
    ];
    for (const [label, value, expected] of cases) {
      it(`a price of ${label} shows ${expected}`, async () => {
        const el = await cell(
          html`<quote-cell .quote=${{ symbol: '^HSI', price: value, change: value, changePercent: value }}></quote-cell>`,
        );
        expect(partText(el, 'value')).to.equal(expected);
        expect(deepText(el)).to.not.match(GARBAGE);
      });
    }

    it('-0 and zero changes carry no sign and no trend colour', async () => {
      const el = await cell(
        html`<quote-cell .quote=${{ symbol: '^HSI', price: 1, change: -0, changePercent: -0 }}></quote-cell>`,
      );
      expect(partText(el, 'delta')).to.equal('0.00');
      expect(partText(el, 'delta-percent')).to.equal('(0.00%)');
      expect(el.getAttribute('trend')).to.equal('flat');
    });

    it('the sign follows the direction, not the rounding: +0.00% for a tiny rise', async () => {
      const el = await cell(
        html`<quote-cell .quote=${{ symbol: 'GC=F', price: 2338.5, change: 0.1, changePercent: 0.0043 }}></quote-cell>`,
      );
      expect(partText(el, 'delta-percent')).to.equal('(+0.00%)');
      el.quote = { symbol: 'GC=F', price: 2338.5, change: -0.001, changePercent: -0.00004 };
      await settled(el);
      expect(partText(el, 'delta')).to.equal('-0.00');
      expect(partText(el, 'delta-percent')).to.equal('(-0.00%)');
    });

    it('missing fields and a missing quote render dashes without throwing', async () => {
      for (const quote of [undefined, null, {}, { symbol: '^HSI' }, { price: 3 }, 42, 'text', []]) {
        const el = await cell(html`<quote-cell .quote=${quote as never}></quote-cell>`);
        expect(deepText(el)).to.not.match(GARBAGE);
        expect(el.hasAttribute('trend')).to.equal(false, JSON.stringify(quote));
      }
    });

    it('garbage in attributes renders a dash', async () => {
      const el = await cell(
        html`<quote-cell symbol="^HSI" price="12,3" change="x" change-percent="Infinity" precision="99"></quote-cell>`,
      );
      expect(shown(el)).to.equal('\u2014 \u2014 (\u2014)');
    });

    it('markup in a name is shown as text, never as elements', async () => {
      const name = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
      const el = await cell(html`<quote-cell symbol="X" price="1" .name=${name}></quote-cell>`);
      expect(partText(el, 'label')).to.equal(name);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      await new Promise((r) => setTimeout(r, 50));
      expect((window as never as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('links', () => {
    const safe = [
      'https://example.com/q/^HSI',
      'http://example.com/',
      '/quote/0700.HK',
      'quote?s=1',
      '#top',
      '//example.com/x',
    ];
    for (const href of safe) {
      it(`accepts ${href}`, async () => {
        const el = await cell(html`<quote-cell symbol="^HSI" price="1" href=${href}></quote-cell>`);
        expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(href);
      });
    }
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'javascript\t:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.com/uuid',
      '',
      '   ',
    ];
    for (const href of hostile) {
      it(`refuses ${JSON.stringify(href)}`, async () => {
        const el = await cell(html`<quote-cell symbol="^HSI" price="1" .href=${href}></quote-cell>`);
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(el.shadowRoot!.querySelector('[href]')).to.equal(null);
      });
    }

    it('a link fires a cancelable quote-select; cancelling stops navigation', async () => {
      const el = await cell(html`<quote-cell symbol="^HSI" price="1" href="#quote-hsi"></quote-cell>`);
      let detail: unknown;
      el.addEventListener('quote-select', (e) => {
        detail = e.detail;
        e.preventDefault();
      });
      await click(el.shadowRoot!.querySelector('a')!);
      expect((detail as { symbol: string }).symbol).to.equal('^HSI');
      expect(location.hash).to.not.equal('#quote-hsi');
    });
  });

  describe('selection by keyboard', () => {
    it('a selectable cell is a button: click, Enter and Space fire quote-select', async () => {
      const el = await cell(html`<quote-cell selectable symbol="^HSI" price="17284.54" change="83.27"></quote-cell>`);
      const events: string[] = [];
      document.body.addEventListener('quote-select', (e) => events.push(e.detail.symbol));
      const base = el.shadowRoot!.querySelector('[part="base"]') as HTMLElement;
      expect(base.getAttribute('role')).to.equal('button');
      await click(base);
      await press('Enter');
      await press('Space');
      expect(events).to.deep.equal(['^HSI', '^HSI', '^HSI']);
    });

    it('a plain cell is not focusable and fires nothing on click', async () => {
      const el = await cell(html`<quote-cell symbol="^HSI" price="1"></quote-cell>`);
      expect(el.shadowRoot!.querySelector('[tabindex], a, button')).to.equal(null);
      const events: string[] = [];
      el.addEventListener('quote-select', (e) => events.push(e.detail.symbol));
      await click(el);
      expect(events).to.deep.equal([]);
    });
  });

  describe('locale', () => {
    it('follows <html lang> and its changes, with aliases', async () => {
      const el = await cell(html`<quote-cell symbol="^HSI" price="1"></quote-cell>`);
      document.documentElement.lang = 'zh-HK';
      await new Promise((r) => setTimeout(r, 0));
      await localeReady();
      await settled(el);
      expect(getLocale()).to.equal('zh-Hant-HK');
      expect(partText(el, 'label')).to.equal('恒指');
      document.documentElement.lang = 'zh-CN';
      await new Promise((r) => setTimeout(r, 0));
      await localeReady();
      await settled(el);
      expect(partText(el, 'label')).to.equal('恒生指数');
      document.documentElement.lang = 'en-GB';
      await new Promise((r) => setTimeout(r, 0));
      await localeReady();
      await settled(el);
      expect(partText(el, 'label')).to.equal('Hang Seng Index');
    });

    it('setLocale pins the locale, aliases accepted, until followDocumentLanguage', async () => {
      const el = await cell(html`<quote-cell symbol="^HSI" price="1"></quote-cell>`);
      await useLocale('zh-TW');
      expect(getLocale()).to.equal('zh-Hant-HK');
      document.documentElement.lang = 'en';
      await new Promise((r) => setTimeout(r, 0));
      await localeReady();
      await settled(el);
      expect(partText(el, 'label')).to.equal('恒指');
      await followDocumentLanguage();
      await settled(el);
      expect(partText(el, 'label')).to.equal('Hang Seng Index');
    });

    it('re-renders every cell when the locale changes', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        ${seed.quotes.map((q) => html`<quote-cell .quote=${figures(q)}></quote-cell>`)}
      </div>`);
      await useLocale('zh-Hant-HK');
      const cells = [...wrapper.querySelectorAll('quote-cell')];
      expect(cells.map((c) => partText(c, 'label'))).to.deep.equal(seed.quotes.map((q) => q.name));
      await useLocale('zh-Hans-CN');
      expect(cells.map((c) => partText(c, 'label'))).to.include('恒生指数');
      expect(cells.map((c) => partText(c, 'label'))).to.not.include('恒指');
    });
  });

  describe('price change highlight', () => {
    const background = (el: QuoteCell) =>
      getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;
    const NONE = 'rgba(0, 0, 0, 0)';
    const UP = 'rgb(1, 2, 3)';
    const DOWN = 'rgb(4, 5, 6)';
    const colours = `--market-ticker-flash-up-background: ${UP}; --market-ticker-flash-down-background: ${DOWN}`;

    it('highlights a changed price in its direction, holds it for the flash duration, then clears it', async () => {
      const el = await cell(
        html`<quote-cell style="${colours}; --market-ticker-flash-duration: 400ms" symbol="^HSI" price="100"></quote-cell>`,
      );
      expect(background(el)).to.equal(NONE);
      el.price = 101;
      await settled(el);
      expect(background(el)).to.equal(UP);
      // Still there a few frames later...
      await frames(4);
      expect(background(el)).to.equal(UP);
      // ...and gone once the duration is over.
      await new Promise((r) => setTimeout(r, 500));
      expect(background(el)).to.equal(NONE);
      el.price = 99;
      await settled(el);
      expect(background(el)).to.equal(DOWN);
    });

    it('one timer serves every highlight on the page, reads each duration once, and stops with the last', async () => {
      const fake = new FakeScheduler(1000);
      HighlightController.defaultScheduler = fake;
      try {
        const wrapper = await fixture<HTMLElement>(html`<div style="${colours}; --market-ticker-flash-duration: 500ms">
          ${[1, 2, 3].map((i) => html`<quote-cell symbol="S${i}" price="100"></quote-cell>`)}
        </div>`);
        const cells = [...wrapper.querySelectorAll('quote-cell')];
        await Promise.all(cells.map(settled));
        expect(fake.pending).to.equal(0);
        cells.forEach((c) => (c.price = 101));
        await Promise.all(cells.map(settled));
        expect(cells.map(background)).to.deep.equal([UP, UP, UP]);
        expect(fake.pending, 'one timer for three highlights').to.equal(1);
        fake.advance(0); // reads the three durations, then waits for the earliest end
        expect(fake.pending).to.equal(1);
        fake.advance(499);
        await Promise.all(cells.map(settled));
        expect(cells.map(background)).to.deep.equal([UP, UP, UP]);
        // A cell that leaves takes its highlight with it.
        cells[2].remove();
        fake.advance(1);
        await Promise.all(cells.map(settled));
        expect(cells.slice(0, 2).map(background)).to.deep.equal([NONE, NONE]);
        expect(fake.pending, 'the timer stopped with the last highlight').to.equal(0);
      } finally {
        HighlightController.defaultScheduler = highlightScheduler;
      }
    });

    it('a second change during the highlight takes the new direction', async () => {
      const el = await cell(
        html`<quote-cell style="${colours}; --market-ticker-flash-duration: 5s" symbol="^HSI" price="100"></quote-cell>`,
      );
      el.price = 101;
      await settled(el);
      await frames(4);
      el.price = 100.5;
      await settled(el);
      await frames(4);
      expect(background(el)).to.equal(DOWN);
    });

    it('leaves the figures and the words alone when the highlight ends', async () => {
      const el = await cell(
        html`<quote-cell style="--market-ticker-flash-duration: 0s" symbol="^HSI" price="100" change="1"></quote-cell>`,
      );
      el.price = 101;
      await settled(el);
      const words = partText(el, 'value');
      await frames(4);
      expect(partText(el, 'value')).to.equal(words);
      expect(el.trend).to.equal('up');
    });
  });

  describe('accessibility', () => {
    for (const locale of LOCALES) {
      for (const theme of THEMES) {
        it(`axe finds no violation in ${locale}, ${theme} theme`, async () => {
          await useLocale(locale);
          const el = await fixture<HTMLElement>(
            html`<div style=${themeStyle(theme)}>
              ${seed.quotes.map((q, i) =>
                i % 3 === 0
                  ? html`<quote-cell .quote=${figures(q)} href="/q/${q.symbol}"></quote-cell>`
                  : i % 3 === 1
                    ? html`<quote-cell .quote=${figures(q)} selectable></quote-cell>`
                    : html`<quote-cell .quote=${figures(q)} trend-colors="red-up"></quote-cell>`,
              )}
              <quote-cell symbol="^HSI"></quote-cell>
            </div>`,
          );
          await Promise.all([...el.querySelectorAll('quote-cell')].map(settled));
          await expect(el).to.be.accessible();
        });
      }
    }

    for (const theme of THEMES) {
      it(`every figure keeps its contrast on the highlight, in either direction and convention, ${theme} theme`, async () => {
        // A price can tick down while the day's change is still up: green text on the down tint.
        const combinations = ['green-up', 'red-up'].flatMap((colors) =>
          [1, -1, 0].flatMap((change) => [101, 99].map((tick) => ({ colors, change, tick }))),
        );
        const el = await fixture<HTMLElement>(
          html`<div style="${themeStyle(theme)}; --market-ticker-flash-duration: 60s">
            ${combinations.map(({ colors, change }) => html`<quote-cell trend-colors=${colors} symbol="^HSI" price="100" change=${change}></quote-cell>`)}
          </div>`,
        );
        const cells = [...el.querySelectorAll<QuoteCell>('quote-cell')];
        await Promise.all(cells.map(settled));
        cells.forEach((cell, i) => (cell.price = combinations[i].tick));
        await Promise.all(cells.map(settled));
        const tinted = cells.filter(
          (cell) =>
            getComputedStyle(cell.shadowRoot!.querySelector('[part="base"]')!).backgroundColor !== 'rgba(0, 0, 0, 0)',
        );
        expect(tinted).to.have.length(cells.length);
        await expect(el).to.be.accessible();
      });
    }
  });
});
