// Type test (ngc with strictTemplates, run by tsconfig.type-test.json): each binding below must be
// an error. Angular does not check property bindings on custom elements (CUSTOM_ELEMENTS_SCHEMA),
// but it types `$event` from HTMLElementEventMap, so a handler that expects a wrong detail fails.
import 'market-ticker/market-ticker.js';
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';

@Component({
  selector: 'app-type-test',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <market-ticker (quote-select)="numericSymbol($event)"></market-ticker>
    <market-ticker (feed-status)="wrongStatus($event)"></market-ticker>
    <quote-cell (quote-select)="numericSymbol($event)"></quote-cell>
  `,
})
export class TypeTestComponent {
  numericSymbol(event: CustomEvent<{ symbol: number }>) {
    return event.detail.symbol.toFixed();
  }

  wrongStatus(event: CustomEvent<{ status: 'open' | 'closed' }>) {
    return event.detail.status;
  }
}
