// Resizing a column (stage or step) or a lane by dragging its edge; the new
// size is previewed and the drop is one resize command, within the model's
// limits.

import type { Command, Id } from "../types";
import { Tool, type Pointer, type ToolResult } from "./tool";

export const COLUMN_WIDTH = { min: 60, max: 2000 };
export const LANE_HEIGHT = { min: 40, max: 2000 };

export type ResizeKind = "stage" | "step" | "lane";

export interface ResizePreview {
  kind: ResizeKind;
  id: Id;
  size: number;
}

export class ResizeTool extends Tool<ResizePreview> {
  constructor(
    start: Pointer,
    private readonly kind: ResizeKind,
    private readonly id: Id,
    private readonly size: number,
  ) {
    super(start);
  }

  private sizeAt(p: Pointer): number {
    const lim = this.kind === "lane" ? LANE_HEIGHT : COLUMN_WIDTH;
    const d = this.kind === "lane" ? p.y - this.start.y : p.x - this.start.x;
    return Math.round(Math.min(lim.max, Math.max(lim.min, this.size + d)));
  }

  protected drag(p: Pointer): ResizePreview {
    return { kind: this.kind, id: this.id, size: this.sizeAt(p) };
  }

  protected drop(p: Pointer): ToolResult {
    const size = this.sizeAt(p);
    if (size === Math.round(this.size)) return {};
    const command: Command =
      this.kind === "stage"
        ? { type: "resize_stage", stage: this.id, width: size }
        : this.kind === "step"
          ? { type: "resize_step", step: this.id, width: size }
          : { type: "resize_lane", lane: this.id, height: size };
    return { command };
  }
}
