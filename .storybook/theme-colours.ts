/** Page colours of the two themes, the same as the elements' own light and dark backgrounds. Used by Storybook and the tests. */
export type Theme = 'light' | 'dark';

export const THEME_COLOURS: Record<Theme, { background: string; text: string }> = {
  light: { background: '#ffffff', text: '#16191d' },
  dark: { background: '#15181c', text: '#eceff3' },
};
