// A channel icon dragged from the palette: onto a touchpoint card it sets the
// card's channel, onto an empty place of a touchpoint lane it adds a card with
// that channel there. The palette starts it; it is a drag from the first move.

import { cardAt, cardsInCell, cellAt, cellRect, dropIndex, dropLineY, sceneCell, type Cell } from "../geometry";
import type { Channel, Command, Id } from "../types";
import { Tool, type OverlayItem, type Pointer, type ToolContext, type ToolKind, type ToolResult } from "./tool";

export interface ChannelPreview {
  x: number;
  y: number;
  card: Id | null;
  cell: { cell: Cell; index: number; lineY: number } | null;
}

const NONE = new Set<Id>();

/** Whether a lane kind's cards carry a channel (the core's vocabulary says). */
export type CarriesChannel = (kind: string) => boolean;

export class ChannelDropTool extends Tool<ChannelPreview> {
  constructor(
    ctx: ToolContext,
    start: Pointer,
    readonly channel: Channel,
    private readonly carries: CarriesChannel,
  ) {
    super(ctx, start);
    this.phase = "dragging";
  }

  protected drag(p: Pointer): ChannelPreview {
    const s = this.ctx.scene;
    const base = { x: p.x, y: p.y, card: null, cell: null };
    const cell = cellAt(s, p.x, p.y);
    const slots = cell && sceneCell(s, cell);
    if (!cell || !slots || !this.carries(cell.lane.kind)) return base;
    const card = cardAt(s, p.x, p.y);
    if (card) return { ...base, card: card.card };
    const cards = cardsInCell(s, cell);
    const index = dropIndex(cards, p.y, NONE);
    return { ...base, cell: { cell, index, lineY: dropLineY(slots, cards, index, NONE) } };
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

  override overlay(): OverlayItem[] {
    const pv = this.preview;
    if (!pv) return [];
    const out: OverlayItem[] = [];
    const c = pv.card ? this.ctx.scene.cards.find((x) => x.card === pv.card) : null;
    if (c) out.push({ t: "rect", layer: "cells", cls: "drop-target", x: c.x - 3, y: c.y - 3, w: c.w + 6, h: c.h + 6, r: 8 });
    else if (pv.cell) {
      const col = pv.cell.cell.column;
      out.push({ t: "rect", layer: "cells", cls: "drop-cell", ...cellRect(pv.cell.cell) });
      out.push({ t: "line", layer: "cells", cls: "drop-line", x1: col.x + 6, x2: col.x + col.width - 6, y1: pv.cell.lineY, y2: pv.cell.lineY });
    }
    out.push({ t: "icon", layer: "cells", x: pv.x + 8, y: pv.y + 8, channel: this.channel });
    return out;
  }

  override cursor(): string {
    return "copy";
  }
}

/** Started by the palette, never by a press on the map. */
export const channelDrop: ToolKind = {
  name: "channel-drop",
  edits: true,
  press: () => null,
};
