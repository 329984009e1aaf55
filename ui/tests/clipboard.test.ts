// Copy, cut, paste and duplicate cards: the commands they send and what ends
// up selected.
import { describe, expect, it } from "vitest";
import { duplicateCommands, pasteCommands, clipCards } from "../src/lib/clipboard";
import { Records } from "../src/lib/records";
import type { Rec } from "../src/lib/types";
import { openEditor, records } from "./fixture";

const ids = () => {
  let n = 0;
  return () => `new${++n}`;
};

describe("clipboard", () => {
  it("pastes copied cards after the selected card, keeping their shape across lanes and columns", () => {
    const r = new Records(records());
    const clip = clipCards(r, "m", ["b1", "a1"])!;
    expect(clip.cards.map((c) => [c.lane, c.column])).toEqual([
      [0, 0],
      [0, 1],
    ]);
    const plan = pasteCommands(r, "m", clip, { kind: "cards", ids: ["a2"] }, ids())!;
    expect(plan.command).toEqual({
      type: "batch",
      label: { key: "history-paste-cards", args: { count: 2 } },
      commands: [
        { type: "add_card", id: "new1", lane: "actions", stage: "s0", step: null, index: 2, content: { text: "a1" } },
        { type: "add_card", id: "new2", lane: "actions", stage: "s1", step: null, index: 1, content: { text: "b1" } },
      ],
    });
    expect(plan.ids).toEqual(["new1", "new2"]);
  });

  it("leaves out fields the target lane does not carry, and never pastes into an emotion lane", () => {
    const r = new Records(records());
    const clip = clipCards(r, "m", ["t1"])!;
    const plan = pasteCommands(r, "m", clip, { kind: "cell", lane: "emotions", stage: "s1", step: null }, ids())!;
    const add = plan.command.type === "batch" ? plan.command.commands[0] : null;
    expect(add).toMatchObject({ type: "add_card", stage: "s1" });
    expect(add && add.type === "add_card" && add.lane).not.toBe("emotions");
    const onActions = pasteCommands(r, "m", clip, { kind: "cell", lane: "actions", stage: "s2", step: null }, ids())!;
    const first = onActions.command.type === "batch" ? onActions.command.commands[0] : null;
    expect(first).toMatchObject({ lane: "actions", content: { text: "t1" } });
    expect(first && first.type === "add_card" && first.content?.channel).toBeUndefined();
  });

  it("pastes onto another map at the lane of the same kind", () => {
    const r = new Records(records());
    const clip = clipCards(r, "m", ["a1"])!;
    const plan = pasteCommands(r, "n", clip, { kind: "none" }, ids())!;
    expect(plan.command.type === "batch" && plan.command.commands[0]).toMatchObject({ lane: "n-lane", stage: "n-stage", index: 0 });
  });

  it("drops a picture that no longer exists", () => {
    const recs: Rec[] = records().map((x) => (x.id === "a1" ? { ...x, image: "gone", alt: "A shop" } as Rec : x));
    const r = new Records(recs);
    r.apply({ ops: [{ op: "update", from: recs.find((x) => x.id === "actions")!, to: { ...recs.find((x) => x.id === "actions")!, kind: "images" } as Rec }] });
    const plan = pasteCommands(r, "m", clipCards(r, "m", ["a1"])!, { kind: "cards", ids: ["a1"] }, ids())!;
    const add = plan.command.type === "batch" ? plan.command.commands[0] : null;
    expect(add && add.type === "add_card" && add.content).toEqual({ text: "a1", alt: "A shop" });
  });

  it("duplicates each card right after itself, counting the copies already placed", () => {
    const r = new Records(records());
    const plan = duplicateCommands(r, "m", ["a2", "a1"], ids())!;
    expect(plan.command.type === "batch" && plan.command.commands.map((c) => c.type === "add_card" && [c.lane, c.index])).toEqual([
      ["actions", 1],
      ["actions", 3],
    ]);
  });

  it("cuts as one undo step that deletes what it copied, keeping it for pasting", async () => {
    const { editor, backend } = await openEditor();
    editor.select({ kind: "cards", ids: ["a1"] });
    await editor.cut();
    expect(backend.applied[0]).toEqual({ type: "batch", label: { key: "history-cut-cards", args: { count: 1 } }, commands: [{ type: "delete_card", card: "a1" }] });
    expect(editor.clip?.cards.length).toBe(1);
  });
});
