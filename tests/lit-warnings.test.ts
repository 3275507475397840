import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { takeLitWarnings } from './lit-warnings.js';

// An element with the mistake that Lit's dev mode warns of: a property set after each update.
class UpdatesTwice extends LitElement {
  static override properties = { count: { type: Number } };
  declare count: number;
  constructor() {
    super();
    this.count = 0;
  }
  override updated() {
    if (this.count === 0) this.count = 1;
  }
}
customElements.define('updates-twice', UpdatesTwice);

describe('Lit dev-mode warnings', () => {
  it('are collected from the page (and would fail the test that caused them)', async () => {
    const el = await fixture<UpdatesTwice>(html`<updates-twice></updates-twice>`);
    await el.updateComplete;
    const warnings = takeLitWarnings();
    expect(warnings.join('\n')).to.match(/lit\.dev\/msg\/change-in-update/);
    expect(warnings.join('\n')).to.include('updates-twice');
  });
});
