// A lane kind dragged from the palette into the map: a bar shows where the
// new lane goes, the drop adds it there. The palette starts it.

import { insertionIndex } from "../geometry";
import type { Id, LaneKind } from "../types";
import { Tool, type OverlayItem, type Pointer, type ToolContext, type ToolKind, type ToolResult } from "./tool";

export interface LanePreview {
  index: number;
  at: number;
}

export class LaneDropTool extends Tool<LanePreview> {
  constructor(
    ctx: ToolContext,
    start: Pointer,
    private readonly map: Id,
    readonly kind: LaneKind,
    /** The new lane's name, in the user's language. */
    private readonly name: string,
  ) {
    super(ctx, start);
    this.phase = "dragging";
  }

  protected drag(p: Pointer): LanePreview | null {
    const s = this.ctx.scene;
    if (p.x < 0 || p.x > s.width || p.y < 0 || p.y > s.height) return null;
    const lanes = s.lanes.map((l) => ({ id: l.lane, pos: l.y, size: l.height }));
    const index = insertionIndex(lanes, p.y, "");
    const at = index < lanes.length ? lanes[index]!.pos : s.height;
    return { index, at };
  }

  protected drop(): ToolResult {
    if (!this.preview) return {};
    return { command: { type: "add_lane", map: this.map, kind: this.kind, name: this.name, index: this.preview.index } };
  }

  override overlay(): OverlayItem[] {
    const pv = this.preview;
    if (!pv) return [];
    const s = this.ctx.scene;
    return [
      { t: "line", layer: "cells", cls: "drop-line", x1: 0, x2: s.width, y1: pv.at, y2: pv.at },
      { t: "line", layer: "lanes", cls: "drop-line", x1: s.lane_header_x, x2: s.lane_header_x + s.lane_header_width, y1: pv.at, y2: pv.at },
    ];
  }

  override cursor(): string {
    return "copy";
  }
}

/** Started by the palette, never by a press on the map. */
export const laneDrop: ToolKind = {
  name: "lane-drop",
  edits: true,
  press: () => null,
};
