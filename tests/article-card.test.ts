import { expect, html } from '@open-wc/testing';
import { eachRendering, fixtureFor, itClientRendered, type Fixture } from './fixture.js';
import { click, press } from './input.js';
import '../packages/market-ticker/src/article-card/article-card.js';
import type { ArticleCard } from '../packages/market-ticker/src/article-card/article-card.js';
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import { ClockController } from '../packages/market-ticker/src/controllers/clock-controller.js';
import { FakeScheduler } from './fake-scheduler.js';
import { formatDateTime } from '../packages/market-ticker/src/format.js';
import { followDocumentLanguage } from '../packages/market-ticker/src/localization.js';
import { DEMO_NOW, articleImage, articles, relatedQuotes } from '../stories/articles/alibaba.js';
import { GARBAGE, LOCALES, THEMES, deepText, frames, partText, settled, themeStyle, useLocale } from './support.js';

type Locale = (typeof LOCALES)[number];

const en = articles.en;
const hk = articles['zh-Hant-HK'];
const IMAGE = new URL(articleImage.src).pathname;

/** The rendering of the suite running: set by each of eachRendering's suites. */
let fixture: Fixture = fixtureFor('client-rendered');

async function card(template: unknown): Promise<ArticleCard> {
  const el = await fixture<ArticleCard>(template as never);
  await settled(el);
  return el;
}

const root = (el: ArticleCard) => el.shadowRoot!;
const part = <T extends Element = HTMLElement>(el: ArticleCard, name: string) =>
  root(el).querySelector<T>(`[part~="${name}"]`);
