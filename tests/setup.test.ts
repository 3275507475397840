import { expect, fixture, html } from '@open-wc/testing';

describe('test setup', () => {
  it('a failed assertion on a DOM node reports its markup, which the runner can send (a node itself hangs the run)', async () => {
    const el = await fixture<HTMLElement>(html`<div><span>x</span></div>`);
    let failure: { actual?: unknown; message?: string } | undefined;
    try {
      expect(el.querySelector('span')).to.equal(null);
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure?.message).to.equal('expected <span>x</span> to equal null');
    expect(failure?.actual).to.equal('<span>x</span>');
  });
});
