// Every action of the editor, declared once: its id, the message key of its
// name, its shortcuts, where it sits in the native menu, when it is enabled
// and what it does. The native menu bar, the toolbar's buttons and
// tooltips, the keyboard and the command palette (Ctrl+K) all read this
// table. Read-only mode (presentation, participant views) switches off every
// action that edits, here and nowhere else.

import type { Editor } from "./editor.svelte";
import { shortcutOf, type KeyInput } from "./keys";
import { oneStep, planMoves } from "./moves";
import { move as navMove, selectedCards, type NavKey } from "./selection";
import type { Command } from "./types";
import { zoomAt } from "./viewport";

/** The native menus, in menu bar order. */
export const MENUS = ["file", "edit", "view", "map", "language", "help"] as const;
export type MenuId = (typeof MENUS)[number];

export interface Action {
  id: string;
  /** Message key of its name (menus, tooltips, the command palette). */
  label: string;
  /** Shortcuts ("Mod+Shift+Z"); the first is the one menus and tooltips show. */
  keys?: string[];
  /** Its native menu, and the group within it (a separator between groups). */
  menu?: [MenuId, number];
  /** Changes the project: off in read-only mode. */
  edits?: boolean;
  /** Its keys work while typing in a text field (else the field keeps them). */
  inText?: boolean;
  /** Listed in the command palette (default: yes). */
  palette?: boolean;
  /**
   * The native menu shows the system's own item for it, which sends the
   * key itself when chosen, so the page's key handling (which leaves text
   * fields their own copy and paste) does the work.
   */
  system?: "cut" | "copy" | "paste" | "select_all";
  /** Whether it can run now (default: a project is open). */
  enabled?(e: Editor): boolean;
  run(e: Editor): unknown;
}

const hasMap = (e: Editor) => !!e.scene;
const hasCards = (e: Editor) => selectedCards(e.selection).length > 0;

/** Zoom by a factor about the middle of the view. */
function zoomBy(e: Editor, factor: number) {
  const { w, h } = e.viewSize;
  e.setViewport(zoomAt(e.viewport, factor, w / 2, h / 2));
}

/**
 * Where the keyboard is: in a text field (which keeps its editing keys), on
 * another control (a button or a select keeps Enter, Space, arrows, Tab and
 * its type-ahead; chords still run), or on the map (the canvas, or nothing
 * focused).
 */
export type FocusKind = "text" | "control" | "map";

const TEXT_INPUTS = new Set(["text", "search", "number", "date", "email", "url", "tel", "password", ""]);

/** What the focused element is, for the keyboard. */
export function focusKind(el: Element | null): FocusKind {
  if (!el || el === el.ownerDocument?.body) return "map";
  if (el.closest("[data-testid=canvas]") && !el.closest(".overlay-ui")) return "map";
  const tag = el.tagName;
  // A select is a control: it keeps its arrows and type-ahead, not Ctrl+Z.
  if (tag === "TEXTAREA" || (el as HTMLElement).isContentEditable) return "text";
  if (tag === "INPUT") return TEXT_INPUTS.has((el as HTMLInputElement).type) ? "text" : "control";
  return "control";
}

/** Keyboard walk of the selection (arrows, Tab, Home, End). */
function nav(key: NavKey) {
  return (e: Editor) => {
    // On a right-to-left map the arrows follow what the eye sees.
    const mirrored = e.scene?.rtl && (key === "ArrowLeft" || key === "ArrowRight");
    const k: NavKey = mirrored ? (key === "ArrowLeft" ? "ArrowRight" : "ArrowLeft") : key;
    const next = navMove(e.gridIndex(), e.selection, k);
    if (next) {
      e.select(next);
      e.reveal(next);
    }
    return !!next;
  };
}

