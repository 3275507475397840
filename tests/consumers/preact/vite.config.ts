// Preact needs no plugin to build: Vite's built-in transform compiles TSX for Preact's JSX runtime.
import { defineConfig } from 'vite';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { target: 'es2022' },
});
