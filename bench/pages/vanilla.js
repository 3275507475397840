// The lower bound: hand-written DOM. Cells are built once (the copies are clones), an update
// writes only the text nodes and classes that changed, and a CSS animation scrolls each list by
// its own width. A pointer drag seeks those animations and lets them go on on release. No
// framework, no shadow DOM.
import { ARROWS, percent, price, signed, trend } from './format.js';

const SPEED = 60;
const host = document.getElementById('host');
const style = document.createElement('style');
style.textContent = `
  .v-viewport { flex: 1 1 auto; min-width: 0; overflow: hidden; }
  .v-track { display: flex; width: max-content; }
  .v-items { display: flex; align-items: center; flex: none; margin: 0; padding: 0; list-style: none;
    animation: v-loop 0s linear infinite; will-change: transform; }
  .v-viewport:hover .v-items { animation-play-state: paused; }
  .v-viewport { touch-action: pan-y; user-select: none; }
  @keyframes v-loop { to { transform: translateX(-100%); } }
`;
document.head.append(style);

let entries = new Map();
let lists = [];
let observer = null;

/** One loop is one list width at SPEED; set on each list (not inherited, so nothing else restyles). */
function setDuration(width) {
  for (const list of lists) list.style.animationDuration = `${width / SPEED}s`;
}

function cellTexts(q) {
  const precision = q.precision ?? 2;
  const direction = trend(q);
  return {
    className: `cell ${direction}`,
    value: price(q.price, precision),
    arrow: ARROWS[direction],
    delta: signed(q.change, precision),
    percent: `(${percent(q.changePercent)})`,
  };
}

function span(className, text) {
  const el = document.createElement('span');
  el.className = className;
  el.append(text);
  return el;
}

function buildList(quotes) {
  const list = document.createElement('ul');
  list.className = 'v-items';
  for (const q of quotes) {
    const t = cellTexts(q);
    const li = document.createElement('li');
    const cell = document.createElement('span');
    cell.className = t.className;
    const movement = span('movement', '');
    movement.replaceChildren(span('arrow', t.arrow), span('delta', t.delta), span('delta-percent', t.percent));
    cell.append(span('label', q.name ?? q.symbol), span('value', t.value), movement);
    li.append(cell);
    list.append(li);
  }
  return list;
}

/** The nodes an update writes, per symbol, in every list (the real one and its copies). */
function collect(list, quotes) {
  quotes.forEach((q, i) => {
    const cell = list.children[i].firstChild;
    const [, value, movement] = cell.children;
    const [arrow, delta, pct] = movement.children;
    let entry = entries.get(q.symbol);
    if (!entry) {
      entry = { quote: q, texts: cellTexts(q), cells: [], value: [], arrow: [], delta: [], percent: [] };
      entries.set(q.symbol, entry);
    }
    entry.cells.push(cell);
    entry.value.push(value.firstChild);
    entry.arrow.push(arrow.firstChild);
    entry.delta.push(delta.firstChild);
    entry.percent.push(pct.firstChild);
  });
}

/**
 * Drag by hand, the least a page can do: each list's animation is seeked by the pointer's travel
 * (one loop is one list width, so a pixel is 1000 / SPEED ms of it) while the hover pauses it.
 */
function draggable(viewport) {
  let start = null;
  viewport.addEventListener('pointerdown', (event) => {
    viewport.setPointerCapture(event.pointerId);
    start = { x: event.clientX, times: lists.map((list) => list.getAnimations()[0]?.currentTime ?? 0) };
  });
  viewport.addEventListener('pointermove', (event) => {
    if (!start) return;
    const shift = ((event.clientX - start.x) * 1000) / SPEED;
    lists.forEach((list, i) => {
      const animation = list.getAnimations()[0];
      const duration = animation?.effect.getComputedTiming().duration;
      if (duration > 0) animation.currentTime = (((start.times[i] - shift) % duration) + duration) % duration;
    });
  });
  const end = () => (start = null);
  viewport.addEventListener('pointerup', end);
  viewport.addEventListener('pointercancel', end);
}

function setAll(nodes, text) {
  for (const node of nodes) node.data = text;
}

window.harness.register({
  async render(quotes) {
    entries = new Map();
    const strip = document.createElement('div');
    strip.className = 'strip';
    strip.setAttribute('role', 'region');
    strip.setAttribute('aria-label', 'Markets');
    const viewport = document.createElement('div');
    viewport.className = 'v-viewport';
    draggable(viewport);
    const track = document.createElement('div');
    track.className = 'v-track';
    const list = buildList(quotes);
    track.append(list);
    viewport.append(track);
    strip.append(viewport);
    host.append(strip);
    collect(list, quotes);
    lists = [list];
    // One measurement decides how many copies fill the viewport and how long one loop takes.
    const width = list.getBoundingClientRect().width;
    const copies = Math.max(1, Math.ceil(viewport.clientWidth / width));
    for (let i = 0; i < copies; i++) {
      const copy = list.cloneNode(true);
      copy.setAttribute('aria-hidden', 'true');
      copy.inert = true;
      track.append(copy);
      collect(copy, quotes);
      lists.push(copy);
    }
    setDuration(width);
    observer = new ResizeObserver(([entry]) => setDuration(entry.borderBoxSize[0].inlineSize));
    observer.observe(list);
    await window.harness.onScreen(() => true);
  },
  async update(quotes) {
    for (const q of quotes) {
      const entry = entries.get(q.symbol);
      if (!entry || entry.quote === q) continue;
      const before = entry.texts;
      const after = cellTexts(q);
      if (after.className !== before.className) for (const cell of entry.cells) cell.className = after.className;
      if (after.value !== before.value) setAll(entry.value, after.value);
      if (after.arrow !== before.arrow) setAll(entry.arrow, after.arrow);
      if (after.delta !== before.delta) setAll(entry.delta, after.delta);
      if (after.percent !== before.percent) setAll(entry.percent, after.percent);
      entry.quote = q;
      entry.texts = after;
    }
    await window.harness.twoFrames();
  },
  unmount() {
    observer?.disconnect();
    observer = null;
    lists = [];
    entries = new Map();
    host.replaceChildren();
  },
});
