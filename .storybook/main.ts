import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  // Reviewers land on the design review page, not on Storybook's own getting-started checklist
  // (the sidebar widget and the "Onboarding guide" entry in the settings menu).
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  /**
   * The static build must work from any sub-path (a project page, a folder on a CDN): every URL
   * in it is relative. Storybook's builder already emits `./assets/…`; pinning Vite's `base`
   * keeps it so, including the URLs Vite writes into lazily loaded chunks.
   * scripts/check-stories.mjs serves the build under a sub-path to prove it.
   */
  viteFinal: (viteConfig, { configType }) => (configType === 'PRODUCTION' ? { ...viteConfig, base: './' } : viteConfig),
};

export default config;
