// The canvas's gesture router: the one place that turns forwarded pointer
// and key events into tool runs. A press or a double click goes to the first
// tool kind whose place it is (index.ts); the running tool gets the moves
// (the latest one per frame), keys and the release, draws the overlay, and
// its result (a selection, at most one command) goes back to the editor.
// Read-only mode skips every tool kind that edits and drops any command.

import type { ImageTarget } from "../backend";
import { cardAt, cardsInCell, cellAt } from "../geometry";
import { NONE } from "../selection";
import type { Channel, Id, LaneKind } from "../types";
import { regionAt, toWorld } from "../viewport";
import { animationFrames, LatestPerFrame, type FrameClock } from "../frameQueue";
import { ChannelDropTool } from "./channelDrop";
import { TOOLS } from "./index";
import { LaneDropTool } from "./laneDrop";
import { TextEditTool } from "./textEdit";
import type { Layer, OverlayItem, Pointer, Tool, ToolContext, ToolKind, ToolResult } from "./tool";

/** A pointer event as the canvas forwards it: canvas pixels and buttons. */
export interface ScreenInput {
  sx: number;
  sy: number;
  shift: boolean;
  mod: boolean;
  button: number;
}

/** Where tools get their context from (the editor). */
export interface ToolHost {
  /** The context, or null while no map is on screen. */
  toolContext(): ToolContext | null;
}

/** What drops need to know of the vocabulary. */
export interface DropWords {
  /** Whether cards of a lane kind carry a channel. */
  carriesChannel(kind: string): boolean;
  /** Whether cards of a lane kind can hold a picture. */
  takesPicture(kind: string): boolean;
  /** A new lane's name for its kind, in the user's language. */
  laneName(kind: LaneKind): string;
}

const EMPTY: ReadonlySet<Id> = new Set();

export class ToolManager {
  /** The gesture running now. */
  active = $state.raw<Tool | null>(null);
  /** Bumped when the running tool's preview changes. */
  private version = $state(0);
  /** Whether the space bar is held (outside text fields). */
  spaceDown = $state(false);
  private hovered = $state("default");
  /** Give the canvas the keyboard back (set by the canvas). */
  focusCanvas: () => void = () => undefined;
  /** The canvas's place in the window, to turn client coordinates into canvas pixels (set by the canvas). */
  origin: () => { left: number; top: number; width: number; height: number } | null = () => null;
  private readonly moves: LatestPerFrame<ScreenInput>;

  constructor(
    private readonly host: ToolHost,
    private readonly palette: DropWords,
    private readonly kinds: readonly ToolKind[] = TOOLS,
    clock: FrameClock = animationFrames,
  ) {
    this.moves = new LatestPerFrame((i) => this.handleMove(i), clock);
  }

  /** What the running tool draws. */
  readonly overlay: OverlayItem[] = $derived.by(() => {
    void this.version;
    return this.active?.overlay() ?? [];
  });

  /** Records drawn faded while a gesture runs. */
  readonly lifted: ReadonlySet<Id> = $derived.by(() => {
    void this.version;
    return this.active?.lifted() ?? EMPTY;
  });

  /** The cursor over the canvas. */
  get cursor(): string {
    const a = this.active;
    if (a) return a.cursor() ?? "default";
    return this.spaceDown ? "grab" : this.hovered;
  }

  /** The pointer for a tool: world coordinates of the layer it is over, or of `layer`. */
  pointer(i: ScreenInput, layer?: Layer): Pointer | null {
    const ctx = this.host.toolContext();
    if (!ctx) return null;
    const vp = ctx.viewport;
    const r = regionAt(vp, ctx.scene, i.sx, i.sy, ctx.viewWidth);
    let { x, y } = r;
    const w = toWorld(vp, i.sx, i.sy);
    if (layer === "cells") ({ x, y } = w);
    if (layer === "stages") x = w.x;
    if (layer === "lanes") y = w.y;
    return { x, y, sx: i.sx, sy: i.sy, region: r.region, shift: i.shift, mod: i.mod, button: i.button };
  }

