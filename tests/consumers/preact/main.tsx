import { render } from 'preact';
import { App } from './App.js';
import { defineLate, install } from '../shared/store.js';

const root = document.getElementById('app')!;
install({
  mount: () => render(<App />, root),
  unmount: () => render(null, root),
});
await defineLate();
