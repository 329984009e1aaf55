// The hand: space-drag or middle-drag pans the map. It edits nothing, so it
// also works in read-only views.

import { Tool, type Pointer, type ToolContext, type ToolKind, type ToolResult } from "./tool";

export class PanTool extends Tool<null> {
  private readonly from;

  constructor(ctx: ToolContext, start: Pointer) {
    super(ctx, start);
    this.phase = "dragging";
    this.holdPreview = false;
    this.from = { ...ctx.viewport };
  }

  override move(p: Pointer): boolean {
    this.ctx.setViewport({ zoom: this.from.zoom, x: this.from.x + p.sx - this.start.sx, y: this.from.y + p.sy - this.start.sy });
    return false;
  }

  protected drag(): null {
    return null;
  }

  protected drop(p: Pointer): ToolResult {
    this.move(p);
    return {};
  }

  override cursor(): string {
    return "grabbing";
  }
}

export const pan: ToolKind = {
  name: "pan",
  edits: false,
  press: (ctx, p) => (p.button === 1 || (p.button === 0 && ctx.spaceDown) ? new PanTool(ctx, p) : null),
  hover: (ctx) => (ctx.spaceDown ? "grab" : null),
};
