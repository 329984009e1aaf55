// The editor without a window: its call queue, how it patches records with
// the core's changes, how it reports errors, where undo takes the user, the
// fit of a map opened before the window had its size, and read-only mode.
import { describe, expect, it } from "vitest";
import type { Applied, CardRec, Command } from "../src/lib/types";
import { deferred } from "./fakeBackend";
import { openEditor, records } from "./fixture";

const settle = () => new Promise((r) => setTimeout(r, 0));
const a1 = () => records().find((r) => r.id === "a1") as CardRec;

describe("the call queue", () => {
  it("sends commands one after another, in the order they were asked for", async () => {
    const { editor, backend } = await openEditor();
    const first = deferred<Applied>();
    backend.answer = (c) => (c.type === "delete_card" && c.card === "a1" ? first.promise : { change: { ops: [] }, history: { undo: null, redo: null } });
    const one = editor.run({ type: "delete_card", card: "a1" });
    const two = editor.run({ type: "delete_card", card: "a2" });
    await settle();
    expect(backend.applied.map((c) => c.type === "delete_card" && c.card)).toEqual(["a1"]);
    expect(editor.pending).toBe(2);
    first.resolve({ change: { ops: [{ op: "remove", record: a1() }] }, history: { undo: { key: "history-delete-card", args: {} }, redo: null } });
    expect(await one).toBe(true);
    expect(await two).toBe(true);
    expect(backend.applied.map((c) => c.type === "delete_card" && c.card)).toEqual(["a1", "a2"]);
    expect(editor.pending).toBe(0);
  });

  it("patches its records with the change and drops removed cards from the selection", async () => {
    const { editor, backend } = await openEditor();
    editor.select({ kind: "cards", ids: ["a1", "a2"] });
    const moved = { ...a1(), text: "Reads reviews" };
    backend.answer = () => ({
      change: { ops: [{ op: "update", from: a1(), to: moved }, { op: "remove", record: records().find((r) => r.id === "a2")! }] },
      history: { undo: { key: "history-several-edits", args: {} }, redo: null },
    });
    await editor.run({ type: "edit_card", card: "a1", patch: { text: "Reads reviews" } });
    expect(editor.records.card("a1")?.text).toBe("Reads reviews");
    expect(editor.records.card("a2")).toBeUndefined();
    expect(editor.selection).toEqual({ kind: "cards", ids: ["a1"] });
    expect(editor.history.undo).toEqual({ key: "history-several-edits", args: {} });
  });

  it("says a refused command in words from the catalog, with its parameters, and keeps the records", async () => {
    const { editor, backend } = await openEditor();
    backend.answer = () => {
      throw { code: "invalid", message: "english text", key: "toast-copied", params: { count: 3 } };
    };
    expect(await editor.run({ type: "delete_card", card: "a1" })).toBe(false);
    expect(editor.toasts.at(-1)).toMatchObject({ kind: "error", text: "Copied \u20683\u2069 cards." });
    expect(editor.records.card("a1")).toBeDefined();
  });

  it("falls back to the core's sentence for an error the catalog does not know", async () => {
    const { editor, backend } = await openEditor();
    backend.answer = () => {
      throw { code: "storage", message: "saving failed: disk full" };
    };
    await editor.run({ type: "delete_card", card: "a1" });
    expect(editor.toasts.at(-1)?.text).toBe("Saving failed: disk full");
  });
});

describe("views of the records", () => {
  it("get a new records object after each change, the old one unchanged, so a view kept on it is recomputed", async () => {
    const { editor, backend } = await openEditor();
    const before = editor.records;
    backend.answer = () => ({ change: { ops: [{ op: "remove", record: a1() }] }, history: { undo: null, redo: null } });
    await editor.run({ type: "delete_card", card: "a1" });
    expect(editor.records).not.toBe(before);
    expect(editor.records.card("a1")).toBeUndefined();
    expect(before.card("a1")).toBeDefined();
  });
});

describe("undo and redo", () => {
  it("takes the user to the map an undo changed when it is not on screen, and says what was undone", async () => {
    const { editor, backend } = await openEditor();
    const lane = records().find((r) => r.id === "n-lane")!;
    editor.history = { undo: { key: "history-edit-lane", args: {} }, redo: null };
    backend.undos.push({
      change: { ops: [{ op: "update", from: { ...lane, name: "Doing" } as typeof lane, to: lane }] },
      history: { undo: null, redo: { key: "history-edit-lane", args: {} } },
    });
    await editor.undo();
    expect(editor.mapId).toBe("n");
    expect(editor.scene?.map).toBe("n");
    const toast = editor.toasts.at(-1)!.text;
    expect(toast).toContain("Other");
    expect(toast).toContain("Undone");
  });

  it("selects the cards an undo brought back on the map on screen", async () => {
    const { editor, backend } = await openEditor();
    backend.undos.push({ change: { ops: [{ op: "update", from: a1(), to: { ...a1(), text: "x" } }] }, history: { undo: null, redo: null } });
    await editor.undo();
    expect(editor.mapId).toBe("m");
    expect(editor.selection).toEqual({ kind: "cards", ids: ["a1"] });
    expect(editor.toasts).toEqual([]);
  });
});

describe("the view", () => {
  it("fits a map opened before the window had its size again once the size is known", async () => {
    const { editor } = await openEditor();
    editor.zoomToFit(true);
    const before = editor.viewport.zoom;
    (editor as unknown as { autoFit: string }).autoFit = "m";
    editor.resized(500, 400);
    expect(editor.viewport.zoom).toBeLessThan(before);
    const fitted = editor.viewport;
    editor.setViewport({ ...fitted, x: fitted.x + 40 });
    editor.resized(900, 600);
    expect(editor.viewport.x).toBe(fitted.x + 40);
  });
});

describe("read-only mode", () => {
  it("sends no command, no undo and no redo", async () => {
    const { editor, backend } = await openEditor();
    editor.readOnly = true;
    expect(await editor.run({ type: "delete_card", card: "a1" } as Command)).toBe(false);
    await editor.undo();
    await editor.redo();
    expect(backend.calls.filter((c) => c === "apply" || c === "undo" || c === "redo")).toEqual([]);
  });
});
