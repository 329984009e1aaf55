// What every canvas tool is: a small state machine fed with pointer positions
// (Idle before it starts, Pointing until the pointer moves past a threshold,
// Dragging after), showing a local preview, and ending in at most one
// command (one undo step) or a new selection. Esc cancels and changes nothing.

import type { Command } from "../types";
import type { Selection } from "../selection";

/** A pointer position: world coordinates of the layer it is over, and screen pixels. */
export interface Pointer {
  x: number;
  y: number;
  sx: number;
  sy: number;
  shift: boolean;
}

export interface ToolResult {
  command?: Command | null;
  select?: Selection;
}

/** Screen pixels a pointer must travel before a press becomes a drag. */
export const DRAG_THRESHOLD = 4;

export abstract class Tool<Preview> {
  phase: "pointing" | "dragging" = "pointing";
  preview: Preview | null = null;
  protected readonly start: Pointer;

  constructor(start: Pointer) {
    this.start = start;
  }

  /** Feed a pointer move; returns true when the preview changed. */
  move(p: Pointer): boolean {
    if (this.phase === "pointing") {
      if (Math.hypot(p.sx - this.start.sx, p.sy - this.start.sy) < DRAG_THRESHOLD) return false;
      this.phase = "dragging";
    }
    this.preview = this.drag(p);
    return true;
  }

  /** The pointer was released. */
  end(p: Pointer): ToolResult {
    if (this.phase === "pointing") return this.click(p);
    this.preview = this.drag(p);
    return this.drop(p);
  }

  protected abstract drag(p: Pointer): Preview | null;
  protected abstract drop(p: Pointer): ToolResult;
  protected click(_p: Pointer): ToolResult {
    return {};
  }
}
