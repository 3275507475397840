import { LitElement } from 'lit';
import { firstRender } from './localization.js';

/**
 * The base of the library's elements: the first render waits for the interface locale's data
 * when it is still loading, so an element draws once in its locale instead of in English first.
 */
export class LibraryElement extends LitElement {
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated ? super.scheduleUpdate() : firstRender(() => super.scheduleUpdate());
  }
}
