// Dragging an emotion point up and down the -2..+2 scale: the marker snaps to
// whole values as it moves, and the drop is one set_emotion command.

import { emotionValueAt, emotionY } from "../geometry";
import type { Command, Id } from "../types";
import { Tool, type Pointer, type ToolResult } from "./tool";

export interface EmotionPreview {
  point: Id | null;
  x: number;
  y: number;
  value: number;
}

export interface EmotionTarget {
  lane: Id;
  stage: Id;
  step: Id | null;
  /** The point being dragged, or null to place a new one. */
  point: Id | null;
  /** Its value now (ignored for a new point). */
  value: number;
  /** Centre of the column. */
  x: number;
  plot: [number, number];
}

export class EmotionDragTool extends Tool<EmotionPreview> {
  constructor(
    start: Pointer,
    private readonly target: EmotionTarget,
  ) {
    super(start);
  }

  protected drag(p: Pointer): EmotionPreview {
    const value = emotionValueAt(this.target.plot, p.y);
    return { point: this.target.point, x: this.target.x, y: emotionY(this.target.plot, value), value };
  }

  private command(value: number): Command | null {
    const t = this.target;
    if (t.point && value === t.value) return null;
    return { type: "set_emotion", lane: t.lane, stage: t.stage, step: t.step, value };
  }

  protected drop(p: Pointer): ToolResult {
    return { command: this.command(emotionValueAt(this.target.plot, p.y)) };
  }

  protected override click(): ToolResult {
    // A click selects the column's cell; a double click or a drag in an empty
    // column places a point.
    const t = this.target;
    return { select: { kind: "cell", lane: t.lane, stage: t.stage, step: t.step } };
  }
}
