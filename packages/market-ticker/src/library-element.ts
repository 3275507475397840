import { LitElement } from 'lit';
import { firstRender } from './localization.js';

/**
 * The base of the library's elements: the first render waits for the interface locale's data
 * when it is still loading, so an element draws once in its locale instead of in English first.
 */
export class LibraryElement extends LitElement {
  /** A module this element's rendering needs, still loading (the market states). */
  private pendingModule?: Promise<unknown>;

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated ? super.scheduleUpdate() : firstRender(() => super.scheduleUpdate());
  }

  /** Renders again when `work` is done; until then `updateComplete` waits for it too. */
  protected renderAfter(work: Promise<unknown>): void {
    if (this.pendingModule === work) return;
    this.pendingModule = work;
    void work.then(() => {
      if (this.pendingModule === work) this.pendingModule = undefined;
      this.requestUpdate();
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const work = this.pendingModule;
    if (!work) return done;
    await work;
    return super.getUpdateComplete();
  }
}
