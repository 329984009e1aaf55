// Hit testing over the core's scene, in world coordinates (layout units, the
// grid's top-left corner at 0, 0). Pure functions, so the tools that use them
// are tested without a window.

import type { Id, Scene, SceneCard, SceneCell, SceneColumn, SceneLane } from "./types";

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A cell: one lane in one column. */
export interface Cell {
  lane: SceneLane;
  column: SceneColumn;
}

export const normRect = (x0: number, y0: number, x1: number, y1: number): Rect => ({
  x: Math.min(x0, x1),
  y: Math.min(y0, y1),
  w: Math.abs(x1 - x0),
  h: Math.abs(y1 - y0),
});

export const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export const contains = (r: Rect, x: number, y: number) => x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;

export function columnIndexAt(scene: Scene, x: number): number {
  return scene.columns.findIndex((c) => x >= c.x && x < c.x + c.width);
}

export function laneIndexAt(scene: Scene, y: number): number {
  return scene.lanes.findIndex((l) => y >= l.y && y < l.y + l.height);
}

export function cellAt(scene: Scene, x: number, y: number): Cell | null {
  const c = scene.columns[columnIndexAt(scene, x)];
  const l = scene.lanes[laneIndexAt(scene, y)];
  return c && l ? { lane: l, column: c } : null;
}

export function cellRect(cell: Cell): Rect {
  return { x: cell.column.x, y: cell.lane.y, w: cell.column.width, h: cell.lane.height };
}

export function cardAt(scene: Scene, x: number, y: number): SceneCard | null {
  for (let i = scene.cards.length - 1; i >= 0; i--) {
    const c = scene.cards[i]!;
    if (contains(c, x, y)) return c;
  }
  return null;
}

/** Cards drawn inside a cell, top to bottom. */
export function cardsInCell(scene: Scene, cell: Cell): SceneCard[] {
  const r = cellRect(cell);
  return scene.cards.filter((c) => contains(r, c.x + c.w / 2, c.y + c.h / 2)).sort((a, b) => a.y - b.y);
}

/** The cell a card is drawn in. */
export function cellOfCard(scene: Scene, card: SceneCard): Cell | null {
  return cellAt(scene, card.x + card.w / 2, card.y + card.h / 2);
}

/**
 * Where a drop at height `y` lands among a cell's cards, counted without the
 * cards being dragged (as `move_card` counts).
 */
export function dropIndex(cards: SceneCard[], y: number, dragged: ReadonlySet<Id>): number {
  let i = 0;
  for (const c of cards) {
    if (dragged.has(c.card)) continue;
    if (y > c.y + c.h / 2) i++;
  }
  return i;
}

/** The scene's cell of a lane and column (card lanes only). */
export function sceneCell(scene: Scene, cell: Cell): SceneCell | null {
  const { lane } = cell.lane;
  const { stage, step } = cell.column;
  return scene.cells.find((c) => c.lane === lane && c.stage === stage && (c.step ?? null) === (step ?? null)) ?? null;
}

/**
 * Height of the drop marker for inserting at `index`, counted without the
 * dragged cards, from the slots the core laid out for the cell (its cards
 * all in place): the marker before the card that would follow, or after the
 * last card that stays.
 */
export function dropLineY(cell: SceneCell, cards: SceneCard[], index: number, dragged: ReadonlySet<Id>): number {
  const at = (k: number) => cell.slots[Math.min(k, cell.slots.length - 1)]?.line ?? 0;
  const rest = cards.map((c, k) => ({ c, k })).filter(({ c }) => !dragged.has(c.card));
  if (rest.length === 0) return at(0);
  const next = rest[index];
  if (next) return at(next.k);
  return at(rest[rest.length - 1]!.k + 1);
}

/** Cards whose box meets a rectangle (rubber-band selection). */
export function cardsInRect(scene: Scene, r: Rect): Id[] {
  return scene.cards.filter((c) => intersects(c, r)).map((c) => c.card);
}

export type Edge = { kind: "stage"; id: Id; x: number; width: number } | { kind: "step"; id: Id; x: number; width: number };

/**
 * The column edge a pointer at `x` grabs for resizing, within `tol` layout
 * units: a column's end edge, its right one, or its left one on a
 * right-to-left map.
 */
export function columnEdgeAt(scene: Scene, x: number, tol: number): Edge | null {
  let best: Edge | null = null;
  let bestD = tol;
  for (const c of scene.columns) {
    const d = Math.abs((scene.rtl ? c.x : c.x + c.width) - x);
    if (d <= bestD) {
      bestD = d;
      best = c.step ? { kind: "step", id: c.step, x: c.x, width: c.width } : { kind: "stage", id: c.stage, x: c.x, width: c.width };
    }
  }
  return best;
}

/** The lane whose bottom edge a pointer at `y` grabs for resizing. */
export function laneEdgeAt(scene: Scene, y: number, tol: number): SceneLane | null {
  let best: SceneLane | null = null;
  let bestD = tol;
  for (const l of scene.lanes) {
    const d = Math.abs(l.y + l.height - y);
    if (d <= bestD) {
      bestD = d;
      best = l;
    }
  }
  return best;
}

/** The stage header under `x` (header row coordinates). */
export function stageAt(scene: Scene, x: number) {
  return scene.stages.find((s) => x >= s.x && x < s.x + s.width) ?? null;
}

/** Insertion index among `items` (by their midpoints) for a drop at `pos`, counted without `moving`. */
export function insertionIndex(items: { pos: number; size: number; id: Id }[], pos: number, moving: Id): number {
  let i = 0;
  for (const it of items) {
    if (it.id === moving) continue;
    if (pos > it.pos + it.size / 2) i++;
  }
  return i;
}

/**
 * The emotion value for a height within a lane's plot: `plot` is the y of
 * the scale's top and bottom markers, `scale` the core's [min, max].
 */
export function emotionValueAt(plot: readonly [number, number], scale: readonly [number, number], y: number): number {
  const [top, bottom] = plot;
  const [min, max] = scale;
  const v = Math.round(max - ((max - min) * (y - top)) / (bottom - top));
  return Math.max(min, Math.min(max, v));
}

/** The height of a value's marker centre within a lane's plot. */
export function emotionY(plot: readonly [number, number], scale: readonly [number, number], value: number): number {
  const [top, bottom] = plot;
  const [min, max] = scale;
  return top + ((max - value) / (max - min)) * (bottom - top);
}

/** The emotion point whose marker is under (x, y). */
export function pointAt(scene: Scene, x: number, y: number, radius = 14) {
  return scene.points.find((p) => (p.x - x) ** 2 + (p.y - y) ** 2 <= radius * radius) ?? null;
}
