// What is selected, and how the keyboard moves the selection: arrows between
// cards and cells, Tab through cards in reading order. Selection is session
// state of the page, never an undo step.

import type { Id } from "./types";

export type Selection =
  | { kind: "none" }
  | { kind: "cards"; ids: Id[] }
  | { kind: "cell"; lane: Id; stage: Id; step: Id | null }
  | { kind: "stage"; id: Id }
  | { kind: "step"; id: Id }
  | { kind: "lane"; id: Id };

export const NONE: Selection = { kind: "none" };

/** The map as the keyboard sees it: columns, lanes and the cards of each cell. */
export interface GridIndex {
  columns: { stage: Id; step: Id | null }[];
  lanes: { id: Id; emotions: boolean }[];
  /** cards[lane][column]: card ids in cell order. */
  cards: Id[][][];
}

export interface Position {
  lane: number;
  column: number;
  /** Index in the cell, or -1 for the cell itself. */
  card: number;
}

export function positionOf(g: GridIndex, sel: Selection): Position | null {
  if (sel.kind === "cards") {
    const id = sel.ids[sel.ids.length - 1];
    for (let l = 0; l < g.cards.length; l++)
      for (let c = 0; c < (g.cards[l]?.length ?? 0); c++) {
        const i = g.cards[l]![c]!.indexOf(id!);
        if (i >= 0) return { lane: l, column: c, card: i };
      }
    return null;
  }
  if (sel.kind === "cell") {
    const lane = g.lanes.findIndex((l) => l.id === sel.lane);
    const column = g.columns.findIndex((c) => c.stage === sel.stage && (c.step ?? null) === (sel.step ?? null));
    return lane >= 0 && column >= 0 ? { lane, column, card: -1 } : null;
  }
  return null;
}

export function selectionAt(g: GridIndex, p: Position): Selection {
  const cell = g.cards[p.lane]?.[p.column] ?? [];
  const col = g.columns[p.column]!;
  if (p.card >= 0 && p.card < cell.length) return { kind: "cards", ids: [cell[p.card]!] };
  return { kind: "cell", lane: g.lanes[p.lane]!.id, stage: col.stage, step: col.step };
}

export type NavKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Tab" | "ShiftTab" | "Home" | "End";

/**
 * Where a key moves the selection. Up and down walk the cards of a cell and
 * then on to the lane above or below; left and right keep the place in the
 * cell across columns; Tab walks every card and empty cell in reading order.
 * Returns null at the edge (the caller lets Tab leave the canvas there).
 */
export function move(g: GridIndex, sel: Selection, key: NavKey): Selection | null {
  const lanes = g.lanes.length;
  const cols = g.columns.length;
  if (lanes === 0 || cols === 0) return null;
  if (sel.kind === "stage" || sel.kind === "step" || sel.kind === "lane") return fromHeader(g, sel, key);
  const p = positionOf(g, sel);
  if (!p) {
    return key === "ShiftTab" || key === "End"
      ? selectionAt(g, last(g))
      : selectionAt(g, { lane: 0, column: 0, card: (g.cards[0]?.[0]?.length ?? 0) > 0 ? 0 : -1 });
  }
  const count = (l: number, c: number) => g.cards[l]?.[c]?.length ?? 0;
  switch (key) {
    case "ArrowDown": {
      if (p.card >= 0 && p.card + 1 < count(p.lane, p.column)) return selectionAt(g, { ...p, card: p.card + 1 });
      if (p.lane + 1 >= lanes) return null;
      const l = p.lane + 1;
      return selectionAt(g, { lane: l, column: p.column, card: count(l, p.column) > 0 ? 0 : -1 });
    }
    case "ArrowUp": {
      if (p.card > 0) return selectionAt(g, { ...p, card: p.card - 1 });
      if (p.lane === 0) return headerOf(g, p.column);
      const l = p.lane - 1;
      const n = count(l, p.column);
      return selectionAt(g, { lane: l, column: p.column, card: n > 0 ? n - 1 : -1 });
    }
    case "ArrowLeft":
    case "ArrowRight": {
      const c = p.column + (key === "ArrowRight" ? 1 : -1);
      if (c < 0) return { kind: "lane", id: g.lanes[p.lane]!.id };
      if (c >= cols) return null;
      const n = count(p.lane, c);
      return selectionAt(g, { lane: p.lane, column: c, card: n === 0 ? -1 : Math.min(Math.max(p.card, 0), n - 1) });
    }
    case "Home":
      return selectionAt(g, { lane: 0, column: 0, card: count(0, 0) > 0 ? 0 : -1 });
    case "End":
      return selectionAt(g, last(g));
    case "Tab":
    case "ShiftTab": {
      const order = readingOrder(g);
      const i = order.findIndex((q) => q.lane === p.lane && q.column === p.column && q.card === p.card);
      const j = i + (key === "Tab" ? 1 : -1);
      if (j < 0 || j >= order.length) return null;
      return selectionAt(g, order[j]!);
    }
  }
}

