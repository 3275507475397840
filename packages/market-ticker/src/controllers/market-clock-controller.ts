/**
 * One minute timer for the whole page, shared by every element that shows market states: a
 * market changes state on the minute, so each subscribed host re-renders then, and a strip of
 * 2,000 cells or a page of 50 `<quote-cell market-state>` still sets one timer.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ClockController, type ClockScheduler } from './clock-controller.js';

const MINUTE = 60_000;
const hosts = new Set<ReactiveControllerHost>();
let timer: unknown;
let armedWith: ClockScheduler | undefined;

function arm(): void {
  if (timer !== undefined || hosts.size === 0) return;
  // Read afresh: tests swap ClockController.defaultScheduler for a fake clock.
  armedWith = ClockController.defaultScheduler;
  timer = armedWith.setTimeout(tick, MINUTE - (armedWith.now() % MINUTE));
}

function tick(): void {
  timer = undefined;
  for (const host of hosts) host.requestUpdate();
  arm();
}

function disarm(): void {
  if (timer === undefined || hosts.size > 0) return;
  armedWith?.clearTimeout(timer);
  timer = undefined;
}

export class MarketClockController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private wanted = false;
  private connected = false;
  private pinnedAt?: number;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** The time to show states at. */
  now(): number {
    return this.pinnedAt ?? ClockController.defaultScheduler.now();
  }

  /** Fixes the time (an element's `now` attribute: stories, tests, screenshots); no timer then. */
  pin(at: Date | undefined): void {
    this.pinnedAt = at?.getTime();
    this.sync();
  }

  /** Ticks only while the host shows states: call from willUpdate with the attribute's value. */
  set enabled(on: boolean) {
    this.wanted = on;
    this.sync();
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.sync();
  }

  private sync(): void {
    if (isServer) return;
    if (this.wanted && this.connected && this.pinnedAt === undefined) {
      hosts.add(this.host);
      arm();
    } else {
      hosts.delete(this.host);
      disarm();
    }
  }
}
