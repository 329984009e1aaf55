// A right-to-left map on screen: the core mirrors the layout (first stage and
// lane headers at the right); the page follows it in hit testing, the sticky
// lane column, dragging headers, resizing columns, and the arrow keys, which
// go where the eye sees.
import { describe, expect, it } from "vitest";
import { runAction } from "../src/lib/actions";
import { regionAt, revealed, sticky } from "../src/lib/viewport";
import { drag, openEditor, rtlScene, settle } from "./fixture";

describe("a right-to-left map", () => {
  it("has its lane column at the right, sticking to the view's right edge when the map is wider", () => {
    const s = rtlScene();
    const vp = { x: 0, y: 0, zoom: 1 };
    expect(sticky(vp, s, 1000).laneX).toBe(600);
    expect(sticky(vp, s, 500).laneX).toBe(500 - 176);
    expect(regionAt(vp, s, 700, 100, 1000)).toMatchObject({ region: "lanes", x: 700, y: 100 });
    expect(regionAt(vp, s, 700, 20, 1000).region).toBe("corner");
    expect(regionAt(vp, s, 50, 100, 1000)).toMatchObject({ region: "cells", x: 50 });
    // Scrolled so the map is wider than the view: the column stays in sight.
    expect(regionAt(vp, s, 400, 100, 500)).toMatchObject({ region: "lanes" });
  });

  it("reveals a card past the lane column on the right", () => {
    const s = rtlScene();
    const card = s.cards.find((c) => c.card === "a1")!;
    // A view 500 wide showing the map's left part: the first stage's card
    // (at 408-592) is under the sticky lane column (324-500).
    const v = revealed({ x: 0, y: 0, zoom: 1 }, s, { kind: "cards", ids: ["a1"] }, { w: 500, h: 700 });
    expect(v).not.toBeNull();
    expect(v!.x + card.x + card.w).toBeLessThanOrEqual(500 - 176 - 16);
  });

  it("moves the first stage one place along by dragging its header leftwards", async () => {
    const { editor, backend } = await openEditor({ rtl: true });
    await drag(editor, [500, 20], [250, 20]);
    expect(backend.applied).toEqual([{ type: "move_stage", stage: "s0", index: 1 }]);
    // Not past the neighbour's middle: nothing moves.
    await drag(editor, [500, 20], [320, 20]);
    expect(backend.applied).toHaveLength(1);
  });

  it("resizes a column from its left edge, wider as it goes left", async () => {
    const { editor, backend } = await openEditor({ rtl: true });
    await drag(editor, [400, 20], [380, 20], [360, 20]);
    expect(backend.applied).toEqual([{ type: "resize_stage", stage: "s0", width: 240 }]);
  });

  it("walks and moves cards with the arrows the way the eye sees", async () => {
    const { editor, backend } = await openEditor({ rtl: true });
    editor.select({ kind: "cards", ids: ["a1"] });
    expect(runAction("nav_left", editor)).toBe(true);
    expect(editor.selection).toEqual({ kind: "cards", ids: ["b1"] });
    runAction("nudge_left", editor);
    await settle();
    expect(backend.applied).toEqual([{ type: "move_card", card: "b1", lane: "actions", stage: "s2", step: null, index: 0 }]);
    editor.select({ kind: "cards", ids: ["b1"] });
    runAction("nudge_right", editor);
    await settle();
    expect(backend.applied[1]).toMatchObject({ type: "move_card", card: "b1", stage: "s0" });
  });
});
