// Pointer moves handled once a frame. WebKitGTK delivers every move as its
// own task, between frames; work done there (a tool's hit test, the DOM it
// changes) delays the next frame when a move lands just before it. Keeping
// only the latest move and handling it at the start of the next frame puts
// that work where the frame expects it, and drops moves nobody would see.

/** Schedules a callback before the next frame; returns a handle to cancel it. */
export interface FrameClock {
  request(cb: () => void): number;
  cancel(handle: number): void;
}

/** The browser's frame clock. */
export const animationFrames: FrameClock = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
};

/** Keeps the latest value pushed and hands it to `handle` once a frame. */
export class LatestPerFrame<T> {
  private latest: { value: T } | null = null;
  private handleId: number | null = null;

  constructor(
    private readonly handle: (value: T) => void,
    private readonly clock: FrameClock = animationFrames,
  ) {}

  /** Queue `value`, replacing any value not handled yet. */
  push(value: T): void {
    this.latest = { value };
    if (this.handleId === null) this.handleId = this.clock.request(() => this.run());
  }

  /** Handle the queued value now (before a drop, so it sees the last move). */
  flush(): void {
    if (this.handleId !== null) this.clock.cancel(this.handleId);
    this.run();
  }

  /** Forget the queued value (a cancelled gesture). */
  clear(): void {
    if (this.handleId !== null) this.clock.cancel(this.handleId);
    this.handleId = null;
    this.latest = null;
  }

  private run(): void {
    this.handleId = null;
    const queued = this.latest;
    this.latest = null;
    if (queued) this.handle(queued.value);
  }
}
