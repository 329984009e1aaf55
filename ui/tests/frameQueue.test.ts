import { describe, expect, it } from "vitest";
import { LatestPerFrame, type FrameClock } from "../src/lib/frameQueue";

/** A frame clock the test advances by hand. */
class ManualClock implements FrameClock {
  private next = 1;
  private pending = new Map<number, () => void>();
  request(cb: () => void): number {
    const h = this.next++;
    this.pending.set(h, cb);
    return h;
  }
  cancel(h: number): void {
    this.pending.delete(h);
  }
  get waiting(): number {
    return this.pending.size;
  }
  frame(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const cb of due) cb();
  }
}

describe("pointer moves handled once a frame", () => {
  it("hands only the latest of several moves to the frame", () => {
    const clock = new ManualClock();
    const seen: number[] = [];
    const q = new LatestPerFrame<number>((v) => seen.push(v), clock);
    q.push(1);
    q.push(2);
    q.push(3);
    expect(seen).toEqual([]);
    expect(clock.waiting).toBe(1);
    clock.frame();
    expect(seen).toEqual([3]);
  });

  it("asks for a new frame after one has run", () => {
    const clock = new ManualClock();
    const seen: number[] = [];
    const q = new LatestPerFrame<number>((v) => seen.push(v), clock);
    q.push(1);
    clock.frame();
    q.push(2);
    clock.frame();
    clock.frame();
    expect(seen).toEqual([1, 2]);
  });

  it("flush handles the queued move at once and the frame then does nothing", () => {
    const clock = new ManualClock();
    const seen: number[] = [];
    const q = new LatestPerFrame<number>((v) => seen.push(v), clock);
    q.push(7);
    q.flush();
    expect(seen).toEqual([7]);
    expect(clock.waiting).toBe(0);
    q.flush();
    clock.frame();
    expect(seen).toEqual([7]);
  });

  it("clear drops a queued move so a cancelled drag sees no late move", () => {
    const clock = new ManualClock();
    const seen: number[] = [];
    const q = new LatestPerFrame<number>((v) => seen.push(v), clock);
    q.push(5);
    q.clear();
    clock.frame();
    q.flush();
    expect(seen).toEqual([]);
  });

  it("a move pushed while one is being handled waits for the next frame", () => {
    const clock = new ManualClock();
    const seen: number[] = [];
    const q: LatestPerFrame<number> = new LatestPerFrame<number>((v) => {
      seen.push(v);
      if (v === 1) q.push(2);
    }, clock);
    q.push(1);
    clock.frame();
    expect(seen).toEqual([1]);
    clock.frame();
    expect(seen).toEqual([1, 2]);
  });
});
