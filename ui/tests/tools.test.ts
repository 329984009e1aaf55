// Every canvas tool, run the way the canvas runs it: pointer events into the
// editor's tool manager, over the fixture project and a fake backend. What
// reaches the backend (one command per gesture) and the selection are what a
// user would notice.
import { describe, expect, it } from "vitest";
import { at, cardRec, drag, openEditor, settle } from "./fixture";


describe("card drag", () => {
  it("is a click that selects the card, not a move, until the pointer travels past the threshold", async () => {
    const { editor, backend } = await openEditor();
    await drag(editor, [200, 70], [202, 71]);
    expect(backend.applied).toEqual([]);
    expect(editor.selection).toEqual({ kind: "cards", ids: ["a1"] });
  });

  it("ends in one move_card to the cell and place under the pointer, and shows a drop line meanwhile", async () => {
    const { editor, backend } = await openEditor();
    editor.tools.down(at(200, 70));
    editor.tools.move(at(300, 80));
    editor.tools.move(at(400, 110));
    const line = editor.tools.overlay.find((o) => o.t === "line");
    expect(line).toMatchObject({ layer: "cells", y1: 103 });
    expect(editor.tools.lifted.has("a1")).toBe(true);
    await editor.tools.up(at(400, 110));
    expect(backend.applied).toEqual([{ type: "move_card", card: "a1", lane: "actions", stage: "s1", step: null, index: 1 }]);
    expect(editor.tools.active).toBeNull();
  });

  it("moves every selected card as one batch named for the undo menu", async () => {
    const { editor, backend } = await openEditor();
    editor.select({ kind: "cards", ids: ["a1", "a2"] });
    await drag(editor, [200, 70], [400, 55]);
    const c = backend.applied[0]!;
    expect(c).toMatchObject({ type: "batch", label: { key: "history-move-cards", args: { count: 2 } } });
    expect(c.type === "batch" && c.commands.map((x) => x.type === "move_card" && x.index)).toEqual([0, 1]);
  });

  it("refuses the emotion lane and drops that change nothing", async () => {
    const { editor, backend } = await openEditor();
    await drag(editor, [200, 70], [400, 250]);
    await drag(editor, [200, 70], [200, 58]);
    expect(backend.applied).toEqual([]);
  });

  it("adds to the selection with Shift instead of dragging one card away", async () => {
    const { editor } = await openEditor();
    editor.tools.down(at(200, 70));
    await editor.tools.up(at(200, 70));
    editor.tools.down(at(400, 70, { shift: true }));
    await editor.tools.up(at(400, 70, { shift: true }));
    expect(editor.selection).toEqual({ kind: "cards", ids: ["a1", "b1"] });
  });
});

