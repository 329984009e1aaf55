// Empty places: a click selects the cell (so Enter adds a card there), a drag
// draws a band that selects every card it touches (with Shift, adds them to
// the selection). Only the selection changes.

import { cardsInRect, cellAt, normRect, type Rect } from "../geometry";
import { selectedCards, type Selection } from "../selection";
import type { Id } from "../types";
import { Tool, type OverlayItem, type Pointer, type ToolContext, type ToolKind, type ToolResult } from "./tool";

export class RubberBandTool extends Tool<Rect> {
  constructor(
    ctx: ToolContext,
    start: Pointer,
    private readonly before: Id[],
    private readonly onClick: Selection,
  ) {
    super(ctx, start);
    this.holdPreview = false;
  }

  protected drag(p: Pointer): Rect {
    return normRect(this.start.x, this.start.y, p.x, p.y);
  }

  protected drop(p: Pointer): ToolResult {
    const hit = cardsInRect(this.ctx.scene, this.drag(p));
    const ids = p.shift ? [...new Set([...this.before, ...hit])] : hit;
    return { select: ids.length ? { kind: "cards", ids } : { kind: "none" } };
  }

  protected override click(): ToolResult {
    return { select: this.onClick };
  }

  override overlay(): OverlayItem[] {
    const b = this.preview;
    return b && this.phase === "dragging" ? [{ t: "rect", layer: "cells", cls: "band", ...b }] : [];
  }
}

export const rubberBand: ToolKind = {
  name: "rubber-band",
  edits: false,
  press(ctx, p) {
    if (p.region !== "cells") return null;
    const cell = cellAt(ctx.scene, p.x, p.y);
    const onClick: Selection = cell
      ? { kind: "cell", lane: cell.lane.lane, stage: cell.column.stage, step: cell.column.step }
      : { kind: "none" };
    return new RubberBandTool(ctx, p, selectedCards(ctx.selection), onClick);
  },
};