const parts = (el: ArticleCard, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
/** Only Chromium has the Layout Instability API (`layout-shift` entries). */
const LAYOUT_SHIFT_API = PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;
const cells = (el: ArticleCard) => parts(el, 'related-cell') as unknown as QuoteCell[];

/** A full card with every attribute, a body, a promotional box and two advertisements. */
const fullCard = (lang: string = en.contentLang, extra: Partial<Record<'src' | 'href', string>> = {}) =>
  card(html`<article-card
    variant="full"
    headline=${en.headline}
    summary=${en.summary}
    href=${extra.href ?? en.href}
    source=${en.source}
    author=${en.author}
    published=${en.published}
    now=${DEMO_NOW}
    image-src=${extra.src ?? IMAGE}
    image-alt=${en.imageAlt}
    image-width="1200"
    image-height="675"
    caption=${en.caption}
    credit=${en.credit}
    content-lang=${lang}
    symbols=${en.symbols}
    .quotes=${relatedQuotes}
  >
    <p>${en.body[0]}</p>
    <p>${en.body[1]}</p>
    <p slot="promo">${en.promo.text}</p>
    <div slot="ad" id="ad-a">First ad</div>
    <p>${en.body[2]}</p>
    <div slot="ad" id="ad-b">Second ad</div>
  </article-card>`);

const standardCard = (variant: 'standard' | 'compact' = 'standard') =>
  card(html`<article-card
    variant=${variant}
    headline=${en.headline}
    summary=${en.summary}
    href=${en.href}
    source=${en.source}
    published=${en.published}
    now=${DEMO_NOW}
    image-src=${IMAGE}
    image-alt=${en.imageAlt}
    content-lang="en"
    symbols=${en.symbols}
    .quotes=${relatedQuotes}
  ></article-card>`);

eachRendering('<article-card>', (rendered, rendering) => {
  before(() => void (fixture = rendered));
  const itClient = itClientRendered(rendering);
  afterEach(async () => {
    ClockController.defaultScheduler = systemScheduler;
    await followDocumentLanguage();
    document.documentElement.lang = '';
  });
  const systemScheduler = ClockController.defaultScheduler;

  describe('variants', () => {
    before(() => useLocale('en'));

    it('compact shows headline, publisher, time and related quotes, and nothing else', async () => {
      const el = await standardCard('compact');
      for (const name of [
        'base',
        'heading',
        'heading-link',
        'byline',
        'publisher',
        'timestamp',
        'related',
        'related-label',
      ]) {
        expect(part(el, name), name).to.exist;
      }
      for (const name of ['lede', 'figure', 'picture', 'body', 'promo', 'ad', 'footer', 'writer']) {
        expect(part(el, name), name).to.equal(null);
      }
      expect(partText(el, 'heading')).to.equal(en.headline);
      expect(partText(el, 'publisher')).to.equal(en.source);
      expect(cells(el)).to.have.length(3);
    });

    it('standard adds the summary and the picture', async () => {
      const el = await standardCard();
      for (const name of [
        'heading',
        'heading-link',
        'lede',
        'byline',
        'timestamp',
        'figure',
        'frame',
        'picture',
        'related',
      ]) {
        expect(part(el, name), name).to.exist;
      }
      for (const name of ['body', 'promo', 'ad', 'footer', 'figure-caption', 'writer']) {
        expect(part(el, name), name).to.equal(null);
      }
      expect(partText(el, 'lede')).to.equal(en.summary);
      const img = part<HTMLImageElement>(el, 'picture')!;
      expect(img.localName).to.equal('img');
      expect(img.getAttribute('alt')).to.equal(en.imageAlt);
    });

    it('full shows the body, promotional box, advertisements, figure, source line and copyright', async () => {
      const el = await fullCard();
      for (const name of [
        'heading',
        'lede',
        'byline',
        'publisher',
        'writer',
        'timestamp',
        'related',
        'figure',
        'frame',
        'picture',
        'figure-caption',
        'photo-credit',
        'body',
        'promo',
        'ad',
        'ad-label',
        'footer',
        'source-line',
        'source-link',
        'copyright',
      ]) {
        expect(part(el, name), name).to.exist;
      }
      expect(part(el, 'heading-link')).to.equal(null);
      const body = part(el, 'body')!.querySelector('slot')!;
      expect(body.assignedElements().map((p) => p.textContent)).to.deep.equal([en.body[0], en.body[1], en.body[2]]);
      const promo = part(el, 'promo')!;
      expect(promo.hidden).to.equal(false);
      expect(promo.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal(en.promo.text);
      expect(partText(el, 'writer')).to.equal(`By ${en.author}`);
      expect(partText(el, 'figure-caption')).to.equal(`${en.caption} Photo: ${en.credit}`);
      expect(partText(el, 'source-line')).to.equal(`Originally published by ${en.source}`);
      expect(part(el, 'source-link')!.getAttribute('href')).to.equal(en.href);
      expect(partText(el, 'copyright')).to.equal(`© 2024 ${en.source}`);
    });

    it('an unknown variant renders as standard', async () => {
      const el = await card(html`<article-card variant="huge" headline="H" summary="S"></article-card>`);
      expect(part(el, 'lede')).to.exist;
      expect(part(el, 'body')).to.equal(null);
    });

    it('the promotional box is hidden while empty', async () => {
      const el = await card(html`<article-card variant="full" headline="H"><p>Body</p></article-card>`);
      expect(part(el, 'promo')!.hidden).to.equal(true);
      const promo = Object.assign(document.createElement('p'), { slot: 'promo', textContent: 'Subscribe' });
      el.append(promo);
      await frames(1);
      await settled(el);
      expect(part(el, 'promo')!.hidden).to.equal(false);
    });

    it('uses h3 in compact and standard, h2 in full, and heading-level when valid', async () => {
      const level = (el: ArticleCard) => part(el, 'heading')!.localName;
      expect(level(await card(html`<article-card variant="compact" headline="H"></article-card>`))).to.equal('h3');
      expect(level(await card(html`<article-card headline="H"></article-card>`))).to.equal('h3');
      const full = await card(html`<article-card variant="full" headline="H"></article-card>`);
      expect(level(full)).to.equal('h2');
      full.headingLevel = 1;
      await settled(full);
      expect(level(full)).to.equal('h1');
      full.headingLevel = 9;
      await settled(full);
      expect(level(full)).to.equal('h2');
      expect(level(await card(html`<article-card heading-level="4" headline="H"></article-card>`))).to.equal('h4');
    });

    it('shows nothing broken with no attributes at all, or only a headline', async () => {
      for (const variant of ['compact', 'standard', 'full']) {
        const empty = await card(html`<article-card variant=${variant}></article-card>`);
        expect(deepText(empty).trim(), variant).to.equal('');
        const bare = await card(html`<article-card variant=${variant} headline="Only a headline"></article-card>`);
        expect(deepText(bare).replace(/\s+/g, ' ').trim(), variant).to.equal('Only a headline');
      }
    });

    it('never shows NaN, undefined or null', async () => {
      const el = await card(html`<article-card
        variant="full"
        headline="H"
        published="not a date"
        image-width="NaN"
        image-height="-5"
        symbols=" , ,9988.HK,,"
        .quotes=${[{ symbol: '9988.HK', price: Number.NaN, change: Infinity }, null, { price: 3 }] as never}
      ></article-card>`);
      expect(deepText(el)).to.not.match(GARBAGE);
      expect(part(el, 'timestamp')).to.equal(null);
      expect(cells(el)).to.have.length(1);
    });
  });

  describe('publication time', () => {
    const expected: Record<Locale, string> = { en: '3 hours ago', 'zh-Hant-HK': '3 小時前', 'zh-Hans-CN': '3小时前' };
    for (const locale of LOCALES) {
      it(`reads "${expected[locale]}" in ${locale}, in a <time> with the absolute time as its tooltip`, async () => {
        await useLocale(locale);
        const el = await standardCard();
        const time = part(el, 'timestamp')!;
        expect(time.localName).to.equal('time');
        expect(time.textContent).to.equal(expected[locale]);
        expect(time.getAttribute('datetime')).to.equal('2024-04-19T05:12:00.000Z');
        expect(time.getAttribute('title')).to.equal(formatDateTime(en.published, locale));
      });
    }

    it('follows a locale change', async () => {
      await useLocale('en');
      const el = await standardCard();
      expect(partText(el, 'timestamp')).to.equal('3 hours ago');
      await useLocale('zh-Hant-HK');
      expect(partText(el, 'timestamp')).to.equal('3 小時前');
    });

    itClient('stays current as the live clock moves, minute by minute', async () => {
      await useLocale('en');
      const clock = new FakeScheduler(Date.parse('2024-04-19T06:11:30Z'));
      ClockController.defaultScheduler = clock;
      const el = await card(html`<article-card headline="H" published=${en.published}></article-card>`);
      expect(partText(el, 'timestamp')).to.equal('59 minutes ago');
      clock.advance(29_000);
      await settled(el);
      expect(partText(el, 'timestamp'), 'no re-render before the minute').to.equal('59 minutes ago');
      clock.advance(1_000);
      await settled(el);
      expect(partText(el, 'timestamp')).to.equal('1 hour ago');
      clock.advance(2 * 3_600_000);
      await settled(el);
      expect(partText(el, 'timestamp')).to.equal('3 hours ago');
    });

    it('follows a change of the pinned clock', async () => {
      await useLocale('en');
      const el = await standardCard();
      el.now = '2024-04-21T06:00:00Z';
      await settled(el);
      expect(partText(el, 'timestamp')).to.equal('2 days ago');
    });

    it('reads "now" for a time a little ahead of the clock (publisher clock skew)', async () => {
      await useLocale('en');
      const el = await card(
        html`<article-card headline="H" published="2024-04-19T08:14:00Z" now=${DEMO_NOW}></article-card>`,
      );
      expect(partText(el, 'timestamp')).to.equal('now');
    });
  });

  describe('content language', () => {
    /** Elements holding the article's own text: they carry content-lang. */
    const contentSelectors = [
      '[part="heading"]',
      '[part="lede"]',
      '[part="body"]',
      '.caption-text',
      '[part="publisher"]',
      '[part="source-link"]',
    ];
    /** Elements holding interface words: the nearest lang above them is the interface locale's, on the card's root. */
    const interfaceParts = [
      'timestamp',
      'related-label',
      'ad-label',
      'source-line',
      'copyright',
      'photo-credit',
      'writer',
      'byline',
    ];

    it('puts content-lang on the article text and not on the interface strings', async () => {
      await useLocale('zh-Hant-HK');
      const el = await fullCard('en');
      for (const selector of contentSelectors) {
        expect(root(el).querySelector(selector)!.getAttribute('lang'), selector).to.equal('en');
      }
      // Names inside interface sentences carry it too: the author, the photo agency, the publisher.
      expect(part(el, 'writer')!.querySelector('[lang]')!.textContent).to.equal(en.author);
      expect(part(el, 'photo-credit')!.querySelector('[lang]')!.textContent).to.equal(en.credit);
      expect(part(el, 'copyright')!.querySelector('[lang]')!.textContent).to.equal(en.source);
      for (const name of interfaceParts) {
        const marked = part(el, name)!.closest('[lang]');
        expect(marked?.getAttribute('part'), name).to.equal('base');
        expect(marked?.getAttribute('lang'), name).to.equal('zh-Hant-HK');
      }
      expect(partText(el, 'timestamp')).to.equal('3 小時前');
      expect(partText(el, 'ad-label')).to.equal('廣告');
      expect(partText(el, 'source-line')).to.equal(`原文刊於 ${en.source}`);
      expect(partText(el, 'photo-credit')).to.equal(`圖片：${en.credit}`);
      expect(partText(el, 'writer')).to.equal(`作者：${en.author}`);
    });

    it('the slotted body takes the language for rendering (fonts, hyphenation)', async () => {
      await useLocale('zh-Hant-HK');
      document.documentElement.lang = 'zh-HK';
      const el = await fullCard('en');
      const paragraph = el.querySelector('p')!;
      // Rendering follows the flat tree: the slot the paragraph is shown in stands in the body's
      // language (every engine). Chromium and WebKit also report the locale they render it in.
      expect(paragraph.assignedSlot!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      const locale = getComputedStyle(paragraph).getPropertyValue('-webkit-locale');
      if (locale) expect(locale.replaceAll('"', '')).to.equal('en');
    });

    it('canonicalizes the tag, and sets no content lang at all without a valid one', async () => {
      const el = await fullCard('zh-hant-hk');
      expect(part(el, 'heading')!.getAttribute('lang')).to.equal('zh-Hant-HK');
      for (const value of ['', 'not a language!', '12']) {
        el.contentLang = value;
        await settled(el);
        // Only the interface locale on the card's root is left.
        const marked = [...root(el).querySelectorAll('[lang]')].map(
          (node) => `${node.getAttribute('part')}=${node.getAttribute('lang')}`,
        );
        expect(marked, JSON.stringify(value)).to.deep.equal(['base=en']);
      }
    });

    it('marks the interface words with the interface locale, which may differ from the page', async () => {
      document.documentElement.lang = 'en';
      await useLocale('zh-Hans-CN');
      const el = await fullCard('en');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('zh-Hans-CN');
      await useLocale('en');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('URLs', () => {
    const bad = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml,<svg onload=alert(1)>',
      'data:image/png;base64,iVBORw0KGgo=',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'file:///etc/passwd',
    ];
    for (const url of bad) {
      // A server page cannot carry a NUL: the HTML parser reads it as U+FFFD.
      (url.includes('\u0000') ? itClient : it)(`refuses ${JSON.stringify(url)} as href and image-src`, async () => {
        for (const variant of ['compact', 'standard', 'full']) {
          const el = await card(
            html`<article-card variant=${variant} headline="H" source="S" href=${url} image-src=${url}></article-card>`,
          );
          expect(root(el).querySelector('a'), variant).to.equal(null);
          expect(root(el).querySelector('img'), variant).to.equal(null);
          expect(part(el, 'figure'), variant).to.equal(null);
          expect(partText(el, 'heading')).to.equal('H');
        }
      });
    }

    for (const url of [
      'https://example.com/a?b=1',
      'http://example.com/',
      '/news/1',
      'news/1',
      '//cdn.example.com/x',
      '#top',
    ]) {
      it(`accepts ${JSON.stringify(url)}`, async () => {
        const el = await card(html`<article-card headline="H" href=${url} image-src=${url}></article-card>`);
        expect(part(el, 'heading-link')!.getAttribute('href')).to.equal(url);
        expect(root(el).querySelector('img')!.getAttribute('src')).to.equal(url);
      });
    }
  });

  it('shows markup in any text as text', async () => {
    await useLocale('en');
    const markup = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const el = await card(html`<article-card
      variant="full"
      headline=${markup}
      summary=${markup}
      source=${markup}
      author=${markup}
      caption=${markup}
      credit=${markup}
      published=${en.published}
      image-src=${IMAGE}
      image-alt=${markup}
      now=${DEMO_NOW}
    ></article-card>`);
    for (const name of ['heading', 'lede', 'publisher']) expect(partText(el, name), name).to.equal(markup);
    expect(partText(el, 'writer')).to.equal(`By ${markup}`);
    expect(partText(el, 'figure-caption')).to.equal(`${markup} Photo: ${markup}`);
    expect(partText(el, 'copyright')).to.equal(`© 2024 ${markup}`);
    expect(root(el).querySelectorAll('b, img:not([part="picture"])')).to.have.length(0);
    expect(root(el).querySelector('img')!.getAttribute('alt')).to.equal(markup);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  describe('one link target', () => {
    for (const variant of ['compact', 'standard'] as const) {
      it(`${variant}: the headline is the only link, nests nothing, and covers the card; the quotes sit above it`, async () => {
        const el = await standardCard(variant);
        const links = root(el).querySelectorAll('a[href]');
        expect(links).to.have.length(1);
        const link = links[0] as HTMLAnchorElement;
        expect(link.getAttribute('part')).to.equal('heading-link');
        expect(link.children).to.have.length(0);
        expect(link.closest('[part="heading"]')).to.exist;
        // No cell, button or other focusable thing is inside the link.
        expect(link.querySelector('a, button, input, [tabindex], quote-cell')).to.equal(null);
        expect(getComputedStyle(link, '::after').position).to.equal('absolute');

        const box = el.getBoundingClientRect();
        // A corner of the card (padding, away from text) is the link.
        expect(root(el).elementFromPoint(box.right - 4, box.bottom - 4)).to.equal(link);
        expect(root(el).elementFromPoint(box.left + 4, box.top + 4)).to.equal(link);
        // A cell is not in the link and is hit itself.
        const cell = cells(el)[0]!;
        const cellBox = cell.getBoundingClientRect();
        expect(root(el).elementFromPoint(cellBox.left + cellBox.width / 2, cellBox.top + cellBox.height / 2)).to.equal(
          cell,
        );
        expect(link.contains(cell)).to.equal(false);
      });
    }

    it('full: the headline is a heading, not a link; href links the publisher in the source line', async () => {
      const el = await fullCard();
      expect(part(el, 'heading')!.querySelector('a')).to.equal(null);
      expect(getComputedStyle(part(el, 'source-link')!, '::after').position).to.not.equal('absolute');
      expect([...root(el).querySelectorAll('a[href]')].map((a) => a.getAttribute('part'))).to.deep.equal([
        'source-link',
      ]);
    });

    it('Tab reaches the headline link and then each related quote', async () => {
      await useLocale('en');
      const el = await standardCard();
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await press('Tab');
      expect(root(el).activeElement).to.equal(part(el, 'heading-link'));
      await press('Tab');
      expect(root(el).activeElement).to.equal(cells(el)[0]);
      before.remove();
    });
  });

  describe('related quotes', () => {
    it('shows one compact cell per symbol, in order, named from the catalogue in the interface locale', async () => {
      await useLocale('zh-Hant-HK');
      const el = await card(html`<article-card
        headline="H"
        symbols="9988.HK, ^HSI,9988.HK,0700.HK"
        .quotes=${[...relatedQuotes, { symbol: 'AAPL', price: 1 }]}
      ></article-card>`);
      const shown = cells(el);
      expect(shown.map((c) => c.symbol)).to.deep.equal(['9988.HK', '^HSI', '0700.HK']);
      expect(partText(shown[0]!, 'label')).to.equal('阿里巴巴-W');
      expect(partText(shown[0]!, 'value')).to.equal('72.45');
      expect(partText(shown[1]!, 'label')).to.equal('恒指');
      // No figures: the cell still shows, with an em dash.
      expect(partText(shown[2]!, 'label')).to.equal('騰訊控股');
      expect(partText(shown[2]!, 'value')).to.equal('\u2014');
      await useLocale('en');
      expect(partText(shown[0]!, 'label')).to.equal('Alibaba');
      expect(root(el).querySelector('ul')!.getAttribute('aria-labelledby')).to.equal('related-label');
      expect(partText(el, 'related-label')).to.equal('Related quotes');
    });

    it("draws the related quotes' sparklines, market-state markers and details when asked, and exports their parts", async () => {
      const withDay = relatedQuotes.map((quote, i) => ({
        ...quote,
        history: [quote.price * 0.98, quote.price * (0.99 + i * 0.001), quote.price],
        open: quote.price * 0.99,
        high: quote.price * 1.01,
        low: quote.price * 0.97,
      }));
      const plain = await card(
        html`<article-card headline="H" symbols="9988.HK,^HSI" .quotes=${withDay}></article-card>`,
      );
      for (const cell of cells(plain)) {
        expect(cell.shadowRoot!.querySelector('[part="chart"]'), 'no line unless asked').to.equal(null);
        expect(cell.shadowRoot!.querySelector('[part="market-state"]'), 'no marker unless asked').to.equal(null);
      }
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          article-card::part(cell-chart) {
            opacity: 0.5;
          }
        </style>
        <article-card
          headline="H"
          symbols="9988.HK,^HSI"
          sparkline
          market-state
          details
          now="2024-04-19T02:00:00Z"
          .quotes=${withDay}
        ></article-card>
      </div>`);
      const el = wrapper.querySelector('article-card')!;
      await settled(el);
      await Promise.all(cells(el).map(settled));
      for (const cell of cells(el)) {
        expect([cell.sparkline, cell.marketState, cell.details]).to.deep.equal([true, true, true]);
        const chart = cell.shadowRoot!.querySelector<SVGElement>('[part="chart"]')!;
        expect(chart.querySelector('.line')!.getAttribute('d'), `${cell.symbol}: a line`).to.match(/^M/);
        expect(getComputedStyle(chart).opacity, 'styled through the card as cell-chart').to.equal('0.5');
        // 10:00 on a Friday in Hong Kong: both markets are open.
        expect(cell.shadowRoot!.querySelector('[part="market-state"]')!.className).to.contain('state-open');
      }
    });

    it('passes trend-colors to the cells', async () => {
      const el = await card(
        html`<article-card headline="H" symbols="9988.HK" trend-colors="red-up" .quotes=${relatedQuotes}></article-card>`,
      );
      expect(cells(el)[0]!.trendColors).to.equal('red-up');
    });

    it('fires quote-select, composed, from a clicked cell and from Enter on a focused one', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <article-card headline="H" href="#article" symbols="9988.HK,^HSI" .quotes=${relatedQuotes} now=${DEMO_NOW}></article-card>
      </div>`);
      const el = wrapper.querySelector('article-card')!;
      await settled(el);
      const events: CustomEvent[] = [];
      wrapper.addEventListener('quote-select', (event) => events.push(event as CustomEvent));
      const before = location.hash;
      const first = cells(el)[0]!;
      await click(first);
      expect(events).to.have.length(1);
      expect(events[0]!.detail.symbol).to.equal('9988.HK');
      expect(events[0]!.detail.quote.price).to.equal(72.45);
      expect(events[0]!.composed && events[0]!.bubbles).to.equal(true);
      expect(location.hash, 'the card link was not followed').to.equal(before);

      cells(el)[1]!.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.focus();
      await press('Enter');
      expect(events).to.have.length(2);
      expect(events[1]!.detail.symbol).to.equal('^HSI');
    });

    it('takes live figures from the simulated feed', async () => {
      const el = await card(
        html`<article-card headline="H" symbols="^HSI,9988.HK" feed="simulated" interval="0.05"></article-card>`,
      );
      const cell = cells(el)[0]!;
      for (let i = 0; i < 50 && partText(cell, 'value') === '\u2014'; i++) await frames(1);
      expect(partText(cell, 'value')).to.match(/^\d{1,3}(,\d{3})*\.\d{2}$/);
      expect(el.loading).to.equal(false);
      // Alibaba is not in the simulated walk: it keeps its em dash.
      expect(partText(cells(el)[1]!, 'value')).to.equal('\u2014');
      el.remove();
    });
  });

  describe('advertisements', () => {
    const labels: Record<Locale, string> = { en: 'Advertisement', 'zh-Hant-HK': '廣告', 'zh-Hans-CN': '广告' };
    for (const locale of LOCALES) {
      it(`labels each advertisement "${labels[locale]}" in ${locale}`, async () => {
        await useLocale(locale);
        const el = await fullCard('en');
        const ads = parts(el, 'ad');
        expect(ads).to.have.length(2);
        ads.forEach((ad, i) => {
          expect(ad.querySelector('[part="ad-label"]')!.textContent).to.equal(labels[locale]);
          const assigned = ad.querySelector('slot')!.assignedElements();
          expect(assigned.map((a) => a.id)).to.deep.equal([['ad-a', 'ad-b'][i]]);
        });
        // The label comes before its advertisement, for sight and for screen readers.
        const label = ads[0]!.querySelector('[part="ad-label"]')!;
        const ad = el.querySelector('#ad-a')!;
        expect(label.getBoundingClientRect().bottom).to.be.at.most(ad.getBoundingClientRect().top + 1);
      });
    }

    it('numbers advertisements added and removed later, in document order', async () => {
      await useLocale('en');
      const el = await fullCard();
      const third = Object.assign(document.createElement('div'), { slot: 'ad', id: 'ad-c', textContent: 'Third' });
      el.prepend(third);
      await frames(1);
      await settled(el);
      expect([...el.querySelectorAll('[id^="ad-"]')].map((ad) => `${ad.id}:${ad.slot}`)).to.deep.equal([
        'ad-c:ad-1',
        'ad-a:ad-2',
        'ad-b:ad-3',
      ]);
      expect(parts(el, 'ad')).to.have.length(3);
      el.querySelector('#ad-a')!.remove();
      await frames(1);
      await settled(el);
      expect(parts(el, 'ad')).to.have.length(2);
      expect(el.querySelector('#ad-b')!.slot).to.equal('ad-2');
      expect(parts(el, 'ad').map((ad) => ad.querySelector('slot')!.assignedElements()[0]!.id)).to.deep.equal([
        'ad-c',
        'ad-b',
      ]);
    });

    it('labels the advertisements when the card becomes full later', async () => {
      await useLocale('en');
      const el = await card(html`<article-card headline="H"><div slot="ad">Ad</div></article-card>`);
      expect(parts(el, 'ad')).to.have.length(0);
      el.variant = 'full';
      await settled(el);
      await frames(1);
      await settled(el);
      expect(parts(el, 'ad')).to.have.length(1);
      expect(partText(el, 'ad-label')).to.equal('Advertisement');
    });
  });

  describe('source line, copyright and photo credit', () => {
    const rows: Record<Locale, [string, string, string]> = {
      en: ['Originally published by 港灣財經', '© 2024 港灣財經', 'Photo: market-ticker 示範插圖'],
      'zh-Hant-HK': ['原文刊於 港灣財經', '© 2024 港灣財經 版權所有', '圖片：market-ticker 示範插圖'],
      'zh-Hans-CN': ['原文刊于 港灣財經', '© 2024 港灣財經 版权所有', '图片：market-ticker 示範插圖'],
    };
    for (const locale of LOCALES) {
      it(`reads "${rows[locale].join(' / ')}" in ${locale}`, async () => {
        await useLocale(locale);
        const el = await card(html`<article-card
          variant="full"
          headline=${hk.headline}
          source=${hk.source}
          published=${hk.published}
          image-src=${IMAGE}
          credit=${hk.credit}
          content-lang=${hk.contentLang}
        ></article-card>`);
        expect(partText(el, 'source-line')).to.equal(rows[locale][0]);
        expect(partText(el, 'copyright')).to.equal(rows[locale][1]);
        expect(partText(el, 'photo-credit')).to.equal(rows[locale][2]);
      });
    }

    it('leaves the year out of the copyright without a publication date, and the footer out without a publisher', async () => {
      await useLocale('en');
      const el = await card(html`<article-card variant="full" headline="H" source="Harbour"></article-card>`);
      expect(partText(el, 'copyright')).to.equal('© Harbour');
      expect(part(el, 'source-link')!.localName).to.equal('span');
      el.source = undefined;
      await settled(el);
      expect(part(el, 'footer')).to.equal(null);
    });
  });

  describe('picture', () => {
    it('is lazy, decodes asynchronously, and keeps its intrinsic size', async () => {
      const el = await fullCard();
      const img = part<HTMLImageElement>(el, 'picture')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.getAttribute('width')).to.equal('1200');
      expect(img.getAttribute('height')).to.equal('675');
      const frame = part(el, 'frame')!;
      const box = frame.getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(1200 / 675, 0.01);
    });

    it('defaults to a 16:9 box without image-width and image-height', async () => {
      const el = await card(
        html`<article-card variant="full" headline="H" image-src="/nowhere-yet.png" style="width: 640px"></article-card>`,
      );
      const box = part(el, 'frame')!.getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(16 / 9, 0.01);
    });

    it('a missing picture leaves no figure', async () => {
      for (const variant of ['standard', 'full']) {
        const el = await card(
          html`<article-card variant=${variant} headline="H" caption="C" credit="X"></article-card>`,
        );
        expect(part(el, 'figure'), variant).to.equal(null);
      }
    });

    it('a broken picture becomes a neutral placeholder in the same box, keeping its text alternative', async () => {
      const el = await card(
        html`<article-card variant="full" headline="H" image-src="/stories/articles/no-such-picture.png" image-alt="A chart" caption="C" style="width: 480px"></article-card>`,
      );
      const before = part(el, 'frame')!.getBoundingClientRect().height;
      const img = root(el).querySelector('img')!;
      await new Promise((resolve) =>
        img.complete ? resolve(null) : img.addEventListener('error', resolve, { once: true }),
      );
      await settled(el);
      expect(root(el).querySelector('img')).to.equal(null);
      const placeholder = part(el, 'picture')!;
      expect(placeholder.getAttribute('role')).to.equal('img');
      expect(placeholder.getAttribute('aria-label')).to.equal('A chart');
      expect(part(el, 'frame')!.getBoundingClientRect().height).to.equal(before);
      expect(partText(el, 'figure-caption')).to.equal('C');
      // A new address tries again.
      el.imageSrc = IMAGE;
      await settled(el);
      expect(root(el).querySelector('img')).to.exist;
    });

    // Loading tests run client-rendered only: a fixture's server HTML is parsed as a fragment
    // (setHTMLUnsafe), where Firefox and WebKit fetch pictures as the page's own parser would not.
    itClient('waits below the fold (lazy), not taken for broken, and loads when scrolled to', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <div style="height: 6000px"></div>
        <article-card headline="Below the fold" image-src="${IMAGE}?lazy"></article-card>
      </div>`);
      const el = page.querySelector('article-card')!;
      await settled(el);
      await frames(3);
      const img = root(el).querySelector('img')!;
      expect(img.naturalWidth).to.equal(0);
      expect(img.complete).to.equal(false);
      el.scrollIntoView();
      await new Promise((resolve) =>
        img.complete && img.naturalWidth ? resolve(null) : img.addEventListener('load', resolve, { once: true }),
      );
      expect(img.naturalWidth).to.be.greaterThan(0);
      expect(root(el).querySelector('img')).to.equal(img);
      scrollTo(0, 0);
    });

    let pictureChannels = 0;
    /** A URL whose response never comes (the feed test server's `hang` fault): a picture still loading. */
    async function loadingForever(): Promise<string> {
      const server = (await (await fetch('/__feed-test-server')).json()) as { http: string };
      const channel = `picture-${Date.now().toString(36)}-${++pictureChannels}`;
      await fetch(`${server.http}/__config/${channel}`, {
        method: 'POST',
        body: JSON.stringify({ faults: [{ hang: true }] }),
      });
      return `${server.http}/poll/${channel}`;
    }

    /**
     * The layout shift (Layout Instability API) when a picture arrives after the page has painted
     * it loading: `template` is rendered with a picture that never loads, painted, then given the
     * real picture by `arrive`. Also returns how far the text after the picture moved.
     */
    async function shiftWhenPictureArrives(
      template: (src: string) => unknown,
      arrive: (target: HTMLElement, src: string) => HTMLImageElement | Promise<HTMLImageElement>,
      src: string,
    ): Promise<{ shift: number; moved: number }> {
      const page = await fixture<HTMLElement>(html`<div style="width: 600px">
        ${template(await loadingForever())}
        <p>Text after the picture.</p>
      </div>`);
      const target = page.firstElementChild as HTMLElement;
      if (target.localName === 'article-card') await settled(target);
      await frames(3);
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      });
      // The Layout Instability API is Chromium's; elsewhere the text below the picture is the measure.
      if (LAYOUT_SHIFT_API) observer.observe({ type: 'layout-shift' });
      const after = page.querySelector('p:last-of-type')!;
      const afterTop = after.getBoundingClientRect().top;
      const img = await arrive(target, src);
      await new Promise((resolve) =>
        img.complete && img.naturalWidth ? resolve(null) : img.addEventListener('load', resolve, { once: true }),
      );
      await frames(3);
      for (const entry of observer.takeRecords()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      observer.disconnect();
      expect(img.naturalWidth, 'the picture arrived').to.be.greaterThan(0);
      return {
        shift: shifts.reduce((sum, value) => sum + value, 0),
        moved: after.getBoundingClientRect().top - afterTop,
      };
    }

    const toCard = async (target: HTMLElement, src: string) => {
      const el = target as ArticleCard;
      el.imageSrc = src;
      await settled(el);
      return root(el).querySelector('img')!;
    };
    const cases: Array<[string, (src: string) => unknown]> = [
      [
        'full, default 16:9 box',
        (src) => html`<article-card variant="full" headline="Full" image-src=${src} caption="Caption"></article-card>`,
      ],
      [
        'full, image-width and image-height',
        (src) =>
          html`<article-card variant="full" headline="Full" image-src=${src} image-width="1200" image-height="675"></article-card>`,
      ],
      ['standard', (src) => html`<article-card headline="Standard" summary="Summary" image-src=${src}></article-card>`],
    ];
    const measured: string[] = [];
    cases.forEach(([name, template], i) => {
      itClient(`the picture's arrival shifts no layout: ${name}`, async () => {
        const { shift, moved } = await shiftWhenPictureArrives(template, toCard, `${IMAGE}?cls-${i}`);
        measured.push(`${name}: ${shift}`);
        expect(moved).to.equal(0);
        if (LAYOUT_SHIFT_API) expect(shift).to.equal(0);
      });
    });

    itClient('the measurement sees the shift of a picture with no reserved box', async () => {
      const { shift, moved } = await shiftWhenPictureArrives(
        (src) => html`<img src=${src} alt="" style="display: block; width: 100%" />`,
        (target, src) => Object.assign(target as HTMLImageElement, { src }),
        `${IMAGE}?cls-control`,
      );
      console.log(
        `layout shift when the picture arrives: ${measured.join('; ')}; a plain <img> without a box: ${shift.toFixed(4)}`,
      );
      expect(moved).to.be.greaterThan(0);
      if (LAYOUT_SHIFT_API) expect(shift).to.be.greaterThan(0);
    });
  });

  describe('accessibility', () => {
    for (const locale of LOCALES) {
      for (const variant of ['compact', 'standard', 'full'] as const) {
        it(`axe finds no violation in ${variant}, ${locale}, light and dark`, async () => {
          await useLocale(locale);
          for (const theme of THEMES) {
            const wrapper = await fixture<HTMLElement>(html`<div style=${themeStyle(theme)}>
              <article-card
                variant=${variant}
                headline=${en.headline}
                summary=${en.summary}
                href=${en.href}
                source=${en.source}
                author=${en.author}
                published=${en.published}
                now=${DEMO_NOW}
                image-src=${IMAGE}
                image-alt=${en.imageAlt}
                caption=${en.caption}
                credit=${en.credit}
                content-lang="en"
                symbols="9988.HK,^HSI,0700.HK"
                .quotes=${relatedQuotes}
              >
                <p>${en.body[0]}</p>
                <p slot="promo">${en.promo.text} <a href="#promo">${en.promo.link}</a></p>
                <div slot="ad">An advertisement</div>
              </article-card>
              <article-card variant=${variant} headline="Broken picture" image-src="/nowhere.png" image-alt="A chart"></article-card>
            </div>`);
            await Promise.all([...wrapper.querySelectorAll('article-card')].map(settled));
            await frames(2);
            await expect(wrapper).to.be.accessible();
          }
        });
      }
    }
  });
});
