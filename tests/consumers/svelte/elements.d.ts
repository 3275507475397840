// Svelte's template types for our tags (svelte/elements), generated from custom-elements.json and
// shipped in the package: each element's properties as its class declares them, and
// `on<event-name>` listeners with typed details.
import type {} from 'market-ticker/types/svelte.js';
