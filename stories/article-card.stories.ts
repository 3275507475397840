import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArticleVariant } from '../packages/market-ticker/src/article-card/article-card.js';
import type { Quote } from '../packages/market-ticker/src/quote.js';
import { seededRandom, withDayFigures } from '../packages/market-ticker/src/simulated-feed.js';
import {
  DEMO_NOW,
  articleImage,
  articles,
  longHeadline,
  relatedQuotes,
  type DemoArticle,
  type DemoLocale,
} from './articles/alibaba.js';

interface Args {
  variant?: ArticleVariant;
  headline?: string;
  summary?: string;
  href?: string;
  source?: string;
  author?: string;
  published?: string;
  'image-src'?: string;
  'image-alt'?: string;
  'image-width'?: number;
  'image-height'?: number;
  caption?: string;
  credit?: string;
  'content-lang'?: string;
  symbols?: string;
  'heading-level'?: number;
  'trend-colors'?: 'green-up' | 'red-up';
  now?: string;
  sparkline?: boolean;
  'market-state'?: boolean;
  details?: boolean;
  feed?: string;
  interval?: number;
  quotes: Quote[];
  /** Body paragraphs, slotted (full only). */
  body: string[];
  /** The promotional box's text and link, slotted as `promo` (full only). */
  promo?: { text: string; link: string };
  /** Demo advertisements, each slotted as `ad` (full only). */
  ads: string[];
}

/** The attributes and slotted content of one demo article. */
function fromArticle(article: DemoArticle, variant: ArticleVariant = 'standard'): Args {
  return {
    variant,
    headline: article.headline,
    summary: article.summary,
    href: article.href,
    source: article.source,
    author: article.author,
    published: article.published,
    'image-src': articleImage.src,
    'image-alt': article.imageAlt,
    'image-width': articleImage.width,
    'image-height': articleImage.height,
    caption: article.caption,
    credit: article.credit,
    'content-lang': article.contentLang,
    symbols: article.symbols,
    now: DEMO_NOW,
    quotes: relatedQuotes,
    body: article.body,
    promo: article.promo,
    ads: [article.ad],
  };
}

/** A stand-in for an ad network's markup: the card labels it, in the interface language. */
const demoAd = (text: string) => html`<div
  slot="ad"
  style="display: grid; place-items: center; min-height: 90px; margin-inline: auto; max-width: 728px;
    background: repeating-linear-gradient(135deg, #8881 0 12px, #8882 12px 24px); border-radius: 4px;
    font: 600 1rem system-ui, sans-serif;"
>
  ${text}
</div>`;

const meta: Meta<Args> = {
  title: 'Components/article-card',
  component: 'article-card',
  args: fromArticle(articles['zh-Hant-HK']),
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'standard', 'full'] },
    'trend-colors': { control: 'inline-radio', options: [undefined, 'green-up', 'red-up'] },
    'content-lang': { control: 'select', options: [undefined, 'en', 'zh-Hant-HK', 'zh-Hans-CN'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    feed: { control: 'inline-radio', options: [undefined, 'simulated'] },
    now: { control: 'text', description: 'ISO instant that fixes the clock; empty for the live clock.' },
  },
  render: (args) => html`<article-card
    style=${args.variant === 'full' ? 'max-width: 46rem' : 'max-width: 40rem'}
    variant=${ifDefined(args.variant)}
    headline=${ifDefined(args.headline)}
    summary=${ifDefined(args.summary)}
    href=${ifDefined(args.href)}
    source=${ifDefined(args.source)}
    author=${ifDefined(args.author)}
    published=${ifDefined(args.published)}
    image-src=${ifDefined(args['image-src'])}
    image-alt=${ifDefined(args['image-alt'])}
    image-width=${ifDefined(args['image-width'])}
    image-height=${ifDefined(args['image-height'])}
    caption=${ifDefined(args.caption)}
    credit=${ifDefined(args.credit)}
    content-lang=${ifDefined(args['content-lang'])}
    symbols=${ifDefined(args.symbols)}
    heading-level=${ifDefined(args['heading-level'])}
    trend-colors=${ifDefined(args['trend-colors'])}
    now=${ifDefined(args.now || undefined)}
    ?sparkline=${args.sparkline}
    ?market-state=${args['market-state']}
    ?details=${args.details}
    feed=${ifDefined(args.feed)}
    interval=${ifDefined(args.interval)}
    .quotes=${args.quotes}
  >
    ${args.body.map((paragraph) => html`<p>${paragraph}</p>`)}
    ${
      args.promo
        ? html`<p slot="promo">${args.promo.text} <a href="https://example.com/newsletter">${args.promo.link}</a></p>`
        : nothing
    }
    ${args.ads.map(demoAd)}
  </article-card>`,
};
export default meta;

type Story = StoryObj<Args>;

const inLocale = (locale: DemoLocale, variant: ArticleVariant): Story => ({
  args: fromArticle(articles[locale], variant),
  parameters: { locale },
});

/** A card in a news list: picture, headline, summary, publisher, time and related quotes, in Traditional Chinese. */
export const Standard: Story = inLocale('zh-Hant-HK', 'standard');
export const StandardEnglish: Story = inLocale('en', 'standard');
export const StandardSimplified: Story = inLocale('zh-Hans-CN', 'standard');