/** The header above a column: its step when the stage is split, else its stage. */
function headerOf(g: GridIndex, column: number): Selection {
  const c = g.columns[column]!;
  return c.step ? { kind: "step", id: c.step } : { kind: "stage", id: c.stage };
}

/** The first cell (or card) of a lane and column. */
function cellStart(g: GridIndex, lane: number, column: number): Selection {
  return selectionAt(g, { lane, column, card: (g.cards[lane]?.[column]?.length ?? 0) > 0 ? 0 : -1 });
}

/** Arrows from a stage, step or lane header. */
function fromHeader(g: GridIndex, sel: Selection & { id: Id }, key: NavKey): Selection | null {
  if (sel.kind === "lane") {
    const l = g.lanes.findIndex((x) => x.id === sel.id);
    if (l < 0) return null;
    if (key === "ArrowRight" || key === "Tab") return cellStart(g, l, 0);
    if (key === "ArrowUp" && l > 0) return { kind: "lane", id: g.lanes[l - 1]!.id };
    if (key === "ArrowDown" && l + 1 < g.lanes.length) return { kind: "lane", id: g.lanes[l + 1]!.id };
    return null;
  }
  const cols = g.columns
    .map((c, i) => ({ ...c, i }))
    .filter((c) => (sel.kind === "stage" ? c.stage === sel.id : c.step === sel.id));
  const first = cols[0];
  const lastCol = cols[cols.length - 1];
  if (!first || !lastCol) return null;
  switch (key) {
    case "ArrowDown":
    case "Tab":
      if (sel.kind === "stage" && first.step) return { kind: "step", id: first.step };
      return cellStart(g, 0, first.i);
    case "ArrowUp":
      return sel.kind === "step" ? { kind: "stage", id: first.stage } : null;
    case "ArrowLeft":
    case "ArrowRight": {
      const c = key === "ArrowLeft" ? first.i - 1 : lastCol.i + 1;
      if (c < 0 || c >= g.columns.length) return null;
      const next = g.columns[c]!;
      return sel.kind === "step" && next.step ? { kind: "step", id: next.step } : { kind: "stage", id: next.stage };
    }
    default:
      return null;
  }
}

/** Every card, and every empty cell, lane by lane, column by column. */
export function readingOrder(g: GridIndex): Position[] {
  const out: Position[] = [];
  for (let l = 0; l < g.lanes.length; l++)
    for (let c = 0; c < g.columns.length; c++) {
      const n = g.cards[l]?.[c]?.length ?? 0;
      if (n === 0) out.push({ lane: l, column: c, card: -1 });
      for (let i = 0; i < n; i++) out.push({ lane: l, column: c, card: i });
    }
  return out;
}

function last(g: GridIndex): Position {
  const order = readingOrder(g);
  return order[order.length - 1] ?? { lane: 0, column: 0, card: -1 };
}

/** Add or remove a card from a card selection (shift-click). */
export function toggle(sel: Selection, id: Id): Selection {
  if (sel.kind !== "cards") return { kind: "cards", ids: [id] };
  const ids = sel.ids.includes(id) ? sel.ids.filter((x) => x !== id) : [...sel.ids, id];
  return ids.length ? { kind: "cards", ids } : NONE;
}

export const selectedCards = (sel: Selection): Id[] => (sel.kind === "cards" ? sel.ids : []);
