/**
 * Real input for interaction tests: the browser's own mouse, keyboard and touch events, sent by
 * the engine's automation (WebDriver, DevTools), never `element.click()` or a synthetic event.
 * A real press goes through hit testing, focus and pointer handling; a synthetic one skips them,
 * and that is how a lost click once passed every test.
 */
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';

/** Where on an element to aim, as fractions of its box (default: the middle). */
export interface Aim {
  x?: number;
  y?: number;
}

/** A point inside the element's box, in whole CSS pixels from the viewport's top left. */
export function pointIn(el: Element, { x = 0.5, y = 0.5 }: Aim = {}): [number, number] {
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) throw new Error(`pointIn: <${el.localName}> has no box`);
  const px = Math.round(box.left + box.width * x);
  const py = Math.round(box.top + box.height * y);
  if (px < 0 || py < 0 || px >= window.innerWidth || py >= window.innerHeight) {
    throw new Error(`pointIn: <${el.localName}> is off screen at ${px},${py}`);
  }
  return [px, py];
}

/** Moves the mouse over the element. */
export async function hover(el: Element, aim?: Aim): Promise<void> {
  await sendMouse({ type: 'move', position: pointIn(el, aim) });
}

/** A left click with the mouse: move, press, release, as a reader's hand does. */
export async function click(el: Element, aim?: Aim): Promise<void> {
  const position = pointIn(el, aim);
  await sendMouse({ type: 'move', position });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'up' });
}

/**
 * A tap with a finger on a touch screen. Waits out the compatibility mouse events that an engine
 * sends after a tap (Chromium moves its mouse to the tap point a moment later), so that they do
 * not land in the next test's hover.
 */
export async function tap(el: Element, aim?: Aim): Promise<void> {
  const [x, y] = pointIn(el, aim);
  await executeServerCommand('send-touch', { x, y });
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/** A finger put on the screen at a point, to be moved and lifted by the next calls. */
export async function touchStart([x, y]: [number, number]): Promise<void> {
  await executeServerCommand('send-touch-step', { type: 'start', x, y });
}

/** The finger put down by `touchStart` moved to a point. */
export async function touchMove([x, y]: [number, number]): Promise<void> {
  await executeServerCommand('send-touch-step', { type: 'move', x, y });
}

/** The finger lifted. */
export async function touchEnd(): Promise<void> {
  await executeServerCommand('send-touch-step', { type: 'end' });
}

/** The mouse wheel turned over a point of the element, by pixels across and down. */
export async function wheel(el: Element, deltaX: number, deltaY: number, aim?: Aim): Promise<void> {
  const [x, y] = pointIn(el, aim);
  await executeServerCommand('send-wheel', { x, y, deltaX, deltaY });
}

/** The mouse moved to a point and its left button pressed there (held until `mouseUp`). */
export async function mouseDown(position: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position });
  await sendMouse({ type: 'down' });
}

/** The mouse moved to a point, its buttons as they are. */
export async function mouseMove(position: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position });
}

/** The left button released where the mouse is. */
export async function mouseUp(): Promise<void> {
  await sendMouse({ type: 'up' });
}

/** Moves the mouse away to the page's top left corner and releases any button. */
export async function leave(): Promise<void> {
  // Firefox's reset releases the buttons but leaves the pointer where it was.
  await sendMouse({ type: 'move', position: [0, 0] });
  await resetMouse();
}

/**
 * Presses one key where the focus is: `Enter`, `Tab`, `ArrowLeft`, … or `Space`, sent as the
 * character, the one spelling that every engine's automation knows.
 */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key === 'Space' ? ' ' : key });
}

/** The element that has focus, through shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