  /** A press on the canvas; true when a tool took it (the canvas then captures the pointer). */
  down(i: ScreenInput): boolean {
    this.moves.clear();
    const a = this.active;
    if (a instanceof TextEditTool) a.commit();
    else if (a) return false;
    const ctx = this.host.toolContext();
    const p = this.pointer(i);
    if (!ctx || !p) return false;
    for (const k of this.kinds) {
      if (k.edits && ctx.readOnly) continue;
      const t = k.press(ctx, p);
      if (t === true) return false;
      if (t) {
        this.active = t;
        this.version++;
        return true;
      }
    }
    if (p.region === "outside" || p.region === "corner") ctx.select(NONE);
    return false;
  }

  /** A pointer move; handled at the start of the next frame, only the latest. */
  move(i: ScreenInput): void {
    this.moves.push(i);
  }

  private handleMove(i: ScreenInput): void {
    const t = this.active;
    if (t) {
      const p = this.pointer(i, t.layer);
      if (p && t.move(p)) this.version++;
      return;
    }
    const ctx = this.host.toolContext();
    const p = this.pointer(i);
    if (!ctx || !p) return;
    let cursor = "default";
    for (const k of this.kinds) {
      if (k.edits && ctx.readOnly) continue;
      const c = k.hover?.(ctx, p);
      if (c) {
        cursor = c;
        break;
      }
    }
    this.hovered = cursor;
  }

  /** The pointer was released: the running tool ends, its result is applied. */
  async up(i: ScreenInput): Promise<void> {
    this.moves.flush();
    const t = this.active;
    if (!t || t instanceof TextEditTool) return;
    const p = this.pointer(i, t.layer);
    if (!p) {
      this.clear(t);
      return;
    }
    const result = t.end(p);
    this.version++;
    if (!t.holdPreview) this.clear(t);
    // A held preview stays until the new scene arrives, so nothing jumps back.
    await this.apply(result);
    this.clear(t);
  }

  /** A double click: the first tool kind whose place it is handles it. */
  dblclick(i: ScreenInput): void {
    if (this.active) return;
    const ctx = this.host.toolContext();
    const p = this.pointer(i);
    if (!ctx || !p) return;
    for (const k of this.kinds) {
      if (k.edits && ctx.readOnly) continue;
      const r = k.dblclick?.(ctx, p);
      if (r === true) return;
      if (r) {
        this.begin(r);
        return;
      }
    }
  }

  /** Stop the running gesture without a result (Esc, lost pointer). */
  cancel(): void {
    this.moves.clear();
    const a = this.active;
    if (a instanceof TextEditTool) return;
    this.active = null;
  }

  /**
   * A key pressed outside text fields. Esc cancels a gesture; the space bar
   * arms the hand. True when the key was used here.
   */
  keydown(key: string): boolean {
    if (key === " ") {
      this.spaceDown = true;
      return true;
    }
    const a = this.active;
    if (!a || a instanceof TextEditTool) return false;
    if (key === "Escape") {
      this.cancel();
      return true;
    }
    return a.key(key);
  }

  /** A key released. */
  keyup(key: string): void {
    if (key === " ") this.spaceDown = false;
  }

  /** The window lost the keyboard: no key is held any more. */
  blur(): void {
    this.spaceDown = false;
  }

  /** Run a tool that a palette, an action or a double click started. */
  begin(tool: Tool): void {
    const a = this.active;
    if (a instanceof TextEditTool) a.commit();
    else if (a) return;
    if (tool instanceof TextEditTool) {
      tool.finish = (result, after) => {
        this.clear(tool);
        this.focusCanvas();
        void this.apply(result, after);
      };
    }
    this.active = tool;
    this.version++;
  }

  /** The text box open now, if any. */
  get editing(): TextEditTool | null {
    return this.active instanceof TextEditTool ? this.active : null;
  }

  /** Open a text box over the selection (Enter, F2). */
  editSelection(): boolean {
    const ctx = this.host.toolContext();
    if (!ctx || ctx.readOnly) return false;
    const t = TextEditTool.forSelection(ctx, ctx.selection);
    if (t) this.begin(t);
    return !!t;
  }

