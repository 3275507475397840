import { createApp, type App as VueApp } from 'vue';
import App from './App.vue';
import { defineLate, install } from '../shared/store.js';

let app: VueApp | undefined;
install({
  mount: () => {
    app = createApp(App);
    app.mount('#app');
  },
  unmount: () => app?.unmount(),
});
await defineLate();
