import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the speed takes to ease from one rate to the next, and in how many steps. */
const EASE_MS = 400;
const STEPS = 8;

/**
 * Eases an animation's playback rate to a target, as a hand slows a turning wheel: a few steps of
 * `updatePlaybackRate`, which keeps the animation's place (no restart, no jump), over less than
 * half a second. Script runs only during the ease, on a timer, never per frame.
 */
export class PlaybackRateController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private rate = 1;

  constructor(
    host: ReactiveControllerHost,
    private readonly animation: () => Animation | undefined,
  ) {
    host.addController(this);
  }

  /** Eases from the rate now to `target` (1 is the strip's own speed). */
  easeTo(target: number): void {
    clearTimeout(this.timer);
    const from = this.rate;
    let step = 0;
    const next = () => {
      step++;
      // Ease out: most of the change early, the last steps small.
      const t = 1 - (1 - step / STEPS) ** 2;
      this.apply(step >= STEPS ? target : from + (target - from) * t);
      if (step < STEPS) this.timer = setTimeout(next, EASE_MS / STEPS);
    };
    next();
  }

  /** Back to the strip's own speed at once (a new animation, or the host leaving the page). */
  reset(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.apply(1);
  }

  hostDisconnected(): void {
    this.reset();
  }

  private apply(rate: number): void {
    this.rate = rate;
    const animation = this.animation();
    if (animation && animation.playbackRate !== rate) animation.updatePlaybackRate(rate);
  }
}
