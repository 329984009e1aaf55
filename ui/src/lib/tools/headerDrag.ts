// Reordering stages, steps and lanes by dragging their headers: the header
// follows the pointer, a bar shows the new place, the drop is one move command.

import { insertionIndex } from "../geometry";
import type { Selection } from "../selection";
import type { Command, Id, Scene } from "../types";
import { Tool, type Pointer, type ToolResult } from "./tool";

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

export function siblings(scene: Scene, kind: HeaderKind, id: Id): Item[] {
  if (kind === "stage") return scene.stages.map((s) => ({ id: s.stage, pos: s.x, size: s.width }));
  if (kind === "lane") return scene.lanes.map((l) => ({ id: l.lane, pos: l.y, size: l.height }));
  const stage = scene.columns.find((c) => c.step === id)?.stage;
  return scene.columns.filter((c) => c.step && c.stage === stage).map((c) => ({ id: c.step!, pos: c.x, size: c.width }));
}

export class HeaderDragTool extends Tool<HeaderDragPreview> {
  private readonly items: Item[];
  private readonly from: number;

  constructor(
    start: Pointer,
    scene: Scene,
    private readonly kind: HeaderKind,
    private readonly id: Id,
  ) {
    super(start);
    this.items = siblings(scene, kind, id);
    this.from = this.items.findIndex((i) => i.id === id);
  }

  private axis(p: Pointer): number {
    return this.kind === "lane" ? p.y : p.x;
  }

  protected drag(p: Pointer): HeaderDragPreview {
    const pos = this.axis(p);
    const index = insertionIndex(this.items, pos, this.id);
    const rest = this.items.filter((i) => i.id !== this.id);
    const at =
      rest.length === 0
        ? (this.items[0]?.pos ?? 0)
        : index >= rest.length
          ? rest[rest.length - 1]!.pos + rest[rest.length - 1]!.size
          : rest[index]!.pos;
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
    const select: Selection = { kind: this.kind, id: this.id };
    return { select };
  }
}
