// React 19's JSX for our tags, generated from custom-elements.json and shipped in the package:
// each element's properties typed as its class declares them, and `on<event-name>` listeners with
// typed details.
import type {} from 'market-ticker/types/react.js';
