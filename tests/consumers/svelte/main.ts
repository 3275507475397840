import { mount, unmount } from 'svelte';
import App from './App.svelte';
import { defineLate, install } from '../shared/store.js';

let app: ReturnType<typeof mount> | undefined;
install({
  mount: () => {
    app = mount(App, { target: document.getElementById('app')! });
  },
  unmount: () => {
    if (app) unmount(app);
  },
});
await defineLate();
