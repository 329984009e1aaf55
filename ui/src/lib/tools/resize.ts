// Resizing a column (stage or step) or a lane by dragging its edge in the
// header: a guide and a size badge follow the pointer, the drop is one resize
// command within the limits the core sends with the scene.

import { columnEdgeAt, laneEdgeAt } from "../geometry";
import { t } from "../i18n.svelte";
import type { Command, Id } from "../types";
import { Tool, type OverlayItem, type Pointer, type ToolContext, type ToolKind, type ToolResult } from "./tool";

export type ResizeKind = "stage" | "step" | "lane";

export interface ResizePreview {
  kind: ResizeKind;
  id: Id;
  size: number;
}

/** Pixels on screen within which an edge is grabbed. */
const EDGE = 6;

export class ResizeTool extends Tool<ResizePreview> {
  constructor(
    ctx: ToolContext,
    start: Pointer,
    private readonly kind: ResizeKind,
    private readonly id: Id,
    private readonly size: number,
  ) {
    super(ctx, start);
    this.layer = kind === "lane" ? "lanes" : "stages";
  }

  private sizeAt(p: Pointer): number {
    const [min, max] = this.kind === "lane" ? this.ctx.scene.limits.lane : this.ctx.scene.limits.column;
    // A column grows as its end edge moves away from its start: rightwards,
    // or leftwards on a right-to-left map.
    const dx = this.ctx.scene.rtl ? this.start.x - p.x : p.x - this.start.x;
    const d = this.kind === "lane" ? p.y - this.start.y : dx;
    return Math.round(Math.min(max, Math.max(min, this.size + d)));
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

  override overlay(): OverlayItem[] {
    const r = this.preview;
    if (!r || this.phase !== "dragging") return [];
    const s = this.ctx.scene;
    const vp = this.ctx.viewport;
    const badge = (x: number, y: number): OverlayItem => ({
      t: "badge",
      layer: "screen",
      x: vp.x + x * vp.zoom + 8,
      y: vp.y + y * vp.zoom + 8,
      text: t(r.kind === "lane" ? "resize-height" : "resize-width", { size: r.size }),
    });
    if (r.kind === "lane") {
      const l = s.lanes.find((x) => x.lane === r.id);
      if (!l) return [];
      const y = l.y + r.size;
      return [{ t: "line", layer: "cells", cls: "resize-guide", x1: 0, x2: s.width, y1: y, y2: y }, badge(s.lane_header_x, y)];
    }
    const c = r.kind === "step" ? s.columns.find((x) => x.step === r.id) : s.columns.find((x) => x.stage === r.id);
    if (!c) return [];
    const x = s.rtl ? c.x + c.width - r.size : c.x + r.size;
    return [
      { t: "line", layer: "cells", cls: "resize-guide", x1: x, x2: x, y1: 0, y2: s.height },
      { t: "line", layer: "stages", cls: "resize-guide", x1: x, x2: x, y1: 0, y2: s.header_height },
      badge(x, 0),
    ];
  }

  override cursor(): string {
    return this.kind === "lane" ? "row-resize" : "col-resize";
  }
}

export const resize: ToolKind = {
  name: "resize",
  edits: true,
  press(ctx, p) {
    const s = ctx.scene;
    const tol = EDGE / ctx.viewport.zoom;
    if (p.region === "stages") {
      const edge = columnEdgeAt(s, p.x, tol);
      return edge ? new ResizeTool(ctx, p, edge.kind, edge.id, edge.width) : null;
    }
    if (p.region === "lanes") {
      const edge = laneEdgeAt(s, p.y, tol);
      if (!edge) return null;
      const model = ctx.records.lane(edge.lane)?.height ?? edge.height;
      return new ResizeTool(ctx, p, "lane", edge.lane, Math.max(model, edge.height));
    }
    return null;
  },
  hover(ctx, p) {
    const tol = EDGE / ctx.viewport.zoom;
    if (p.region === "stages" && columnEdgeAt(ctx.scene, p.x, tol)) return "col-resize";
    if (p.region === "lanes" && laneEdgeAt(ctx.scene, p.y, tol)) return "row-resize";
    return null;
  },
};
