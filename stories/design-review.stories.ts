import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { DEMO_NOW, articleImage, articles, relatedQuotes, type DemoLocale } from './articles/alibaba.js';
import { referenceQuotes } from './data.js';

/**
 * The page a designer lands on: the reference strip, the article card and the market-status
 * banner in the three locales, side by side.
 *
 * The library has one interface locale per page (@lit/localize keeps one runtime per document),
 * so each column is its own page: the hidden `Panel` story, in an iframe with that locale and the
 * toolbar's theme, trend colours and motion. Each column is therefore exactly what a reader in
 * that locale sees, and `Panel` is checked with axe and has reference images of its own.
 */
const meta: Meta = {
  title: 'Design review',
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj;

const COLUMNS: Array<{ locale: DemoLocale; name: string }> = [
  { locale: 'en', name: 'English' },
  { locale: 'zh-Hant-HK', name: '繁體中文（香港）' },
  { locale: 'zh-Hans-CN', name: '简体中文' },
];

/** Storybook's id of the Panel story below. */
const PANEL_ID = 'design-review--panel';

/** The embedded page keeps its iframe as tall as its story, so the columns never scroll. */
function fitToStory(event: Event): void {
  const frame = event.currentTarget as HTMLIFrameElement;
  const view = frame.contentWindow as (Window & typeof globalThis) | null;
  const story = frame.contentDocument?.querySelector('#storybook-root');
  if (!view || !story) return;
  new view.ResizeObserver(() => {
    frame.style.height = `${Math.ceil(story.getBoundingClientRect().height)}px`;
  }).observe(story);
}

export const ThreeLocales: Story = {
  name: 'Strip, card and banner in three locales',
  // The page's own words are English; each column carries its locale.
  parameters: { locale: 'en', layout: 'fullscreen' },
  render: (_args, { globals }) => {
    const passOn = (locale: string) =>
      [
        `locale:${locale}`,
        `theme:${globals.theme}`,
        `trendColors:${globals.trendColors}`,
        `motion:${globals.motion}`,
        'a11y.manual:!true',
      ].join(';');
    return html`<div style="font: 0.875rem/1.45 system-ui, sans-serif;">
      <p style="margin: 0 0 1rem; max-width: 60rem;">
        The reference strip (the sixteen quotes of the reference page), the article card and the Hong Kong market's
        status banner, in each locale. Theme, trend colours and motion follow the toolbar. Every story has a
        reference image: <code>npm run test:visual</code> shows what changed.
      </p>
      <div style="display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.75rem; align-items: start;">
        ${COLUMNS.map(
          ({ locale, name }) => html`<section aria-labelledby="column-${locale}">
            <h2 id="column-${locale}" lang=${locale} style="font-size: 1rem; margin: 0 0 0.5rem;">${name}</h2>
            <iframe
              title="Strip, card and banner: ${name}"
              src="iframe.html?id=${PANEL_ID}&amp;viewMode=story&amp;globals=${passOn(locale)}"
              style="display: block; width: 100%; height: 40rem; border: 0; outline: 1px solid #8886; border-radius: 4px;"
              @load=${fitToStory}
            ></iframe>
          </section>`,
        )}
      </div>
    </div>`;
  },
};

/** One column of the page above, in the toolbar's locale. */
export const Panel: Story = {
  tags: ['!dev'],
  parameters: { layout: 'fullscreen', surfacePadding: '0.5rem' },
  render: (_args, { globals }) => {
    const locale = (COLUMNS.some((c) => c.locale === globals.locale) ? globals.locale : 'en') as DemoLocale;
    const article = articles[locale];
    return html`<div style="display: grid; gap: 1rem;">
      <market-status market="XHKG" now="2024-04-18T16:30:00Z"></market-status>
      <market-ticker mode="static" .quotes=${referenceQuotes}></market-ticker>
      <article-card
        variant="standard"
        headline=${article.headline}
        summary=${article.summary}
        href=${article.href}
        source=${article.source}
        author=${article.author}
        published=${article.published}
        image-src=${articleImage.src}
        image-alt=${article.imageAlt}
        image-width=${articleImage.width}
        image-height=${articleImage.height}
        content-lang=${article.contentLang}
        symbols=${article.symbols}
        now=${DEMO_NOW}
        .quotes=${relatedQuotes}
      ></article-card>
    </div>`;
  },
};
