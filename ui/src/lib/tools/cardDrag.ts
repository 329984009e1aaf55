// Dragging cards: the cards follow the pointer, a line shows where they will
// land, and the drop becomes move_card commands in one batch.

import { cardsInCell, cellAt, dropIndex, dropLineY, type Cell } from "../geometry";
import { isNoOp, oneStep, planMoves } from "../moves";
import type { Id, Scene } from "../types";
import { Tool, type Pointer, type ToolResult } from "./tool";

export interface CardDragPreview {
  dx: number;
  dy: number;
  target: { cell: Cell; index: number; lineY: number } | null;
}

export class CardDragTool extends Tool<CardDragPreview> {
  private readonly dragged: Set<Id>;

  /**
   * `ids` are the cards to move in reading order; `cellIds` gives a cell's
   * cards (from the records) as they are now.
   */
  constructor(
    start: Pointer,
    private readonly scene: Scene,
    private readonly ids: Id[],
    private readonly cellIds: (cell: Cell) => Id[],
  ) {
    super(start);
    this.dragged = new Set(ids);
  }

  protected drag(p: Pointer): CardDragPreview {
    const cell = cellAt(this.scene, p.x, p.y);
    const dx = p.x - this.start.x;
    const dy = p.y - this.start.y;
    if (!cell || cell.lane.kind === "emotions") return { dx, dy, target: null };
    const cards = cardsInCell(this.scene, cell);
    const index = dropIndex(cards, p.y, this.dragged);
    return { dx, dy, target: { cell, index, lineY: dropLineY(cell, cards, index, this.dragged) } };
  }

  protected drop(): ToolResult {
    const t = this.preview?.target;
    if (!t) return {};
    const now = this.cellIds(t.cell);
    if (isNoOp(now, this.ids, t.index)) return {};
    const target = { lane: t.cell.lane.lane, stage: t.cell.column.stage, step: t.cell.column.step };
    const n = this.ids.length;
    return { command: oneStep(planMoves(now, this.ids, target, t.index), `Move ${n} cards`) };
  }
}
