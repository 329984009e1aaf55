// Editing words in place: a card's text, a new card's text in an empty place,
// a stage's, step's or lane's name. A double click (or Enter on the
// selection) opens a text box over the thing; Enter (Ctrl+Enter in a card),
// Esc or leaving the box finishes, and the edit is one command. The box
// follows pans and zooms while it is open.

import { cardAt, cardsInCell, cellAt, sceneCell } from "../geometry";
import { t } from "../i18n.svelte";
import type { Selection } from "../selection";
import { theme } from "../theme";
import type { Command, Id } from "../types";
import { sticky } from "../viewport";
import { headerAt } from "./headerDrag";
import { Tool, type Layer, type OverlayItem, type Pointer, type TextEditor, type ToolContext, type ToolKind, type ToolResult } from "./tool";

/** What is being edited. */
export type EditTarget =
  | { kind: "card"; id: Id }
  | { kind: "new"; lane: Id; stage: Id; step: Id | null; index: number }
  | { kind: "stage" | "step" | "lane"; id: Id };

/** Height of a new card's box before its first line is typed, in layout units. */
const NEW_CARD_BOX = 56;

/** How the tool hands back its result (set by the tool manager). */
export type Finish = (result: ToolResult, after?: (applied: boolean) => void) => void;

export class TextEditTool extends Tool<null> implements TextEditor {
  text: string;
  readonly multiline: boolean;
  readonly label: string;
  readonly hint: string | null;
  finish: Finish = () => undefined;
  private done = false;
  private readonly rect: { x: number; y: number; w: number; h: number };
  private readonly edits: Layer;

  private constructor(
    ctx: ToolContext,
    readonly target: EditTarget,
    text: string,
    rect: { x: number; y: number; w: number; h: number },
  ) {
    super(ctx, { x: 0, y: 0, sx: 0, sy: 0, region: "cells", shift: false, mod: false, button: 0 });
    this.phase = "dragging";
    this.holdPreview = false;
    this.text = text;
    this.rect = rect;
    this.multiline = target.kind === "card" || target.kind === "new";
    this.edits = target.kind === "stage" || target.kind === "step" ? "stages" : target.kind === "lane" ? "lanes" : "cells";
    this.label = t(target.kind === "new" ? "editor-new-card" : target.kind === "card" ? "editor-card" : `editor-name-${target.kind}`);
    this.hint = this.multiline ? t("editor-hint") : null;
  }

  /** Open a box over whatever the selection is: its last card, a new card at the end of its cell, or its header. */
  static forSelection(ctx: ToolContext, s: Selection): TextEditTool | null {
    if (s.kind === "cards" && s.ids.length) return TextEditTool.card(ctx, s.ids[s.ids.length - 1]!);
    if (s.kind === "cell") return TextEditTool.newCard(ctx, s.lane, s.stage, s.step);
    if (s.kind === "stage" || s.kind === "step" || s.kind === "lane") return TextEditTool.rename(ctx, s.kind, s.id);
    return null;
  }

  /** Edit a card's text. */
  static card(ctx: ToolContext, id: Id): TextEditTool | null {
    const c = ctx.scene.cards.find((x) => x.card === id);
    const rec = ctx.records.card(id);
    if (!c || !rec) return null;
    ctx.select({ kind: "cards", ids: [id] });
    return new TextEditTool(ctx, { kind: "card", id }, rec.text, { x: c.x, y: c.y, w: c.w, h: c.h });
  }

  /** Write a new card into a cell, at `index` (the end when left out). */
  static newCard(ctx: ToolContext, lane: Id, stage: Id, step: Id | null, index?: number): TextEditTool | null {
    const s = ctx.scene;
    const l = s.lanes.find((x) => x.lane === lane);
    const column = s.columns.find((c) => c.stage === stage && (c.step ?? null) === (step ?? null));
    const cell = l && column ? sceneCell(s, { lane: l, column }) : null;
    if (!cell) return null;
    const at = Math.min(index ?? cell.slots.length - 1, cell.slots.length - 1);
    const slot = cell.slots[at];
    if (!slot) return null;
    ctx.select({ kind: "cell", lane, stage, step });
    return new TextEditTool(ctx, { kind: "new", lane, stage, step, index: at }, "", { x: cell.x, y: slot.top, w: cell.w, h: NEW_CARD_BOX });
  }

