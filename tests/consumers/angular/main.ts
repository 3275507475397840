import { provideZonelessChangeDetection, type ApplicationRef } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component';
import { defineLate, install } from '../shared/store.js';

let app: Promise<ApplicationRef> | undefined;
install({
  mount: () => {
    document.getElementById('app')!.append(document.createElement('app-root'));
    app = bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] });
    void app.then(() => defineLate());
  },
  unmount: () => {
    void app?.then((ref) => {
      ref.destroy();
      document.querySelector('app-root')?.remove();
    });
  },
});
