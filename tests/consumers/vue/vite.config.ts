import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Vue renders our tags as custom elements, not as components it should resolve.
const TAGS = new Set(['market-ticker', 'quote-cell', 'market-status', 'article-card']);

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => TAGS.has(tag) } } })],
  build: { target: 'es2022' },
});
