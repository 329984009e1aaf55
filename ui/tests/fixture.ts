// A small scene as the core would lay it out: 3 stages of 200 units after a
// 176-unit lane column, a 52-unit header row, three lanes (actions,
// emotions, touchpoints) and a few cards.
import type { Scene, SceneCard } from "../src/lib/types";

export function card(id: string, x: number, y: number, h = 40): SceneCard {
  return { card: id, x, y, w: 184, h, rtl: false, sig: id, shapes: [] };
}

export function scene(): Scene {
  const col = (i: number) => ({ stage: `s${i}`, step: null, x: 176 + 200 * i, width: 200 });
  return {
    map: "m",
    width: 776,
    height: 52 + 120 + 160 + 120,
    header_height: 52,
    lane_header_width: 176,
    stage_row_height: 52,
    stages: [0, 1, 2].map((i) => ({ stage: `s${i}`, x: 176 + 200 * i, width: 200 })),
    columns: [0, 1, 2].map(col),
    lanes: [
      { lane: "actions", kind: "actions", y: 52, height: 120, plot: null },
      { lane: "emotions", kind: "emotions", y: 172, height: 160, plot: [200, 300] },
      { lane: "touch", kind: "touchpoints", y: 332, height: 120, plot: null },
    ],
    body: [],
    lines: [],
    lane_headers: [],
    stage_headers: [],
    cards: [card("a1", 184, 60), card("a2", 184, 106), card("b1", 384, 60), card("t1", 584, 340)],
    curves: [],
    points: [{ point: "p0", x: 276, y: 250, shapes: [] }],
  };
}
