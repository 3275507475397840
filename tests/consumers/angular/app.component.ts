// Angular with the elements: CUSTOM_ELEMENTS_SCHEMA lets the template use our tags, `[quotes]`
// binds the property, and `(quote-select)` / `(feed-status)` listen to our events. With
// strictTemplates, `$event` is typed from the package's HTMLElementEventMap declarations.
import 'market-ticker/market-ticker.js';
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal, type OnDestroy } from '@angular/core';
import type { FeedStatusDetail } from 'market-ticker/market-ticker.js';
import type { QuoteSelectDetail } from 'market-ticker/quote-cell.js';
import { getState, record, subscribe } from '../shared/store.js';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <market-ticker
      id="strip"
      mode="static"
      selectable
      [quotes]="state().quotes"
      (quote-select)="onSelect($event)"
    ></market-ticker>
    <quote-cell id="cell" symbol="^HSI" [price]="state().price" [change]="83.27" [changePercent]="0.48"></quote-cell>
    <market-ticker
      id="live"
      feed="simulated"
      [interval]="1"
      mode="static"
      (feed-status)="onStatus($event)"
    ></market-ticker>
    <!-- Registered only after this render: the attributes are set before define. -->
    <article-card id="early" headline="Set before define" variant="compact" symbols="^HSI"></article-card>
  `,
})
export class AppComponent implements OnDestroy {
  protected readonly state = signal(getState());
  private readonly unsubscribe = subscribe((next) => this.state.set(next));

  protected onSelect(event: CustomEvent<QuoteSelectDetail>) {
    record(event); // event.detail: { symbol, quote }
  }

  protected onStatus(event: CustomEvent<FeedStatusDetail>) {
    record(event); // event.detail.status: 'live' | …
  }

  ngOnDestroy() {
    this.unsubscribe();
  }
}
