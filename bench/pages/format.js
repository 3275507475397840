// Figures as the reference page shows them, for the two peer pages (market-ticker has its own):
// grouped thousands, the instrument's precision, the sign from the direction of the move.
const formats = new Map();

function numberFormat(precision) {
  let format = formats.get(precision);
  if (!format) {
    format = new Intl.NumberFormat('en', { minimumFractionDigits: precision, maximumFractionDigits: precision });
    formats.set(precision, format);
  }
  return format;
}

const EM_DASH = '\u2014';
const finite = (n) => typeof n === 'number' && Number.isFinite(n);

export function price(n, precision = 2) {
  return finite(n) ? numberFormat(precision).format(n) : EM_DASH;
}

export function signed(n, precision = 2) {
  if (!finite(n)) return EM_DASH;
  const digits = numberFormat(precision).format(Math.abs(n));
  return n > 0 ? `+${digits}` : n < 0 ? `-${digits}` : digits;
}

export function percent(n) {
  return finite(n) ? `${signed(n, 2)}%` : EM_DASH;
}

export function trend(q) {
  const c = q.change;
  return !finite(c) ? 'none' : c > 0 ? 'up' : c < 0 ? 'down' : 'flat';
}

export const ARROWS = { up: '\u25B2', down: '\u25BC', flat: '', none: '' };