/** Ctrl+arrows: move the selected cards, stage, step or lane one place, or change an emotion point. */
export function nudge(e: Editor, key: "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight"): Command | null {
  const s = e.selection;
  const r = e.records;
  const map = e.mapId;
  const scene = e.scene;
  if (!map || !scene) return null;
  const horizontal = key === "ArrowLeft" || key === "ArrowRight";
  // Left is back along the journey, or forward on a right-to-left map.
  const back = key === "ArrowUp" || (horizontal && (key === "ArrowLeft") !== scene.rtl);
  const dir = back ? -1 : 1;
  if (s.kind === "stage" && horizontal) {
    const i = r.stages(map).findIndex((x) => x.id === s.id);
    return i + dir < 0 ? null : { type: "move_stage", stage: s.id, index: i + dir };
  }
  if (s.kind === "step" && horizontal) {
    const stage = r.step(s.id)?.stage;
    const i = stage ? r.steps(stage).findIndex((x) => x.id === s.id) : -1;
    return i + dir < 0 ? null : { type: "move_step", step: s.id, index: i + dir };
  }
  if (s.kind === "lane" && !horizontal) {
    const i = r.lanes(map).findIndex((x) => x.id === s.id);
    return i + dir < 0 ? null : { type: "move_lane", lane: s.id, index: i + dir };
  }
  if (s.kind === "cell" && !horizontal && r.lane(s.lane)?.kind === "emotions") {
    const p = r.emotionAt(s.lane, s.stage, s.step);
    const [min, max] = scene.emotion_scale;
    const value = Math.max(min, Math.min(max, (p?.value ?? 0) - dir));
    return p && value === p.value ? null : { type: "set_emotion", lane: s.lane, stage: s.stage, step: s.step, value };
  }
  if (s.kind !== "cards") return null;
  const set = new Set(s.ids);
  const ids = scene.cards.filter((c) => set.has(c.card)).map((c) => c.card);
  const first = r.card(ids[0]);
  if (!first) return null;
  const count = { count: ids.length };
  if (!horizontal) {
    const cell = r.cardsIn(first.lane, first.stage, first.step).map((c) => c.id);
    if (!ids.every((id) => cell.includes(id))) return null;
    const others = cell.filter((id) => !set.has(id));
    const at = cell.indexOf(ids[0]!) - cell.slice(0, cell.indexOf(ids[0]!)).filter((id) => set.has(id)).length;
    const to = at + dir;
    if (to < 0 || to > others.length) return null;
    return oneStep(planMoves(cell, ids, { lane: first.lane, stage: first.stage, step: first.step }, to), "history-move-cards", count);
  }
  const cols = r.columns(map);
  const ci = cols.findIndex((c) => c.stage.id === first.stage && (c.step?.id ?? null) === (first.step ?? null));
  const target = cols[ci + dir];
  if (!target) return null;
  const here = r.cardsIn(first.lane, first.stage, first.step).findIndex((c) => c.id === first.id);
  const there = r.cardsIn(first.lane, target.stage.id, target.step?.id ?? null).map((c) => c.id);
  const to = { lane: first.lane, stage: target.stage.id, step: target.step?.id ?? null };
  return oneStep(planMoves(there, ids, to, Math.min(here, there.length)), "history-move-cards", count);
}

/** What Delete deletes: the selected cards, stage, step or lane, or an emotion point. */
export function deletion(e: Editor): Command | null {
  const s = e.selection;
  if (s.kind === "cards") return oneStep(s.ids.map((card) => ({ type: "delete_card", card })), "history-delete-cards", { count: s.ids.length });
  if (s.kind === "stage") return { type: "delete_stage", stage: s.id };
  if (s.kind === "step") return { type: "delete_step", step: s.id };
  if (s.kind === "lane") return { type: "delete_lane", lane: s.id };
  if (s.kind === "cell" && e.records.emotionAt(s.lane, s.stage, s.step)) return { type: "clear_emotion", lane: s.lane, stage: s.stage, step: s.step };
  return null;
}

const move = (key: "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight", label: string): Action => ({
  id: `nudge_${key.slice(5).toLowerCase()}`,
  label,
  keys: [`Mod+${key}`],
  edits: true,
  enabled: (e) => !!nudge(e, key),
  run: (e) => e.run(nudge(e, key)),
});

