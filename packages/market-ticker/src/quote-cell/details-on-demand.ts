import { isServer } from 'lit';
import type * as Card from './details-card.js';
import type { QuoteDetails } from '../quote.js';
import { addServerWork } from '../server-work.js';

/**
 * The details card loads on first use of `details`, by a cell or a strip: a page without it loads
 * neither the card's template nor its labels and placement. What decides whether a quote has a
 * card, and the card's id, stay here: the strip reads them for every cell.
 */
let card: typeof Card | undefined;
let loading: Promise<typeof Card> | undefined;
const load = () => (loading ??= import('./details-card.js').then((module) => (card = module)));

/** The card's module, or `undefined` until it is here. */
export const detailsCard = (): typeof Card | undefined => card;

/** The card's module loading (the first call starts it), or `undefined` once it is here. */
export const detailsPending = (): Promise<unknown> | undefined => (card ? undefined : load());

// The server cannot wait inside a render: it loads the card at once, and localeReady() waits.
if (isServer) addServerWork(load());

/** The id of the card in its shadow root, named by the cell's `aria-describedby`. */
export const DETAILS_CARD_ID = 'details-card';

export const PRICE_ROWS = ['open', 'high', 'low', 'previousClose'] as const;
export const AMOUNT_ROWS = ['volume', 'marketCap'] as const;

/** Whether checked details hold any of the day's figures, that is, whether the quote has a card. */
export function hasDayFigures(details: QuoteDetails): boolean {
  return PRICE_ROWS.some((field) => details[field] !== undefined) || AMOUNT_ROWS.some((f) => details[f] !== undefined);
}
