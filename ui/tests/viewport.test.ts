import { describe, expect, it } from "vitest";
import { clampPan, fit, MAX_ZOOM, MIN_ZOOM, regionAt, toScreen, toWorld, zoomAt } from "../src/lib/viewport";
import { scene } from "./fixture";

describe("viewport", () => {
  it("zooms around the pointer: the point under it stays put", () => {
    const vp = { x: 30, y: 40, zoom: 1 };
    const before = toWorld(vp, 300, 200);
    const after = zoomAt(vp, 2, 300, 200);
    expect(after.zoom).toBe(2);
    const w = toWorld(after, 300, 200);
    expect(w.x).toBeCloseTo(before.x);
    expect(w.y).toBeCloseTo(before.y);
  });

  it("keeps zoom between 25% and 400%", () => {
    expect(zoomAt({ x: 0, y: 0, zoom: 1 }, 100, 0, 0).zoom).toBe(MAX_ZOOM);
    expect(zoomAt({ x: 0, y: 0, zoom: 1 }, 0.001, 0, 0).zoom).toBe(MIN_ZOOM);
  });

  it("fits a large grid into the view and never enlarges a small one", () => {
    const v = fit(3000, 1000, 1000, 800);
    expect(v.zoom).toBeCloseTo((1000 - 48) / 3000);
    expect(fit(300, 200, 1000, 800).zoom).toBe(1);
  });

  it("never lets the map leave the view entirely", () => {
    const v = clampPan({ x: -99999, y: 99999, zoom: 1 }, 800, 600, 1000, 700);
    expect(v.x).toBe(120 - 800);
    expect(v.y).toBe(700 - 120);
  });

  it("keeps the header row and lane column under the pointer while panned away", () => {
    const s = scene();
    // Panned so the grid's top-left is far above and left of the view.
    const vp = { x: -300, y: -200, zoom: 1 };
    expect(regionAt(vp, s, 10, 10).region).toBe("corner");
    const stages = regionAt(vp, s, 400, 20);
    expect(stages.region).toBe("stages");
    expect(stages.x).toBeCloseTo(700);
    expect(stages.y).toBeCloseTo(20);
    const lanes = regionAt(vp, s, 50, 200);
    expect(lanes.region).toBe("lanes");
    expect(lanes.y).toBeCloseTo(400);
    expect(regionAt(vp, s, 400, 200)).toMatchObject({ region: "cells", x: 700, y: 400 });
    expect(toScreen(vp, 700, 400)).toEqual({ x: 400, y: 200 });
  });
});