  /** Rename a stage, step or lane. */
  static rename(ctx: ToolContext, kind: "stage" | "step" | "lane", id: Id): TextEditTool | null {
    const s = ctx.scene;
    const r = ctx.records;
    let tool: TextEditTool | null = null;
    if (kind === "lane") {
      const l = s.lanes.find((x) => x.lane === id);
      if (l) tool = new TextEditTool(ctx, { kind, id }, r.lane(id)?.name ?? "", { x: s.lane_header_x + 4, y: l.y + 4, w: s.lane_header_width - 8, h: 30 });
    } else if (kind === "stage") {
      const st = s.stages.find((x) => x.stage === id);
      if (st) tool = new TextEditTool(ctx, { kind, id }, r.stage(id)?.name ?? "", { x: st.x + 4, y: 4, w: st.width - 8, h: 30 });
    } else {
      const c = s.columns.find((x) => x.step === id);
      if (c)
        tool = new TextEditTool(ctx, { kind, id }, r.step(id)?.name ?? "", {
          x: c.x + 2,
          y: s.stage_row_height + 2,
          w: c.width - 4,
          h: 26,
        });
    }
    if (tool) ctx.select({ kind, id });
    return tool;
  }

  /** Where the box is on screen now (it follows pans and zooms). */
  get box() {
    const vp = this.ctx.viewport;
    const z = vp.zoom;
    const s = this.ctx.scene;
    const st = sticky(vp, s, this.ctx.viewWidth);
    const r = this.rect;
    const x = this.edits === "lanes" ? st.laneX + (r.x - s.lane_header_x) * z : vp.x + r.x * z;
    const y = this.edits === "stages" ? st.headerY + r.y * z : vp.y + r.y * z;
    const h = this.multiline ? Math.max(r.h * z, 40 * z) : r.h * z;
    return {
      x,
      y,
      w: r.w * z,
      h,
      fontSize: (this.multiline ? theme.font.size : theme.font.header_size) * z,
      padding: (this.multiline ? theme.grid.card_padding : 2) * z,
    };
  }

  /** The command this edit makes, or null when nothing changed. */
  command(): Command | null {
    const ed = this.target;
    const r = this.ctx.records;
    const text = this.text;
    if (ed.kind === "card") return text !== r.card(ed.id)?.text ? { type: "edit_card", card: ed.id, patch: { text } } : null;
    if (ed.kind === "new")
      return text.trim() ? { type: "add_card", lane: ed.lane, stage: ed.stage, step: ed.step, index: ed.index, content: { text } } : null;
    const name = text.trim();
    if (!name) return null;
    if (ed.kind === "stage") return name !== r.stage(ed.id)?.name ? { type: "update_stage", stage: ed.id, name } : null;
    if (ed.kind === "step") return name !== r.step(ed.id)?.name ? { type: "rename_step", step: ed.id, name } : null;
    return name !== r.lane(ed.id)?.name ? { type: "update_lane", lane: ed.id, name } : null;
  }

  commit(): void {
    if (this.done) return;
    this.done = true;
    const ed = this.target;
    const after =
      ed.kind === "new"
        ? (ok: boolean) => {
            // Select the new card, so Enter edits it and the arrows go on from it.
            const id = ok ? this.ctx.records.cardsIn(ed.lane, ed.stage, ed.step)[ed.index]?.id : undefined;
            if (id) this.ctx.select({ kind: "cards", ids: [id] });
          }
        : undefined;
    this.finish({ command: this.command() }, after);
  }

  /** Whether the box has been finished. */
  get finished(): boolean {
    return this.done;
  }

  protected drag(): null {
    return null;
  }

  protected drop(): ToolResult {
    return {};
  }

  override move(): boolean {
    return false;
  }

  override overlay(): OverlayItem[] {
    return [{ t: "editor", layer: "screen", editor: this }];
  }
}

export const textEdit: ToolKind = {
  name: "text-edit",
  edits: true,
  press: () => null,
  dblclick(ctx, p: Pointer) {
    const h = headerAt(ctx.scene, p);
    if (h) return TextEditTool.rename(ctx, h.kind, h.id);
    if (p.region !== "cells") return null;
    const cell = cellAt(ctx.scene, p.x, p.y);
    if (!cell || cell.lane.kind === "emotions") return null;
    const card = cardAt(ctx.scene, p.x, p.y);
    if (card) return TextEditTool.card(ctx, card.card);
    const index = cardsInCell(ctx.scene, cell).filter((c) => p.y > c.y + c.h / 2).length;
    return TextEditTool.newCard(ctx, cell.lane.lane, cell.column.stage, cell.column.step, index);
  },
};
