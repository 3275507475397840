// Vue's template types for our tags (GlobalComponents), generated from custom-elements.json and
// shipped in the package: each element's properties as its class declares them, and its events as
// `on…` props, so that `@quote-select` handlers get typed details.
import type {} from 'market-ticker/types/vue.js';
