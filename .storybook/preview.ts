import type { Decorator, Preview } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../packages/market-ticker/custom-elements.json';
import { setLocale } from '../packages/market-ticker/src/localization.js';
import '../packages/market-ticker/src/index.js';

setCustomElementsManifest(manifest);

/** A story's own `locale` parameter wins over the toolbar, so locale-specific stories stay true. */
const withLocale: Decorator = (story, context) => {
  const locale = (context.parameters.locale as string | undefined) ?? (context.globals.locale as string);
  void setLocale(locale);
  document.documentElement.lang = locale;
  return story();
};

/** The theme switches `color-scheme`, which every token follows through `light-dark()`. */
const withTheme: Decorator = (story, context) => {
  const theme = (context.parameters.theme as string | undefined) ?? (context.globals.theme as string);
  const dark = theme === 'dark';
  return html`<div
    class="story-surface"
    style="color-scheme: ${dark ? 'dark' : 'light'}; background: ${dark ? '#15181c' : '#ffffff'};
      color: ${dark ? '#eceff3' : '#16191d'}; padding: 1rem; min-height: 4rem;"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withTheme, withLocale],
  globalTypes: {
    locale: {
      description: 'Interface locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh-Hant-HK', title: '繁體中文（香港）' },
          { value: 'zh-Hans-CN', title: '简体中文' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-Hant-HK', theme: 'light' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
