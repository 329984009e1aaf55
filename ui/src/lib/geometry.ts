// Hit testing over the core's scene, in world coordinates (layout units, the
// grid's top-left corner at 0, 0). Pure functions, so the tools that use them
// are tested without a window.

import type { Id, Scene, SceneCard, SceneColumn, SceneLane } from "./types";

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

/** Height of the drop indicator line for inserting at `index` (same counting). */
export function dropLineY(cell: Cell, cards: SceneCard[], index: number, dragged: ReadonlySet<Id>, gap = 6, pad = 8): number {
  const rest = cards.filter((c) => !dragged.has(c.card));
  if (rest.length === 0) return cell.lane.y + pad / 2;
  if (index <= 0) return rest[0]!.y - gap / 2;
  const above = rest[Math.min(index, rest.length) - 1]!;
  return above.y + above.h + gap / 2;
}

/** Cards whose box meets a rectangle (rubber-band selection). */
export function cardsInRect(scene: Scene, r: Rect): Id[] {
  return scene.cards.filter((c) => intersects(c, r)).map((c) => c.card);
}

export type Edge = { kind: "stage"; id: Id; x: number; width: number } | { kind: "step"; id: Id; x: number; width: number };

/** The column edge a pointer at `x` grabs for resizing, within `tol` layout units. */
export function columnEdgeAt(scene: Scene, x: number, tol: number): Edge | null {
  let best: Edge | null = null;
  let bestD = tol;
  for (const c of scene.columns) {
    const d = Math.abs(c.x + c.width - x);
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

/** An emotion value (-2..+2) for a height within a lane's plot. */
export function emotionValueAt(plot: [number, number], y: number): number {
  const [top, bottom] = plot;
  const v = Math.round(2 - (4 * (y - top)) / (bottom - top));
  return Math.max(-2, Math.min(2, v));
}

/** The height of a value's marker centre within a lane's plot. */
export function emotionY(plot: [number, number], value: number): number {
  const [top, bottom] = plot;
  return top + ((2 - value) / 4) * (bottom - top);
}

/** The emotion point whose marker is under (x, y). */
export function pointAt(scene: Scene, x: number, y: number, radius = 14) {
  return scene.points.find((p) => (p.x - x) ** 2 + (p.y - y) ** 2 <= radius * radius) ?? null;
}
