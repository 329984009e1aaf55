// A small project as the core would lay it out: one map of 3 stages of 200
// units after a 176-unit lane column, a 52-unit header row, three lanes
// (actions, emotions, touchpoints), four cards and an emotion point; its
// records and its scene agree.
import { Editor } from "../src/lib/editor.svelte";
import type { FrameClock } from "../src/lib/frameQueue";
import type { ScreenInput } from "../src/lib/tools/manager.svelte";
import type { CardRec, LaneKind, Rec, Scene, SceneCard, SceneCell, Snapshot } from "../src/lib/types";
import { FakeBackend } from "./fakeBackend";

export function card(id: string, x: number, y: number, h = 40): SceneCard {
  return { card: id, x, y, w: 184, h, rtl: false, sig: id, shapes: [] };
}

const GAP = 6;
const PAD = 8;

/** Slots of a cell as the core makes them: a marker between cards, the new card's top. */
function cell(lane: string, laneY: number, stage: string, x: number, cards: SceneCard[]): SceneCell {
  const slots = [];
  for (let i = 0; i <= cards.length; i++) {
    const prev = cards[i - 1];
    const next = cards[i];
    if (!prev && !next) slots.push({ line: laneY + PAD / 2, top: laneY + PAD });
    else if (!prev) slots.push({ line: next!.y - GAP / 2, top: next!.y });
    else slots.push({ line: prev.y + prev.h + GAP / 2, top: prev.y + prev.h + GAP });
  }
  return { lane, stage, step: null, x: x + PAD, w: 184, slots };
}

export function scene(): Scene {
  const col = (i: number) => ({ stage: `s${i}`, step: null, x: 176 + 200 * i, width: 200 });
  const cards = [card("a1", 184, 60), card("a2", 184, 106), card("b1", 384, 60), card("t1", 584, 340)];
  const lanes: { lane: string; kind: LaneKind; y: number; height: number; plot: [number, number] | null }[] = [
    { lane: "actions", kind: "actions", y: 52, height: 120, plot: null },
    { lane: "emotions", kind: "emotions", y: 172, height: 160, plot: [200, 300] },
    { lane: "touch", kind: "touchpoints", y: 332, height: 120, plot: null },
  ];
  const cells: SceneCell[] = [];
  for (const l of lanes) {
    if (l.kind === "emotions") continue;
    for (let i = 0; i < 3; i++) {
      const c = col(i);
      const inside = cards.filter((k) => k.x >= c.x && k.x < c.x + c.width && k.y >= l.y && k.y < l.y + l.height);
      cells.push(cell(l.lane, l.y, c.stage, c.x, inside));
    }
  }
  return {
    map: "m",
    width: 776,
    height: 52 + 120 + 160 + 120,
    header_height: 52,
    lane_header_width: 176,
    lane_header_x: 0,
    rtl: false,
    stage_row_height: 52,
    emotion_scale: [-2, 2],
    limits: { column: [60, 2000], lane: [40, 2000] },
    review: { state: "never" },
    stages: [0, 1, 2].map((i) => ({ stage: `s${i}`, x: 176 + 200 * i, width: 200 })),
    columns: [0, 1, 2].map(col),
    lanes,
    cells,
    body: [],
    lines: [],
    lane_headers: [],
    stage_headers: [],
    cards,
    curves: [],
    points: [{ point: "p0", x: 276, y: 250, shapes: [] }],
  };
}

/** A card record of map "m" with its text equal to its id. */
export function cardRec(id: string, lane: string, stage: string, key: string, extra: Partial<CardRec> = {}): CardRec {
  return {
    type: "card",
    id,
    map: "m",
    stage,
    step: null,
    lane,
    key,
    text: id,
    color: null,
    channel: null,
    severity: null,
    impact: null,
    effort: null,
    metric: null,
    owner: "",
    image: null,
    alt: "",
    ...extra,
  };
}

