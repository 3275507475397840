/** The session tables' row shape and runner, shared by sessions.test.ts and sessions-world.test.ts. */
import { expect } from '@open-wc/testing';
import { marketState, type MarketState, type TransitionKind } from '../packages/market-ticker/src/sessions.js';

/**
 * [market, instant (UTC), expected state, next transition kind, next transition (UTC),
 *  next start of continuous trading (UTC), what the row checks (exchange-local times)].
 */
export type Row = [string, string, MarketState, TransitionKind, string, string, string];

export const iso = (date: Date | undefined) => date?.toISOString().replace('.000Z', 'Z');

/** One test per row: the state at the instant, and the next transition and open, exactly. */
export function checkRows(table: readonly Row[], { nextState = false } = {}): void {
  for (const [mic, at, state, kind, nextAt, nextOpen, label] of table) {
    it(`${mic} ${at} (${label}): ${state}, ${kind} at ${nextAt}`, () => {
      const snapshot = marketState(mic, new Date(at));
      expect(snapshot.state).to.equal(state);
      expect(snapshot.next?.kind).to.equal(kind);
      expect(iso(snapshot.next?.at)).to.equal(nextAt);
      if (nextState) expect(snapshot.next?.state).to.equal(kind === 'close' ? 'closed' : kind);
      expect(iso(snapshot.nextOpen)).to.equal(nextOpen);
    });
  }
}
