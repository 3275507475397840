import type * as Card from './details-card.js';
import type { QuoteDetails } from '../quote.js';
import { onDemand } from '../on-demand.js';

/**
 * The details card loads on first use of `details`, by a cell or a strip: a page without it loads
 * neither the card's template nor its labels and placement. What decides whether a quote has a
 * card, and the card's id, stay here: the strip reads them for every cell.
 */
export const detailsCard = onDemand<typeof Card>('the details card', () => import('./details-card.js'));

/** The id of the card in its shadow root, named by the cell's `aria-describedby`. */
export const DETAILS_CARD_ID = 'details-card';

export const PRICE_ROWS = ['open', 'high', 'low', 'previousClose'] as const;
export const AMOUNT_ROWS = ['volume', 'marketCap'] as const;

/** Whether checked details hold any of the day's figures, that is, whether the quote has a card. */
export function hasDayFigures(details: QuoteDetails): boolean {
  return PRICE_ROWS.some((field) => details[field] !== undefined) || AMOUNT_ROWS.some((f) => details[f] !== undefined);
}
