// The simulated reduced-motion query must replace window.matchMedia before any element connects.
import './simulated-motion.js';
import type { Preview } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
import type { ArgTypesEnhancer, InputType, StrictArgTypes } from 'storybook/internal/types';
import manifest from '../packages/market-ticker/custom-elements.json';
import '../packages/market-ticker/src/index.js';
import { argTypesFor, declarationOf } from '../stories/docs/manifest.js';
import {
  globalTypes,
  initialGlobals,
  withEventActions,
  withLocale,
  withMotion,
  withTheme,
  withTrendColors,
} from './decorators.js';
import { ThemedDocsContainer } from './docs-container.js';

setCustomElementsManifest(manifest);

/**
 * A story may name an attribute's arg by its property (`changePercent` for `change-percent`):
 * then the docs row and control take the story's name, so the control drives what the story
 * renders. Works for any element, including ones whose stories are written later.
 */
const renameToStoryArgs: ArgTypesEnhancer = (context) => {
  const used = new Set(Object.keys(context.initialArgs ?? {}));
  const result: StrictArgTypes = {};
  for (const [key, argType] of Object.entries(context.argTypes)) {
    const property = (argType as InputType & { property?: string }).property;
    if (property && property !== key && !used.has(key) && used.has(property)) {
      // The manifest's row replaces the one Storybook inferred from the arg's value.
      const description = argType.description?.replace(/ Property: `[^`]+`\./, ` Attribute: \`${key}\`.`);
      result[property] = { ...context.argTypes[property], ...argType, name: property, description };
    } else if (!(key in result)) {
      result[key] = argType;
    }
  }
  // Attributes first, as the element's HTML would be read; then properties, events and styling.
  const rank = (argType: InputType) => {
    const index = CATEGORY_ORDER.indexOf(String(argType.table?.category ?? ''));
    return index === -1 ? CATEGORY_ORDER.length : index;
  };
  return Object.fromEntries(Object.entries(result).sort(([, a], [, b]) => rank(a) - rank(b)));
};

const CATEGORY_ORDER = ['attributes', 'properties', 'events', 'slots', 'css shadow parts', 'css custom properties'];

/** The WCAG rule sets the a11y panel runs; scripts/check-stories.mjs runs the same. */
const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

const preview: Preview = {
  // Innermost first: the theme surface wraps the story; locale and motion are set before render.
  decorators: [withTrendColors, withEventActions, withTheme, withMotion, withLocale],
  globalTypes,
  initialGlobals,
  argTypesEnhancers: [renameToStoryArgs],
  parameters: {
    controls: { expanded: true, sort: 'none' },
    docs: {
      extractArgTypes: (component: string) => argTypesFor(component) ?? null,
      extractComponentDescription: (component: string) => {
        const declaration = declarationOf(component);
        return declaration ? [declaration.summary, declaration.description].filter(Boolean).join('\n\n') : null;
      },
      container: ThemedDocsContainer,
      toc: true,
    },
    a11y: {
      test: 'error',
      // The same rules as scripts/check-stories.mjs, on the story root.
      context: '#storybook-root',
      options: { runOnly: { type: 'tag', values: A11Y_TAGS } },
    },
    options: {
      storySort: {
        order: [
          // First, so that a designer opening Storybook lands on it.
          'Design review',
          'Guides',
          [
            'Introduction',
            'HTML without a build step',
            'Frameworks',
            ['React', 'Vue', 'Svelte', 'Angular'],
            'Server-side rendering',
            'Data feeds',
            'Localization',
            'Theming',
            'Accessibility',
          ],
          'Components',
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
