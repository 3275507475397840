/**
 * Docs pages follow the toolbar too: the theme (Storybook's light or dark docs theme, and
 * `color-scheme` on the page so elements on MDX pages follow it), the interface locale and the
 * simulated reduced motion. Story decorators do not run on an MDX page without stories, so the
 * container listens to the globals itself.
 */
import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import { createElement, useEffect, useState, type PropsWithChildren } from 'react';
import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import { themes } from 'storybook/theming';
import { setLocale } from '../packages/market-ticker/src/localization.js';
import { initialGlobals, THEME_COLOURS, type Theme } from './decorators.js';
import { simulateReducedMotion } from './simulated-motion.js';

type Globals = Record<string, unknown>;

function currentGlobals(): Globals {
  const preview = (
    window as unknown as { __STORYBOOK_PREVIEW__?: { storyStoreValue?: { userGlobals?: { globals?: Globals } } } }
  ).__STORYBOOK_PREVIEW__;
  return { ...initialGlobals, ...preview?.storyStoreValue?.userGlobals?.globals };
}

function applyToPage(globals: Globals): Theme {
  const theme: Theme = globals.theme === 'dark' ? 'dark' : 'light';
  document.documentElement.style.colorScheme = theme;
  document.body.style.background = THEME_COLOURS[theme].background;
  document.body.style.color = THEME_COLOURS[theme].text;
  // The docs prose is English; elements on the page take the toolbar's locale.
  document.documentElement.lang = 'en';
  void setLocale(String(globals.locale ?? initialGlobals.locale));
  simulateReducedMotion(globals.motion === 'reduced');
  return theme;
}

export function ThemedDocsContainer(props: PropsWithChildren<DocsContainerProps>) {
  const [globals, setGlobals] = useState<Globals>(currentGlobals);
  useEffect(() => {
    const onGlobals = (event: { globals?: Globals }) => setGlobals({ ...initialGlobals, ...event.globals });
    props.context.channel.on(GLOBALS_UPDATED, onGlobals);
    props.context.channel.on(SET_GLOBALS, onGlobals);
    return () => {
      props.context.channel.off(GLOBALS_UPDATED, onGlobals);
      props.context.channel.off(SET_GLOBALS, onGlobals);
    };
  }, [props.context.channel]);
  const theme = applyToPage(globals);
  return createElement(
    DocsContainer,
    { ...props, theme: theme === 'dark' ? themes.dark : themes.light },
    props.children,
  );
}
