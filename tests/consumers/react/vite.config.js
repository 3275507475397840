// Vite compiles TSX with its built-in transform (automatic JSX runtime); React needs no plugin to build.
import { defineConfig } from 'vite';

export default defineConfig({ build: { target: 'es2022' } });
