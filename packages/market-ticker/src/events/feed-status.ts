import type { FeedStatus } from '../feeds/types.js';

/** Detail of the `feed-status` event. */
export interface FeedStatusDetail {
  status: FeedStatus;
  /** Why, with `error` (and only then). */
  error?: string;
}

/** `feed-status`: the feed of a `<market-ticker>` or `<article-card>` changed state. */
export class FeedStatusEvent extends CustomEvent<FeedStatusDetail> {
  static readonly type = 'feed-status';

  constructor(detail: FeedStatusDetail) {
    super(FeedStatusEvent.type, { bubbles: true, composed: true, detail });
  }
}

// On elements, and on the document and window that it bubbles to.
declare global {
  interface HTMLElementEventMap {
    'feed-status': FeedStatusEvent;
  }
  interface GlobalEventHandlersEventMap {
    'feed-status': FeedStatusEvent;
  }
}