const walk = (id: string, key: NavKey, keys: string[], label: string): Action => ({
  id,
  label,
  keys,
  palette: false,
  enabled: hasMap,
  run: nav(key),
});

/** The table. */
export const ACTIONS: readonly Action[] = [
  // File
  { id: "new", label: "action-new", keys: ["Mod+N"], menu: ["file", 0], enabled: () => true, run: (e) => (e.panels.templates = true) },
  { id: "open", label: "action-open", keys: ["Mod+O"], menu: ["file", 0], enabled: () => true, run: (e) => e.openProject() },
  { id: "save_as", label: "action-save-as", keys: ["Mod+Shift+S"], menu: ["file", 1], run: (e) => e.saveAs() },
  { id: "export", label: "action-export", keys: ["Mod+E"], menu: ["file", 1], run: (e) => (e.panels.exporting = true) },
  { id: "close", label: "action-close", keys: ["Mod+W"], menu: ["file", 2], run: (e) => e.closeProject() },
  { id: "quit", label: "action-quit", keys: ["Mod+Q"], menu: ["file", 2], enabled: () => true, inText: true, run: (e) => e.backend.quit() },
  // Edit
  {
    id: "undo",
    label: "action-undo",
    keys: ["Mod+Z"],
    menu: ["edit", 0],
    edits: true,
    enabled: (e) => !!e.history.undo,
    run: (e) => e.undo(),
  },
  {
    id: "redo",
    label: "action-redo",
    keys: ["Mod+Shift+Z", "Mod+Y"],
    menu: ["edit", 0],
    edits: true,
    enabled: (e) => !!e.history.redo,
    run: (e) => e.redo(),
  },
  { id: "cut", label: "action-cut", keys: ["Mod+X"], menu: ["edit", 1], system: "cut", edits: true, enabled: hasCards, run: (e) => e.cut() },
  { id: "copy", label: "action-copy", keys: ["Mod+C"], menu: ["edit", 1], system: "copy", enabled: hasCards, run: (e) => e.copy() },
  {
    id: "paste",
    label: "action-paste",
    keys: ["Mod+V"],
    menu: ["edit", 1],
    system: "paste",
    edits: true,
    enabled: (e) => !!e.clip && hasMap(e),
    run: (e) => e.paste(),
  },
  { id: "duplicate", label: "action-duplicate", keys: ["Mod+D"], menu: ["edit", 1], edits: true, enabled: hasCards, run: (e) => e.duplicate() },
  {
    id: "delete",
    label: "action-delete",
    keys: ["Delete", "Backspace"],
    menu: ["edit", 2],
    edits: true,
    enabled: (e) => !!deletion(e),
    run: (e) => e.run(deletion(e)),
  },
  {
    id: "select_all",
    label: "action-select-all",
    keys: ["Mod+A"],
    menu: ["edit", 2],
    system: "select_all",
    enabled: (e) => !!e.scene?.cards.length,
    run: (e) => e.select({ kind: "cards", ids: e.scene!.cards.map((c) => c.card) }),
  },
  {
    id: "edit_selection",
    label: "action-edit-selection",
    keys: ["Enter", "F2"],
    menu: ["edit", 3],
    edits: true,
    enabled: (e) => hasMap(e) && e.selection.kind !== "none",
    run: (e) => e.tools.editSelection(),
  },
  {
    id: "deselect",
    label: "action-deselect",
    keys: ["Escape"],
    palette: false,
    enabled: (e) => e.selection.kind !== "none",
    run: (e) => e.select({ kind: "none" }),
  },
  {
    id: "command_palette",
    label: "action-command-palette",
    keys: ["Mod+K"],
    menu: ["edit", 4],
    inText: true,
    palette: false,
    enabled: () => true,
    run: (e) => (e.panels.commands = !e.panels.commands),
  },
  // Moving things with the keyboard
  move("ArrowLeft", "action-nudge-left"),
  move("ArrowRight", "action-nudge-right"),
  move("ArrowUp", "action-nudge-up"),
  move("ArrowDown", "action-nudge-down"),
  walk("nav_up", "ArrowUp", ["ArrowUp"], "action-nav-up"),
  walk("nav_down", "ArrowDown", ["ArrowDown"], "action-nav-down"),
  walk("nav_left", "ArrowLeft", ["ArrowLeft"], "action-nav-left"),
  walk("nav_right", "ArrowRight", ["ArrowRight"], "action-nav-right"),
  walk("nav_next", "Tab", ["Tab"], "action-nav-next"),
  walk("nav_previous", "ShiftTab", ["Shift+Tab"], "action-nav-previous"),
  walk("nav_first", "Home", ["Home"], "action-nav-first"),
  walk("nav_last", "End", ["End"], "action-nav-last"),
  // View
  { id: "zoom_in", label: "action-zoom-in", keys: ["Mod+=", "Mod++"], menu: ["view", 0], enabled: hasMap, run: (e) => zoomBy(e, 1.25) },
  { id: "zoom_out", label: "action-zoom-out", keys: ["Mod+-"], menu: ["view", 0], enabled: hasMap, run: (e) => zoomBy(e, 0.8) },
  { id: "zoom_fit", label: "action-zoom-fit", keys: ["Mod+0"], menu: ["view", 0], enabled: hasMap, run: (e) => e.zoomToFit() },
  {
    id: "zoom_100",
    label: "action-zoom-100",
    keys: ["Mod+1"],
    menu: ["view", 0],
    enabled: hasMap,
    run: (e) => zoomBy(e, 1 / e.viewport.zoom),
  },
  {
    id: "personas",
    label: "action-personas",
    keys: ["Mod+Shift+P"],
    menu: ["view", 1],
    run: (e) => (e.panels.side = e.panels.side === "personas" ? "inspector" : "personas"),
  },
  { id: "fullscreen", label: "action-fullscreen", keys: ["F11"], menu: ["view", 2], enabled: () => true, inText: true, run: (e) => e.backend.toggleFullscreen() },
  // Map
  {
    id: "duplicate_future",
    label: "action-duplicate-future",
    menu: ["map", 0],
    edits: true,
    enabled: (e) => !!e.mapId,
    run: (e) => e.duplicateAsFuture(),
  },
  { id: "add_stage", label: "action-add-stage", menu: ["map", 1], edits: true, enabled: (e) => !!e.mapId, run: (e) => e.addStage() },
  // Help
  { id: "about", label: "action-about", menu: ["help", 0], enabled: () => true, run: (e) => e.toast(e.about()) },
];

