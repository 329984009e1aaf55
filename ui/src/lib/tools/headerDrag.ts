// Reordering stages, steps and lanes by dragging their headers: a bar shows
// the new place, the drop is one move command. A click selects the header.

import { insertionIndex, stageAt } from "../geometry";
import type { Command, Id, Scene } from "../types";
import { Tool, type OverlayItem, type Pointer, type ToolContext, type ToolKind, type ToolResult } from "./tool";

export type HeaderKind = "stage" | "step" | "lane";

export interface HeaderDragPreview {
  kind: HeaderKind;
  /** Offset of the dragged header along its axis. */
  delta: number;
  /** Where the bar goes (x for stages and steps, y for lanes). */
  at: number;
  index: number;
}

interface Item {
  id: Id;
  pos: number;
  size: number;
}

/**
 * The headers a dragged one moves among, in journey order, each with its
 * place along the axis the journey runs: x, or on a right-to-left map the
 * distance leftwards (-x of its right edge), so "further along" always means
 * a larger `pos`; lanes by y.
 */
export function siblings(scene: Scene, kind: HeaderKind, id: Id): Item[] {
  const along = (x: number, w: number) => (scene.rtl ? -(x + w) : x);
  if (kind === "stage") return scene.stages.map((s) => ({ id: s.stage, pos: along(s.x, s.width), size: s.width }));
  if (kind === "lane") return scene.lanes.map((l) => ({ id: l.lane, pos: l.y, size: l.height }));
  const stage = scene.columns.find((c) => c.step === id)?.stage;
  return scene.columns.filter((c) => c.step && c.stage === stage).map((c) => ({ id: c.step!, pos: along(c.x, c.width), size: c.width }));
}

/** The header under a pointer in a header layer: a step in a split stage's lower row, else the stage; or the lane. */
export function headerAt(scene: Scene, p: Pointer): { kind: HeaderKind; id: Id } | null {
  if (p.region === "stages") {
    const col = scene.columns.find((c) => p.x >= c.x && p.x < c.x + c.width);
    if (col?.step && p.y >= scene.stage_row_height) return { kind: "step", id: col.step };
    const s = stageAt(scene, p.x);
    return s ? { kind: "stage", id: s.stage } : null;
  }
  if (p.region === "lanes") {
    const l = scene.lanes.find((x) => p.y >= x.y && p.y < x.y + x.height);
    return l ? { kind: "lane", id: l.lane } : null;
  }
  return null;
}

export class HeaderDragTool extends Tool<HeaderDragPreview> {
  private readonly items: Item[];
  private readonly from: number;

  constructor(
    ctx: ToolContext,
    start: Pointer,
    private readonly kind: HeaderKind,
    private readonly id: Id,
  ) {
    super(ctx, start);
    this.layer = kind === "lane" ? "lanes" : "stages";
    this.items = siblings(ctx.scene, kind, id);
    this.from = this.items.findIndex((i) => i.id === id);
  }

  /** The pointer along the journey's axis (see `siblings`). */
  private axis(p: Pointer): number {
    return this.kind === "lane" ? p.y : this.ctx.scene.rtl ? -p.x : p.x;
  }

  protected drag(p: Pointer): HeaderDragPreview {
    const pos = this.axis(p);
    const index = insertionIndex(this.items, pos, this.id);
    const rest = this.items.filter((i) => i.id !== this.id);
    const last = rest[rest.length - 1];
    const at = !last ? (this.items[0]?.pos ?? 0) : index >= rest.length ? last.pos + last.size : rest[index]!.pos;
    return { kind: this.kind, delta: pos - this.axis(this.start), at, index };
  }

  protected drop(): ToolResult {
    const index = this.preview?.index;
    if (index === undefined || index === this.from) return {};
    const command: Command =
      this.kind === "stage"
        ? { type: "move_stage", stage: this.id, index }
        : this.kind === "step"
          ? { type: "move_step", step: this.id, index }
          : { type: "move_lane", lane: this.id, index };
    return { command };
  }

  protected override click(): ToolResult {
    return { select: { kind: this.kind, id: this.id } };
  }

  override overlay(): OverlayItem[] {
    const d = this.preview;
    if (!d || this.phase !== "dragging") return [];
    const s = this.ctx.scene;
    if (d.kind === "lane")
      return [
        { t: "line", layer: "cells", cls: "drop-line", x1: 0, x2: s.width, y1: d.at, y2: d.at },
        { t: "line", layer: "lanes", cls: "drop-line", x1: s.lane_header_x, x2: s.lane_header_x + s.lane_header_width, y1: d.at, y2: d.at },
      ];
    const x = s.rtl ? -d.at : d.at;
    return [
      { t: "line", layer: "cells", cls: "drop-line", x1: x, x2: x, y1: 0, y2: s.height },
      { t: "line", layer: "stages", cls: "drop-line on-dark", x1: x, x2: x, y1: 0, y2: s.header_height },
    ];
  }

  override cursor(): string {
    return "grabbing";
  }
}

export const headerDrag: ToolKind = {
  name: "header-drag",
  edits: false,
  press(ctx, p) {
    const h = headerAt(ctx.scene, p);
    if (!h) return null;
    if (ctx.readOnly) {
      ctx.select({ kind: h.kind, id: h.id });
      return true;
    }
    return new HeaderDragTool(ctx, p, h.kind, h.id);
  },
  hover: (ctx, p) => (headerAt(ctx.scene, p) ? (ctx.readOnly ? "pointer" : "grab") : null),
};
