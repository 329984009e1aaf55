// What every canvas tool is: a small state machine that owns one gesture. A
// tool kind decides from a press (or a double click) whether the gesture is
// its own and starts a tool; the running tool takes the pointer moves and
// keys (pointing until the pointer travels past a threshold, then dragging
// with a local preview), draws its own overlay, and ends in at most one
// command (one undo step) or a new selection. Esc cancels and changes
// nothing. The canvas only forwards events (manager.svelte.ts) and draws the
// scene; the list of tools is in index.ts.

import type { Records } from "../records";
import type { Selection } from "../selection";
import type { Channel, Command, Id, Scene, SceneCard } from "../types";
import type { Region, Viewport } from "../viewport";

/** The layers a gesture can run in; a tool keeps the layer it started in. */
export type Layer = "cells" | "stages" | "lanes";

/**
 * A pointer position: world coordinates of the layer it is over (a sticky
 * header layer shifts its own coordinates), screen pixels relative to the
 * canvas, the region it is over and the modifier keys.
 */
export interface Pointer {
  x: number;
  y: number;
  sx: number;
  sy: number;
  region: Region;
  shift: boolean;
  /** Ctrl or Cmd. */
  mod: boolean;
  /** 0 primary, 1 middle, 2 secondary. */
  button: number;
}

/** What a finished gesture asks for. */
export interface ToolResult {
  command?: Command | null;
  select?: Selection;
}

/** What tools see of the editor and may ask of it. */
export interface ToolContext {
  readonly scene: Scene;
  readonly records: Records;
  readonly selection: Selection;
  readonly viewport: Viewport;
  /** The map on screen. */
  readonly mapId: Id | null;
  /** Editing is off (presentation, participant view): only looking around. */
  readonly readOnly: boolean;
  /** Whether the space bar is held (the hand tool's key). */
  readonly spaceDown: boolean;
  /** Width of the view in screen pixels (a right-to-left map's lane column sticks to its right edge). */
  readonly viewWidth: number;
  select(sel: Selection): void;
  run(command: Command | null | undefined): Promise<boolean>;
  /** Pan and zoom (kept on screen). */
  setViewport(v: Viewport): void;
}

/** Something a tool draws while it runs, in the coordinates of its layer ("screen": canvas pixels). */
export type OverlayItem =
  | { t: "rect"; layer: Layer; cls: string; x: number; y: number; w: number; h: number; r?: number }
  | { t: "line"; layer: Layer; cls: string; x1: number; y1: number; x2: number; y2: number }
  | { t: "circle"; layer: Layer; cls: string; cx: number; cy: number; r: number }
  | { t: "label"; layer: Layer; cls: string; x: number; y: number; text: string }
  /** The dragged cards, drawn lifted and offset by (dx, dy). */
  | { t: "ghost"; layer: Layer; dx: number; dy: number; cards: SceneCard[] }
  /** A channel icon following the pointer. */
  | { t: "icon"; layer: Layer; x: number; y: number; channel: Channel }
  /** A small dark badge in screen pixels (a size while resizing). */
  | { t: "badge"; layer: "screen"; x: number; y: number; text: string }
  /** The in-place text box (text edit tool). */
  | { t: "editor"; layer: "screen"; editor: TextEditor };

/** What the canvas needs to show an in-place text box. */
export interface TextEditor {
  readonly multiline: boolean;
  /** Accessible name of the box. */
  readonly label: string;
  /** Shown above a multi-line box. */
  readonly hint: string | null;
  /** Screen rectangle (canvas pixels) and font size in pixels. */
  readonly box: { x: number; y: number; w: number; h: number; fontSize: number; padding: number };
  text: string;
  /** Whether the box has been finished already. */
  readonly finished: boolean;
  /** Enter, Ctrl+Enter, Esc or leaving the box: finish (every exit keeps the text). */
  commit(): void;
}

/** Screen pixels a pointer must travel before a press becomes a drag. */
export const DRAG_THRESHOLD = 4;

/** A running gesture. */
export abstract class Tool<Preview = unknown> {
  phase: "pointing" | "dragging" = "pointing";
  preview: Preview | null = null;
  /** The layer whose coordinates the gesture uses throughout. */
  layer: Layer = "cells";
  /** Keep the preview on screen until the command's result arrives, so nothing jumps back. */
  holdPreview = true;

  constructor(
    protected readonly ctx: ToolContext,
    protected readonly start: Pointer,
  ) {}

  /** Feed a pointer move; returns true when the preview changed. */
  move(p: Pointer): boolean {
    if (this.phase === "pointing") {
      if (Math.hypot(p.sx - this.start.sx, p.sy - this.start.sy) < DRAG_THRESHOLD) return false;
      this.phase = "dragging";
    }
    this.preview = this.drag(p);
    return true;
  }

  /** The pointer was released. */
  end(p: Pointer): ToolResult {
    if (this.phase === "pointing") return this.click(p);
    this.preview = this.drag(p);
    return this.drop(p);
  }

  /** A key while the tool runs; true when the tool used it (Esc is the manager's). */
  key(_key: string): boolean {
    return false;
  }

  /** What to draw now. */
  overlay(): OverlayItem[] {
    return [];
  }

  /** Records drawn faded while the gesture runs (the dragged cards, the moved point). */
  lifted(): ReadonlySet<Id> {
    return EMPTY;
  }

  /** The cursor while the tool runs. */
  cursor(): string | null {
    return null;
  }

  protected abstract drag(p: Pointer): Preview | null;
  protected abstract drop(p: Pointer): ToolResult;
  protected click(_p: Pointer): ToolResult {
    return {};
  }
}

const EMPTY: ReadonlySet<Id> = new Set();

/** A kind of tool: which presses start it, and what it shows before. */
export interface ToolKind {
  readonly name: string;
  /** Whether it edits the map (read-only mode skips it). */
  readonly edits: boolean;
  /** A press here: a tool to run, true when handled at once (a selection), null when not its place. */
  press(ctx: ToolContext, p: Pointer): Tool | true | null;
  /** The cursor over this place when no tool runs; null when not its place. */
  hover?(ctx: ToolContext, p: Pointer): string | null;
  /** A double click here: a tool to run, true when handled at once, null when not its place. */
  dblclick?(ctx: ToolContext, p: Pointer): Tool | true | null;
}