const byId = new Map(ACTIONS.map((a) => [a.id, a]));

/** An action by id. */
export function action(id: string): Action | undefined {
  return byId.get(id);
}

/** Whether an action can run now (read-only mode switches off every editing action). */
export function isEnabled(a: Action, e: Editor): boolean {
  if (a.edits && e.readOnly) return false;
  return a.enabled ? a.enabled(e) : e.open;
}

/** Whether a shortcut is a chord (with Ctrl, Alt or a function key): only those go into the native menu, which would otherwise take plain keys from text fields. */
export const isChord = (s: string): boolean => /^(Mod|Alt)\+|^F\d+$/.test(s);

/** Run an action by id when it is enabled; true when it ran. */
export function runAction(id: string, e: Editor): boolean {
  const a = byId.get(id);
  if (!a || !isEnabled(a, e)) return false;
  void a.run(e);
  return true;
}

/**
 * The action a key event asks for, if any. In a text field only actions
 * marked `inText` take keys; on another control only shortcuts with Ctrl,
 * Alt or a function key do, so the control keeps Enter, Space, arrows and Tab.
 */
export function actionForKey(k: KeyInput, focus: FocusKind): Action | undefined {
  const s = shortcutOf(k);
  return ACTIONS.find((a) => a.keys?.includes(s) && (focus === "map" || (focus === "control" ? isChord(s) : !!a.inText)));
}
