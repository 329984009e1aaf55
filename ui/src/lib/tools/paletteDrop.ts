// Dragging from the palette onto the map: a channel icon onto a touchpoint
// card (sets its channel) or a touchpoint cell (adds a card with that
// channel); a lane kind into the lane column (adds a lane there).

import { cardAt, cardsInCell, cellAt, dropIndex, dropLineY, insertionIndex, type Cell } from "../geometry";
import type { Channel, Command, Id, LaneKind, Scene } from "../types";
import { Tool, type Pointer, type ToolResult } from "./tool";

export interface ChannelPreview {
  x: number;
  y: number;
  card: Id | null;
  cell: { cell: Cell; index: number; lineY: number } | null;
}

const NONE = new Set<Id>();

export class ChannelDropTool extends Tool<ChannelPreview> {
  constructor(
    start: Pointer,
    private readonly scene: Scene,
    readonly channel: Channel,
  ) {
    super(start);
    // A palette drag starts outside the map: it is a drag from the first move.
    this.phase = "dragging";
  }

  protected drag(p: Pointer): ChannelPreview {
    const base = { x: p.x, y: p.y, card: null, cell: null };
    const cell = cellAt(this.scene, p.x, p.y);
    if (!cell || cell.lane.kind !== "touchpoints") return base;
    const card = cardAt(this.scene, p.x, p.y);
    if (card) return { ...base, card: card.card };
    const cards = cardsInCell(this.scene, cell);
    const index = dropIndex(cards, p.y, NONE);
    return { ...base, cell: { cell, index, lineY: dropLineY(cell, cards, index, NONE) } };
  }

  protected drop(): ToolResult {
    const pv = this.preview;
    if (pv?.card) return { command: { type: "edit_card", card: pv.card, patch: { channel: this.channel } } };
    if (pv?.cell) {
      const { cell, index } = pv.cell;
      const command: Command = {
        type: "add_card",
        lane: cell.lane.lane,
        stage: cell.column.stage,
        step: cell.column.step,
        index,
        content: { channel: this.channel },
      };
      return { command };
    }
    return {};
  }
}

export interface LanePreview {
  index: number;
  at: number;
}

export class LaneDropTool extends Tool<LanePreview> {
  constructor(
    start: Pointer,
    private readonly scene: Scene,
    private readonly map: Id,
    readonly kind: LaneKind,
  ) {
    super(start);
    this.phase = "dragging";
  }

  protected drag(p: Pointer): LanePreview | null {
    if (p.x < 0 || p.x > this.scene.width || p.y < 0 || p.y > this.scene.height) return null;
    const lanes = this.scene.lanes.map((l) => ({ id: l.lane, pos: l.y, size: l.height }));
    const index = insertionIndex(lanes, p.y, "");
    const at = index < lanes.length ? lanes[index]!.pos : this.scene.height;
    return { index, at };
  }

  protected drop(): ToolResult {
    if (!this.preview) return {};
    return { command: { type: "add_lane", map: this.map, kind: this.kind, index: this.preview.index } };
  }
}
