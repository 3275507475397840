/** Detail of the `loop-complete` event. */
export interface LoopCompleteDetail {
  /** How many times the loop has gone round since the strip was connected: 1, 2, … */
  count: number;
}

/**
 * `loop-complete`: the scrolling strip's loop has gone once round. Never fired while paused, under
 * reduced motion or in static mode, since the loop does not run then. Bubbles out of shadow roots.
 */
export class LoopCompleteEvent extends CustomEvent<LoopCompleteDetail> {
  static readonly type = 'loop-complete';

  constructor(detail: LoopCompleteDetail) {
    super(LoopCompleteEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'loop-complete': LoopCompleteEvent;
  }
  interface GlobalEventHandlersEventMap {
    'loop-complete': LoopCompleteEvent;
  }
}