/** A list item: headline, publisher, time and related quotes. */
export const Compact: Story = inLocale('zh-Hant-HK', 'compact');
export const CompactEnglish: Story = inLocale('en', 'compact');
export const CompactSimplified: Story = inLocale('zh-Hans-CN', 'compact');

/** The whole article: body, promotional box, a labelled advertisement, figure, source line and copyright. */
export const Full: Story = inLocale('zh-Hant-HK', 'full');
export const FullEnglish: Story = inLocale('en', 'full');
export const FullSimplified: Story = inLocale('zh-Hans-CN', 'full');

/**
 * The reference page's case: an English article on a Traditional Chinese page. The article's text
 * carries `lang="en"`; the time, labels, source line and copyright are in Chinese.
 */
export const EnglishArticleChineseInterface: Story = {
  name: 'English article, Chinese interface',
  args: { ...fromArticle(articles.en, 'full'), ads: [articles.en.ad, articles['zh-Hant-HK'].ad] },
  parameters: { locale: 'zh-Hant-HK' },
};

/** Two advertisements, each under its own label. */
export const TwoAdvertisements: Story = {
  args: { ...fromArticle(articles['zh-Hans-CN'], 'full'), ads: [articles['zh-Hans-CN'].ad, 'Harbour Insurance'] },
  parameters: { locale: 'zh-Hans-CN' },
};

export const NoImage: Story = {
  name: 'No image',
  args: { ...fromArticle(articles['zh-Hant-HK'], 'standard'), 'image-src': undefined },
};

/** The picture fails to load: its box keeps its place, with a neutral placeholder instead of a broken-image icon. */
export const BrokenImage: Story = {
  name: 'Broken image',
  args: { ...fromArticle(articles.en, 'standard'), 'image-src': './no-such-picture.jpg' },
  parameters: { locale: 'en', check: { allowedRequestFailures: ['no-such-picture.jpg'] } },
};

export const BrokenImageFull: Story = {
  name: 'Broken image (full)',
  args: { ...fromArticle(articles.en, 'full'), 'image-src': './no-such-picture.jpg' },
  parameters: { locale: 'en', check: { allowedRequestFailures: ['no-such-picture.jpg'] } },
};

export const LongHeadline: Story = {
  name: 'Very long headline',
  args: { ...fromArticle(articles.en, 'standard'), headline: longHeadline },
  parameters: { locale: 'en' },
};

/**
 * Related quotes fed by the built-in simulated feed: the indices move every second and flash.
 * (The simulated walk covers the reference strip's instruments; Alibaba keeps the figure set in
 * `quotes`.)
 */
export const LiveQuotes: Story = {
  name: 'Related quotes, live (simulated feed)',
  args: { ...fromArticle(articles['zh-Hant-HK'], 'standard'), feed: 'simulated', quotes: relatedQuotes.slice(0, 1) },
};

/** A symbol with no figures shows its cell with an em dash. */
export const MissingFigures: Story = {
  name: 'Related quote without figures',
  args: { ...fromArticle(articles.en, 'compact'), quotes: [] },
  parameters: { locale: 'en' },
};

export const RedUp: Story = {
  name: 'Red means up',
  args: { ...fromArticle(articles['zh-Hant-HK'], 'compact'), 'trend-colors': 'red-up' },
};

export const MarkupInText: Story = {
  name: 'Markup in the text (shown as text)',
  args: {
    ...fromArticle(articles.en, 'standard'),
    headline: '<img src=x onerror=alert(1)> <b>not bold</b>',
    summary: '<script>alert(1)</script> stays text',
    'image-src': undefined,
  },
  parameters: { locale: 'en' },
};

export const Dark: Story = {
  ...inLocale('zh-Hant-HK', 'standard'),
  parameters: { locale: 'zh-Hant-HK', theme: 'dark' },
};
export const FullDark: Story = {
  name: 'Full, dark theme',
  ...inLocale('en', 'full'),
  parameters: { locale: 'en', theme: 'dark' },
};

const list = (locale: DemoLocale) => () => {
  const article = articles[locale];
  return html`<div style="display: grid; gap: 0.75rem; max-width: 40rem;">
    ${[0, 1, 2].map(
      (i) => html`<article-card
        variant="compact"
        headline=${i === 0 ? article.headline : `${article.headline} (${i + 1})`}
        href=${article.href}
        source=${article.source}
        published=${new Date(Date.parse(article.published) - i * 95 * 60_000).toISOString()}
        now=${DEMO_NOW}
        content-lang=${article.contentLang}
        symbols=${i === 0 ? article.symbols : '^HSI'}
        .quotes=${relatedQuotes}
      ></article-card>`,
    )}
  </div>`;
};

/** Three compact cards, as in a "latest news" column. */
export const CompactList: Story = { name: 'A list of compact cards', render: list('zh-Hant-HK') };

/** The related quotes with the day's figures: a line, the market's state and a details card in each cell. */
const dayRelated: Quote[] = (() => {
  const random = seededRandom(31);
  return relatedQuotes.map((quote) => withDayFigures(quote, random));
})();
export const RelatedQuotesWithSparklines: Story = {
  args: {
    ...fromArticle(articles['zh-Hant-HK'], 'compact'),
    quotes: dayRelated,
    sparkline: true,
    'market-state': true,
    details: true,
  },
  parameters: { locale: 'zh-Hant-HK' },
};
