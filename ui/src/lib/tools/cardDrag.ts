// Cards: a press selects (Shift or Ctrl adds or removes), dragging moves the
// selected cards: they follow the pointer, a line shows where they will land,
// and the drop becomes move_card commands in one batch.

import { cardAt, cardsInCell, cellAt, cellRect, dropIndex, dropLineY, sceneCell, type Cell } from "../geometry";
import { isNoOp, oneStep, planMoves } from "../moves";
import { selectedCards, toggle, type Selection } from "../selection";
import type { Id, SceneCard } from "../types";
import { Tool, type OverlayItem, type Pointer, type ToolContext, type ToolKind, type ToolResult } from "./tool";

export interface CardDragPreview {
  dx: number;
  dy: number;
  target: { cell: Cell; index: number; lineY: number } | null;
}

export class CardDragTool extends Tool<CardDragPreview> {
  private readonly dragged: Set<Id>;

  /** `ids` are the cards to move, in reading order. */
  constructor(
    ctx: ToolContext,
    start: Pointer,
    private readonly ids: Id[],
  ) {
    super(ctx, start);
    this.dragged = new Set(ids);
  }

  protected drag(p: Pointer): CardDragPreview {
    const s = this.ctx.scene;
    const cell = cellAt(s, p.x, p.y);
    const dx = p.x - this.start.x;
    const dy = p.y - this.start.y;
    const slots = cell && sceneCell(s, cell);
    if (!cell || !slots) return { dx, dy, target: null };
    const cards = cardsInCell(s, cell);
    const index = dropIndex(cards, p.y, this.dragged);
    return { dx, dy, target: { cell, index, lineY: dropLineY(slots, cards, index, this.dragged) } };
  }

  protected drop(): ToolResult {
    const t = this.preview?.target;
    if (!t) return {};
    const now = this.ctx.records.cardsIn(t.cell.lane.lane, t.cell.column.stage, t.cell.column.step).map((c) => c.id);
    if (isNoOp(now, this.ids, t.index)) return {};
    const target = { lane: t.cell.lane.lane, stage: t.cell.column.stage, step: t.cell.column.step };
    return { command: oneStep(planMoves(now, this.ids, target, t.index), "history-move-cards", { count: this.ids.length }) };
  }

  override overlay(): OverlayItem[] {
    const d = this.preview;
    if (!d || this.phase !== "dragging") return [];
    const out: OverlayItem[] = [];
    if (d.target) {
      const r = cellRect(d.target.cell);
      const c = d.target.cell.column;
      out.push({ t: "rect", layer: "cells", cls: "drop-cell", ...r });
      out.push({ t: "line", layer: "cells", cls: "drop-line", x1: c.x + 6, x2: c.x + c.width - 6, y1: d.target.lineY, y2: d.target.lineY });
    }
    const cards: SceneCard[] = this.ctx.scene.cards.filter((c) => this.dragged.has(c.card));
    out.push({ t: "ghost", layer: "cells", dx: d.dx, dy: d.dy, cards });
    return out;
  }

  override lifted(): ReadonlySet<Id> {
    return this.phase === "dragging" ? this.dragged : new Set();
  }

  override cursor(): string {
    return "grabbing";
  }
}

/** The selected cards in the order the scene draws them (reading order). */
export function inReadingOrder(ctx: ToolContext, ids: Id[]): Id[] {
  const set = new Set(ids);
  return ctx.scene.cards.filter((c) => set.has(c.card)).map((c) => c.card);
}

export const cardDrag: ToolKind = {
  name: "card-drag",
  edits: false,
  press(ctx, p) {
    if (p.region !== "cells") return null;
    const cell = cellAt(ctx.scene, p.x, p.y);
    if (!cell || cell.lane.kind === "emotions") return null;
    const card = cardAt(ctx.scene, p.x, p.y);
    if (!card) return null;
    const sel = ctx.selection;
    let next: Selection;
    if (p.shift || p.mod) next = toggle(sel, card.card);
    else if (selectedCards(sel).includes(card.card)) next = sel;
    else next = { kind: "cards", ids: [card.card] };
    ctx.select(next);
    const ids = inReadingOrder(ctx, selectedCards(next));
    if (ctx.readOnly || !ids.includes(card.card)) return true;
    return new CardDragTool(ctx, p, ids);
  },
  hover(ctx, p) {
    if (p.region !== "cells" || !cardAt(ctx.scene, p.x, p.y)) return null;
    return ctx.readOnly ? "pointer" : "move";
  },
};
