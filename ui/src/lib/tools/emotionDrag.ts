// The emotion curve: drag a point up and down the scale (the marker snaps to
// whole values as it moves; the drop is one set_emotion command), drag in an
// empty column to place one, double-click an empty column to place one
// where clicked. A click selects the column's cell.

import { cellAt, emotionValueAt, emotionY, pointAt } from "../geometry";
import type { Command, Id } from "../types";
import { Tool, type OverlayItem, type Pointer, type ToolContext, type ToolKind, type ToolResult } from "./tool";

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
    ctx: ToolContext,
    start: Pointer,
    private readonly target: EmotionTarget,
  ) {
    super(ctx, start);
  }

  private valueAt(y: number): number {
    return emotionValueAt(this.target.plot, this.ctx.scene.emotion_scale, y);
  }

  protected drag(p: Pointer): EmotionPreview {
    const value = this.valueAt(p.y);
    return { point: this.target.point, x: this.target.x, y: emotionY(this.target.plot, this.ctx.scene.emotion_scale, value), value };
  }

  protected drop(p: Pointer): ToolResult {
    const t = this.target;
    const value = this.valueAt(p.y);
    if (t.point && value === t.value) return { command: null };
    const command: Command = { type: "set_emotion", lane: t.lane, stage: t.stage, step: t.step, value };
    return { command };
  }

  protected override click(): ToolResult {
    const t = this.target;
    return { select: { kind: "cell", lane: t.lane, stage: t.stage, step: t.step } };
  }

  override overlay(): OverlayItem[] {
    const e = this.preview;
    if (!e || this.phase !== "dragging") return [];
    const [min, max] = this.ctx.scene.emotion_scale;
    const [top, bottom] = this.target.plot;
    const out: OverlayItem[] = [{ t: "line", layer: "cells", cls: "emotion-guide", x1: e.x, x2: e.x, y1: top, y2: bottom }];
    for (let v = min; v <= max; v++)
      out.push({ t: "circle", layer: "cells", cls: "emotion-tick", cx: e.x, cy: emotionY(this.target.plot, this.ctx.scene.emotion_scale, v), r: 3 });
    out.push({ t: "circle", layer: "cells", cls: "emotion-preview", cx: e.x, cy: e.y, r: 12 });
    out.push({ t: "label", layer: "cells", cls: "emotion-label", x: e.x + 18, y: e.y + 5, text: `${e.value > 0 ? "+" : ""}${e.value}` });
    return out;
  }

  override lifted(): ReadonlySet<Id> {
    return new Set(this.preview && this.target.point ? [this.target.point] : []);
  }

  override cursor(): string {
    return "ns-resize";
  }
}

/** The emotion lane cell under a pointer, with the point there (if any). */
function place(ctx: ToolContext, p: Pointer) {
  if (p.region !== "cells") return null;
  const cell = cellAt(ctx.scene, p.x, p.y);
  if (!cell || cell.lane.kind !== "emotions" || !cell.lane.plot) return null;
  return { cell, plot: cell.lane.plot, hit: pointAt(ctx.scene, p.x, p.y) };
}

export const emotionDrag: ToolKind = {
  name: "emotion-drag",
  edits: false,
  press(ctx, p) {
    const at = place(ctx, p);
    if (!at) return null;
    const { cell, plot, hit } = at;
    const rec = hit ? ctx.records.emotion(hit.point) : ctx.records.emotionAt(cell.lane.lane, cell.column.stage, cell.column.step);
    const column = hit && rec ? ctx.scene.columns.find((c) => c.stage === rec.stage && (c.step ?? null) === (rec.step ?? null)) : cell.column;
    if (!column) return null;
    const target: EmotionTarget = {
      lane: cell.lane.lane,
      stage: column.stage,
      step: column.step,
      point: hit && rec ? rec.id : null,
      value: rec?.value ?? 0,
      x: column.x + column.width / 2,
      plot,
    };
    if (ctx.readOnly) {
      ctx.select({ kind: "cell", lane: target.lane, stage: target.stage, step: target.step });
      return true;
    }
    return new EmotionDragTool(ctx, p, target);
  },
  hover(ctx, p) {
    const at = place(ctx, p);
    if (!at) return null;
    if (ctx.readOnly) return "default";
    return at.hit ? "ns-resize" : "crosshair";
  },
  dblclick(ctx, p) {
    const at = place(ctx, p);
    if (!at) return null;
    if (!at.hit && !ctx.readOnly) {
      const value = emotionValueAt(at.plot, ctx.scene.emotion_scale, p.y);
      void ctx.run({ type: "set_emotion", lane: at.cell.lane.lane, stage: at.cell.column.stage, step: at.cell.column.step, value });
    }
    return true;
  },
};
