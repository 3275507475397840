/**
 * Advertisement slots of `<article-card variant="full">`.
 *
 * Each advertisement needs its own label above it, and a slotted element cannot be wrapped from
 * inside the shadow root. So the card gives each advertisement a slot of its own: the author writes
 * `slot="ad"` on every advertisement, and the card renames them, in document order, to `ad-1`,
 * `ad-2`… and renders one labelled container per name.
 *
 * Why rename rather than assign manually (`slotAssignment: 'manual'`): a declarative shadow root,
 * which is how a server-rendered card arrives, always assigns by name, so manual assignment would
 * leave a server-rendered article without its body until the script ran. Renaming keeps named
 * slots everywhere: before the script runs the advertisements show, unlabelled, in the `ad`
 * collector slot; after, each sits under its label. The cost is that the card writes the `slot`
 * attribute of its advertisement children, which a framework re-rendering `slot="ad"` simply
 * sets again (and the card renames again).
 */

const AD_SLOT = /^ad(?:-[1-9]\d*)?$/;

/** The advertisement children of `host`, in document order. */
export function adElements(host: Element): Element[] {
  return [...host.children].filter((child) => AD_SLOT.test(child.getAttribute('slot') ?? ''));
}

/** Names the advertisements `ad-1`, `ad-2`… in document order; returns how many there are. */
export function numberAds(host: Element): number {
  const ads = adElements(host);
  ads.forEach((ad, i) => {
    const name = `ad-${i + 1}`;
    // Writing the same value would queue a mutation record for nothing.
    if (ad.getAttribute('slot') !== name) ad.setAttribute('slot', name);
  });
  return ads.length;
}