/** The records of the fixture project (map "m", and a second map "n" with one lane and stage). */
export function records(): Rec[] {
  const out: Rec[] = [
    { type: "project", id: "p", title: "Fixture", description: "", language: "en" },
    { type: "map", id: "m", title: "Shop", scenario: "", business_goal: "", kind: "current_state", personas: [], last_reviewed: null, derived_from: null, language: "", flow: "auto", key: "V" },
    { type: "map", id: "n", title: "Other", scenario: "", business_goal: "", kind: "future_state", personas: [], last_reviewed: null, derived_from: null, language: "", flow: "auto", key: "W" },
    { type: "lane", id: "n-lane", map: "n", kind: "actions", name: "Actions", key: "V", height: 120, color: null },
    { type: "stage", id: "n-stage", map: "n", name: "Only", description: "", key: "V", width: 200, color: null },
  ];
  [0, 1, 2].forEach((i) => out.push({ type: "stage", id: `s${i}`, map: "m", name: `Stage ${i}`, description: "", key: "VWX"[i]!, width: 200, color: null }));
  out.push({ type: "lane", id: "actions", map: "m", kind: "actions", name: "Actions", key: "V", height: 120, color: null });
  out.push({ type: "lane", id: "emotions", map: "m", kind: "emotions", name: "Emotions", key: "W", height: 160, color: null });
  out.push({ type: "lane", id: "touch", map: "m", kind: "touchpoints", name: "Touchpoints", key: "X", height: 120, color: null });
  out.push(cardRec("a1", "actions", "s0", "V"), cardRec("a2", "actions", "s0", "W"), cardRec("b1", "actions", "s1", "V"));
  out.push(cardRec("t1", "touch", "s2", "V", { channel: "email" }));
  out.push({ type: "emotion", id: "p0", map: "m", lane: "emotions", stage: "s0", step: null, value: 0, critical: false, note: "" });
  return out;
}

/**
 * The same map flowing right to left, as the core lays it out: every box
 * mirrored across the grid, the lane column at the right (x 600-776), the
 * first stage at 400-600 and the third at 0-200.
 */
export function rtlScene(): Scene {
  const s = scene();
  const W = s.width;
  const mx = <T extends { x: number }>(o: T, w: number): T => ({ ...o, x: W - o.x - w });
  return {
    ...s,
    rtl: true,
    lane_header_x: W - s.lane_header_width,
    stages: s.stages.map((x) => mx(x, x.width)),
    columns: s.columns.map((x) => mx(x, x.width)),
    cards: s.cards.map((c) => mx(c, c.w)),
    cells: s.cells.map((c) => mx(c, c.w)),
    points: s.points.map((p) => ({ ...p, x: W - p.x })),
  };
}

/** A scene of map "n". */
export function otherScene(): Scene {
  const s = scene();
  return { ...s, map: "n", cards: [], points: [], cells: [], lanes: [s.lanes[0]!], columns: [s.columns[0]!], stages: [s.stages[0]!] };
}

/** Let queued calls to the backend run. */
export const settle = () => new Promise((r) => setTimeout(r, 0));

/** A pointer event at a screen point. */
export const at = (sx: number, sy: number, more: Partial<ScreenInput> = {}): ScreenInput => ({ sx, sy, shift: false, mod: false, button: 0, ...more });

/** Press, move through the points, release at the last one. */
export async function drag(editor: Editor, ...points: [number, number][]) {
  const [first, ...rest] = points;
  editor.tools.down(at(...first!));
  for (const p of rest) editor.tools.move(at(...p));
  await editor.tools.up(at(...points[points.length - 1]!));
}

/** Pointer moves handled at once (no frames in tests). */
export const now: FrameClock = { request: (cb) => (cb(), 0), cancel: () => undefined };

/** An editor with the fixture project open on map "m" (flowing right to left with `rtl`), over a fake backend. */
export async function openEditor(opts: { rtl?: boolean } = {}): Promise<{ editor: Editor; backend: FakeBackend }> {
  const backend = new FakeBackend({ m: opts.rtl ? rtlScene() : scene(), n: otherScene() });
  const editor = new Editor(backend, now);
  const snap: Snapshot = { path: "/tmp/fixture.waymark", file_name: "fixture.waymark", records: records(), history: { undo: null, redo: null } };
  editor.viewSize = { w: 1000, h: 700 };
  await editor.load(snap);
  editor.viewport = { x: 0, y: 0, zoom: 1 };
  return { editor, backend };
}
