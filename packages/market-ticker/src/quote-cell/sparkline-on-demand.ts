import type * as Sparkline from './sparkline.js';
import { onDemand } from '../on-demand.js';

/**
 * The sparkline (its geometry, its words and its template) loads on first use of `sparkline`, by
 * a cell or a strip: a page without lines never downloads it. Until it is here a cell reserves the
 * line's box, empty, so that it does not move when the line arrives.
 */
export const sparklines = onDemand<typeof Sparkline>('the sparkline', () => import('./sparkline.js'));
