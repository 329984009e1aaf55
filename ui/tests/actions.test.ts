// The table of actions: one declaration feeds the keyboard, the native menu
// and the command palette; read-only mode switches the editing ones off.
import { describe, expect, it } from "vitest";
import { ACTIONS, actionForKey, focusKind, isEnabled, runAction } from "../src/lib/actions";
import type { KeyInput } from "../src/lib/keys";
import { accelerator, shortcutOf } from "../src/lib/keys";
import { menuEnabled, nativeMenus } from "../src/lib/menu";
import { openEditor } from "./fixture";

const key = (key: string, more: Partial<KeyInput> = {}): KeyInput => ({
  key,
  code: more.code ?? (key.length === 1 ? `Key${key.toUpperCase()}` : key),
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...more,
});

describe("the table", () => {
  it("declares each action and each shortcut once", () => {
    const ids = ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = ACTIONS.flatMap((a) => a.keys ?? []);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("names shortcuts as people press them, also on non-Latin layouts", () => {
    expect(shortcutOf(key("z", { ctrlKey: true }))).toBe("Mod+Z");
    expect(shortcutOf(key("Z", { ctrlKey: true, shiftKey: true }))).toBe("Mod+Shift+Z");
    // Ctrl+Z on a Ukrainian layout types "я" on the Z key.
    expect(shortcutOf(key("я", { code: "KeyZ", ctrlKey: true }))).toBe("Mod+Z");
    expect(shortcutOf(key("+", { code: "Equal", ctrlKey: true, shiftKey: true }))).toBe("Mod++");
    expect(shortcutOf(key("Unidentified", { code: "Tab", shiftKey: true }))).toBe("Shift+Tab");
    expect(accelerator("Mod+Shift+Z")).toBe("CmdOrCtrl+Shift+Z");
    expect(accelerator("Mod+=")).toBe("CmdOrCtrl+Equal");
  });

  it("counts a select as a control, so Ctrl+Z still undoes while a dropdown has focus", () => {
    const el = (tagName: string, type = "") => ({ tagName, type, isContentEditable: false, closest: () => null, ownerDocument: { body: null } }) as unknown as Element;
    expect(focusKind(el("SELECT"))).toBe("control");
    expect(focusKind(el("TEXTAREA"))).toBe("text");
    expect(focusKind(el("INPUT", "text"))).toBe("text");
    expect(focusKind(el("INPUT", "checkbox"))).toBe("control");
    expect(focusKind(null)).toBe("map");
    expect(actionForKey(key("z", { ctrlKey: true }), focusKind(el("SELECT")))?.id).toBe("undo");
  });

  it("leaves a text field its own keys and a button its Enter and arrows, but not the chords", () => {
    expect(actionForKey(key("z", { ctrlKey: true }), "map")?.id).toBe("undo");
    expect(actionForKey(key("z", { ctrlKey: true }), "text")).toBeUndefined();
    expect(actionForKey(key("k", { ctrlKey: true }), "text")?.id).toBe("command_palette");
    expect(actionForKey(key("Enter"), "map")?.id).toBe("edit_selection");
    expect(actionForKey(key("Enter"), "control")).toBeUndefined();
    expect(actionForKey(key("ArrowLeft"), "control")).toBeUndefined();
    expect(actionForKey(key("d", { ctrlKey: true }), "control")?.id).toBe("duplicate");
  });
});

describe("running actions", () => {
  it("walks the selection with the arrows and moves cards with Ctrl+arrows", async () => {
    const { editor, backend } = await openEditor();
    editor.select({ kind: "cards", ids: ["a1"] });
    expect(runAction("nav_down", editor)).toBe(true);
    expect(editor.selection).toEqual({ kind: "cards", ids: ["a2"] });
    runAction("nudge_right", editor);
    await new Promise((r) => setTimeout(r, 0));
    expect(backend.applied).toEqual([{ type: "move_card", card: "a2", lane: "actions", stage: "s1", step: null, index: 1 }]);
  });

  it("deletes the selection as one step, and has nothing to delete without one", async () => {
    const { editor, backend } = await openEditor();
    expect(runAction("delete", editor)).toBe(false);
    editor.select({ kind: "cards", ids: ["a1", "b1"] });
    runAction("delete", editor);
    await new Promise((r) => setTimeout(r, 0));
    expect(backend.applied[0]).toMatchObject({ type: "batch", label: { key: "history-delete-cards", args: { count: 2 } } });
  });

  it("switches every editing action off in read-only mode, in the menu too", async () => {
    const { editor } = await openEditor();
    editor.select({ kind: "cards", ids: ["a1"] });
    editor.history = { undo: { key: "history-move-card", args: {} }, redo: null };
    expect(menuEnabled(editor).undo).toBe(true);
    editor.readOnly = true;
    const editing = ACTIONS.filter((a) => a.edits);
    expect(editing.length).toBeGreaterThan(5);
    for (const a of editing) expect(isEnabled(a, editor)).toBe(false);
    expect(menuEnabled(editor)).toMatchObject({ undo: false, delete: false, duplicate: false, zoom_in: true });
    expect(isEnabled(ACTIONS.find((a) => a.id === "copy")!, editor)).toBe(true);
    expect(runAction("delete", editor)).toBe(false);
  });

  it("builds the native menu from the table, in the UI's words, with separators between groups", () => {
    const menus = nativeMenus();
    expect(menus.map((m) => m.label)).toEqual(["File", "Edit", "View", "Map", "Language", "Help"]);
    const edit = menus.find((m) => m.id === "edit")!;
    expect(edit.items[0]).toEqual({ kind: "action", id: "undo", label: "Undo", accelerator: "CmdOrCtrl+Z", enabled: true });
    expect(edit.items.find((i) => i.kind === "system" && i.id === "copy")).toEqual({ kind: "system", id: "copy", role: "copy", label: "Copy" });
    expect(edit.items.find((i) => i.kind === "action" && i.id === "delete")).toMatchObject({ accelerator: null });
    expect(edit.items.filter((i) => i.kind === "separator").length).toBeGreaterThan(0);
    expect(menus[0]!.items.some((i) => i.kind === "recent")).toBe(true);
  });
});
