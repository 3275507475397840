import { isServer, LitElement } from 'lit';
import { firstRender } from './localization.js';
import type { OnDemand } from './on-demand.js';

/**
 * The base of the library's elements: the first render waits for the interface locale's data
 * when it is still loading, so an element draws once in its locale instead of in English first,
 * and for what `firstRenderNeeds()` names. Later, `renderAfter` draws again when a module arrives.
 */
export class LibraryElement extends LitElement {
  /** Modules this element's rendering needs, still loading (the market states, a calendar, the details card). */
  private readonly pendingModules = new Set<Promise<unknown>>();
  /**
   * Whether the element came with the shadow root a server rendered (declarative shadow DOM),
   * which its first render hydrates: read before Lit attaches its own, at connection.
   */
  protected readonly serverRendered = !isServer && this.shadowRoot !== null;

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    const needs = this.firstRenderNeeds();
    const update = () => firstRender(() => super.scheduleUpdate());
    return needs ? needs.then(update) : update();
  }

  /**
   * What the first render must have, loading (a module whose late arrival would change the
   * element's size or its server-rendered HTML); nothing by default.
   */
  protected firstRenderNeeds(): Promise<unknown> | undefined {
    return undefined;
  }

  /** Renders again when `work` is done; until then `updateComplete` waits for it too. */
  protected renderAfter(work: Promise<unknown> | false | undefined): void {
    if (!work || this.pendingModules.has(work)) return;
    this.pendingModules.add(work);
    void work.then(() => {
      this.pendingModules.delete(work);
      this.requestUpdate();
    });
  }

  /** The module for this render, or `undefined` while it loads: the element renders again when it is here. */
  protected use<M>(demand: OnDemand<M>): M | undefined {
    this.renderAfter(demand.pending());
    return demand.module();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.pendingModules.size === 0) return done;
    await Promise.all(this.pendingModules);
    return this.getUpdateComplete();
  }
}
