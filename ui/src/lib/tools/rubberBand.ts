// Rubber-band selection: drag on empty canvas to select every card the band
// touches (with Shift, add them to the selection). Only selection changes.

import { cardsInRect, normRect, type Rect } from "../geometry";
import type { Selection } from "../selection";
import type { Id, Scene } from "../types";
import { Tool, type Pointer, type ToolResult } from "./tool";

export class RubberBandTool extends Tool<Rect> {
  constructor(
    start: Pointer,
    private readonly scene: Scene,
    private readonly before: Id[],
    private readonly onClick: () => Selection,
  ) {
    super(start);
  }

  protected drag(p: Pointer): Rect {
    return normRect(this.start.x, this.start.y, p.x, p.y);
  }

  protected drop(p: Pointer): ToolResult {
    const hit = cardsInRect(this.scene, this.drag(p));
    const ids = p.shift ? [...new Set([...this.before, ...hit])] : hit;
    return { select: ids.length ? { kind: "cards", ids } : { kind: "none" } };
  }

  protected override click(): ToolResult {
    return { select: this.onClick() };
  }
}
