import { createRoot, type Root } from 'react-dom/client';
import { App } from './App.js';
import { defineLate, install } from '../shared/store.js';

let root: Root | undefined;
install({
  mount: () => {
    root = createRoot(document.getElementById('app')!);
    root.render(<App />);
  },
  unmount: () => root?.unmount(),
});
await defineLate();