describe("headers, edges and emotions", () => {
  it("reorders a stage by dragging its header past a neighbour's middle; a click selects it", async () => {
    const { editor, backend } = await openEditor();
    await drag(editor, [200, 20], [500, 20]);
    expect(backend.applied).toEqual([{ type: "move_stage", stage: "s0", index: 1 }]);
    await drag(editor, [50, 100], [50, 100]);
    expect(editor.selection).toEqual({ kind: "lane", id: "actions" });
  });

  it("resizes within the limits the scene gives", async () => {
    const { editor, backend } = await openEditor();
    await drag(editor, [376, 20], [420, 20], [460, 20]);
    await drag(editor, [100, 172], [100, 100], [100, -500]);
    expect(backend.applied).toEqual([
      { type: "resize_stage", stage: "s0", width: 284 },
      { type: "resize_lane", lane: "actions", height: 40 },
    ]);
  });

  it("shows the size while resizing", async () => {
    const { editor } = await openEditor();
    editor.tools.down(at(376, 20));
    editor.tools.move(at(420, 20));
    expect(editor.tools.overlay.find((o) => o.t === "badge")).toMatchObject({ text: expect.stringContaining("244") });
    editor.tools.cancel();
  });

  it("snaps an emotion point to whole values and sets it on drop; no change, no command", async () => {
    const { editor, backend } = await openEditor();
    editor.tools.down(at(276, 250));
    editor.tools.move(at(276, 222));
    expect(editor.tools.overlay.find((o) => o.t === "label")).toMatchObject({ text: "+1" });
    await editor.tools.up(at(276, 205));
    await drag(editor, [276, 250], [276, 256]);
    expect(backend.applied).toEqual([{ type: "set_emotion", lane: "emotions", stage: "s0", step: null, value: 2 }]);
  });

  it("places an emotion point where an empty column is double-clicked", async () => {
    const { editor, backend } = await openEditor();
    editor.tools.dblclick(at(476, 300));
    await settle();
    expect(backend.applied).toEqual([{ type: "set_emotion", lane: "emotions", stage: "s1", step: null, value: -2 }]);
  });

  it("selects with a band, adding with Shift, and a click selects the cell", async () => {
    const { editor } = await openEditor();
    editor.select({ kind: "cards", ids: ["t1"] });
    await drag(editor, [180, 90], [420, 120]);
    expect(editor.selection).toEqual({ kind: "cards", ids: ["a1", "a2", "b1"] });
    editor.select({ kind: "cards", ids: ["t1"] });
    editor.tools.down(at(180, 90, { shift: true }));
    editor.tools.move(at(420, 120, { shift: true }));
    await editor.tools.up(at(420, 120, { shift: true }));
    expect(editor.selection).toEqual({ kind: "cards", ids: ["t1", "a1", "a2", "b1"] });
    await drag(editor, [700, 150], [700, 150]);
    expect(editor.selection).toEqual({ kind: "cell", lane: "actions", stage: "s2", step: null });
  });
});

describe("the hand", () => {
  it("pans with the space bar held instead of editing, and with the middle button", async () => {
    const { editor, backend } = await openEditor();
    editor.tools.keydown(" ");
    await drag(editor, [200, 70], [260, 100]);
    editor.tools.keyup(" ");
    expect(backend.applied).toEqual([]);
    expect(editor.selection).toEqual({ kind: "none" });
    expect(editor.viewport).toMatchObject({ x: 60, y: 30 });
    editor.tools.down(at(300, 300, { button: 1 }));
    editor.tools.move(at(290, 300, { button: 1 }));
    await editor.tools.up(at(290, 300, { button: 1 }));
    expect(editor.viewport).toMatchObject({ x: 50, y: 30 });
  });

  it("forgets a held space bar when the window loses the keyboard", async () => {
    const { editor } = await openEditor();
    editor.tools.keydown(" ");
    editor.tools.blur();
    expect(editor.tools.spaceDown).toBe(false);
  });
});

describe("palette drops", () => {
  it("gives a touchpoint card a channel, or adds one to an empty touchpoint place", async () => {
    const { editor, backend } = await openEditor();
    editor.tools.origin = () => ({ left: 0, top: 0, width: 1000, height: 700 });
    editor.tools.paletteMove("channel", "email", 600, 350);
    await editor.tools.paletteDrop(600, 350);
    editor.tools.paletteMove("channel", "phone", 400, 400);
    await editor.tools.paletteDrop(400, 400);
    editor.tools.paletteMove("channel", "phone", 400, 100);
    await editor.tools.paletteDrop(400, 100);
    expect(backend.applied).toEqual([
      { type: "edit_card", card: "t1", patch: { channel: "email" } },
      { type: "add_card", lane: "touch", stage: "s1", step: null, index: 0, content: { channel: "phone" } },
    ]);
  });

  it("adds a lane of a kind where it is dropped, named in the user's language; outside the canvas nothing", async () => {
    const { editor, backend } = await openEditor();
    editor.tools.origin = () => ({ left: 0, top: 0, width: 1000, height: 700 });
    editor.tools.paletteMove("lane", "pain_points", 300, 340);
    await editor.tools.paletteDrop(300, 340);
    editor.tools.paletteMove("lane", "pain_points", 300, 340);
    await editor.tools.paletteDrop(1300, 340);
    expect(backend.applied).toEqual([{ type: "add_lane", map: "m", kind: "pain_points", name: "Pain points", index: 2 }]);
  });
});