  /** Edit a card's text on the map. */
  editCard(id: Id): void {
    const ctx = this.host.toolContext();
    const t = ctx && !ctx.readOnly ? TextEditTool.card(ctx, id) : null;
    if (t) this.begin(t);
  }

  /** Start naming a stage, step or lane on the map. */
  rename(kind: "stage" | "step" | "lane", id: Id): void {
    const ctx = this.host.toolContext();
    const t = ctx && !ctx.readOnly ? TextEditTool.rename(ctx, kind, id) : null;
    if (t) this.begin(t);
  }

  /** Start writing a new card into a cell. */
  newCard(lane: Id, stage: Id, step: Id | null, index?: number): void {
    const ctx = this.host.toolContext();
    const t = ctx && !ctx.readOnly ? TextEditTool.newCard(ctx, lane, stage, step, index) : null;
    if (t) this.begin(t);
  }

  /** A palette item is being dragged at this client position. */
  paletteMove(kind: "channel" | "lane", value: string, clientX: number, clientY: number): void {
    const ctx = this.host.toolContext();
    const o = this.origin();
    if (!ctx || !o || ctx.readOnly || !ctx.mapId) return;
    const i: ScreenInput = { sx: clientX - o.left, sy: clientY - o.top, shift: false, mod: false, button: 0 };
    const p = this.pointer(i, "cells");
    if (!p) return;
    let t = this.active;
    if (!(t instanceof ChannelDropTool || t instanceof LaneDropTool)) {
      if (t) return;
      t =
        kind === "channel"
          ? new ChannelDropTool(ctx, p, value as Channel, (k) => this.palette.carriesChannel(k))
          : new LaneDropTool(ctx, p, ctx.mapId, value as LaneKind, this.palette.laneName(value as LaneKind));
      this.active = t;
    }
    if (t.move(p)) this.version++;
  }

  /** The palette drag ended at this client position (outside the canvas: nothing happens). */
  async paletteDrop(clientX: number, clientY: number): Promise<void> {
    const t = this.active;
    const o = this.origin();
    if (!(t instanceof ChannelDropTool || t instanceof LaneDropTool)) return;
    const sx = clientX - (o?.left ?? 0);
    const sy = clientY - (o?.top ?? 0);
    const inside = !!o && sx >= 0 && sy >= 0 && sx < o.width && sy < o.height;
    const p = this.pointer({ sx, sy, shift: false, mod: false, button: 0 }, "cells");
    const result = inside && p ? t.end(p) : {};
    await this.apply(result);
    this.clear(t);
  }

  /** The palette drag was cancelled. */
  paletteCancel(): void {
    if (this.active instanceof ChannelDropTool || this.active instanceof LaneDropTool) this.active = null;
  }

  /** Where a picture file dropped at a client position goes: a card that can hold one, or a new card in such a place. */
  pictureTargetAt(clientX: number, clientY: number): ImageTarget | null {
    const ctx = this.host.toolContext();
    const o = this.origin();
    if (!ctx || !o || ctx.readOnly) return null;
    const p = this.pointer({ sx: clientX - o.left, sy: clientY - o.top, shift: false, mod: false, button: 0 });
    if (!p || p.region !== "cells") return null;
    const cell = cellAt(ctx.scene, p.x, p.y);
    if (!cell || !this.palette.takesPicture(cell.lane.kind)) return null;
    const card = cardAt(ctx.scene, p.x, p.y);
    if (card) return { kind: "card", card: card.card };
    const index = cardsInCell(ctx.scene, cell).filter((c) => p.y > c.y + c.h / 2).length;
    return { kind: "new_card", lane: cell.lane.lane, stage: cell.column.stage, step: cell.column.step, index };
  }

  private clear(t: Tool): void {
    if (this.active === t) {
      this.active = null;
      this.version++;
    }
  }

  private async apply(r: ToolResult, after?: (applied: boolean) => void): Promise<void> {
    const ctx = this.host.toolContext();
    if (!ctx) return;
    if (r.select) ctx.select(r.select);
    const ok = r.command && !ctx.readOnly ? await ctx.run(r.command) : false;
    after?.(ok);
  }
}
