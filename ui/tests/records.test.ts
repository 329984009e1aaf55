import { describe, expect, it } from "vitest";
import { Records } from "../src/lib/records";
import type { CardRec, Rec } from "../src/lib/types";
import { cardRec } from "./fixture";

const card = (id: string, key: string, stage = "s", lane = "l"): CardRec => cardRec(id, lane, stage, key);

describe("the page's records", () => {
  it("orders cards of a cell by their order key", () => {
    const r = new Records([card("c", "V"), card("a", "E"), card("b", "M"), card("x", "A", "other")]);
    expect(r.cardsIn("l", "s", null).map((c) => c.id)).toEqual(["a", "b", "c"]);
  });

  it("applies a change op by op: add, update, remove", () => {
    const r = new Records([card("a", "E")]);
    const moved = { ...card("a", "E"), stage: "t" };
    r.apply({
      ops: [
        { op: "add", record: card("b", "M") as Rec },
        { op: "update", from: card("a", "E"), to: moved },
        { op: "remove", record: card("b", "M") },
      ],
    });
    expect(r.card("b")).toBeUndefined();
    expect(r.card("a")?.stage).toBe("t");
    expect(r.size()).toBe(1);
  });
});

import { reuse } from "../src/lib/editor.svelte";
import { card as sceneCard, scene } from "./fixture";

describe("redrawing after an edit", () => {
  it("keeps the drawing of cards whose digest is unchanged, and only those", () => {
    const before = scene();
    before.cards = [{ ...sceneCard("a", 0, 0), sig: "1", shapes: [] }, { ...sceneCard("b", 0, 50), sig: "2", shapes: [] }];
    const after = scene();
    after.cards = [{ ...sceneCard("a", 0, 10), sig: "1", shapes: [] }, { ...sceneCard("b", 0, 60), sig: "3", shapes: [] }];
    const merged = reuse(before, after);
    expect(merged.cards[0]!.shapes).toBe(before.cards[0]!.shapes);
    expect(merged.cards[0]!.y).toBe(10);
    expect(merged.cards[1]!.shapes).not.toBe(before.cards[1]!.shapes);
    expect(merged.body).toBe(before.body);
  });
});