describe("text in place", () => {
  it("edits a card's text from a double click, as one edit_card", async () => {
    const { editor, backend } = await openEditor();
    editor.tools.dblclick(at(200, 70));
    const box = editor.tools.editing!;
    expect(box.multiline).toBe(true);
    expect(box.text).toBe("a1");
    box.text = "Compares three models";
    box.commit();
    box.commit();
    await settle();
    expect(backend.applied).toEqual([{ type: "edit_card", card: "a1", patch: { text: "Compares three models" } }]);
    expect(editor.tools.editing).toBeNull();
  });

  it("writes a new card where an empty place is double-clicked, at the slot the core laid out", async () => {
    const { editor, backend } = await openEditor();
    editor.tools.dblclick(at(400, 150));
    const box = editor.tools.editing!;
    expect(box.box.y).toBe(106);
    box.text = "Reads reviews";
    box.commit();
    await settle();
    expect(backend.applied).toEqual([{ type: "add_card", lane: "actions", stage: "s1", step: null, index: 1, content: { text: "Reads reviews" } }]);
  });

  it("selects the new card once the core has added it, so Enter edits it next", async () => {
    const { editor, backend } = await openEditor();
    backend.answer = (c) => {
      if (c.type !== "add_card") throw new Error("unexpected");
      const made = { ...cardRec("new1", "actions", "s1", "W"), text: "Reads reviews" };
      return { change: { ops: [{ op: "add", record: made }] }, history: { undo: { key: "history-add-card", args: {} }, redo: null } };
    };
    editor.tools.dblclick(at(400, 150));
    editor.tools.editing!.text = "Reads reviews";
    editor.tools.editing!.commit();
    await settle();
    await settle();
    expect(editor.selection).toEqual({ kind: "cards", ids: ["new1"] });
  });

  it("renames a stage from its header, trims the name, and leaves an unchanged name alone", async () => {
    const { editor, backend } = await openEditor();
    editor.tools.dblclick(at(300, 20));
    editor.tools.editing!.text = "  Awareness ";
    editor.tools.editing!.commit();
    editor.tools.dblclick(at(300, 20));
    editor.tools.editing!.commit();
    await settle();
    expect(backend.applied).toEqual([{ type: "update_stage", stage: "s0", name: "Awareness" }]);
  });

  it("finishes the open box when the map is pressed elsewhere", async () => {
    const { editor, backend } = await openEditor();
    editor.tools.dblclick(at(200, 70));
    editor.tools.editing!.text = "changed";
    editor.tools.down(at(700, 150));
    await editor.tools.up(at(700, 150));
    expect(backend.applied[0]).toEqual({ type: "edit_card", card: "a1", patch: { text: "changed" } });
    expect(editor.selection).toEqual({ kind: "cell", lane: "actions", stage: "s2", step: null });
  });
});

describe("read-only mode", () => {
  it("lets a user select, pan and look, but no gesture edits", async () => {
    const { editor, backend } = await openEditor();
    editor.readOnly = true;
    await drag(editor, [200, 70], [400, 110]);
    expect(editor.selection).toEqual({ kind: "cards", ids: ["a1"] });
    await drag(editor, [376, 20], [460, 20]);
    await drag(editor, [276, 250], [276, 205]);
    editor.tools.dblclick(at(200, 70));
    expect(editor.tools.editing).toBeNull();
    editor.tools.origin = () => ({ left: 0, top: 0, width: 1000, height: 700 });
    editor.tools.paletteMove("channel", "email", 600, 350);
    await editor.tools.paletteDrop(600, 350);
    expect(backend.applied).toEqual([]);
  });
});
