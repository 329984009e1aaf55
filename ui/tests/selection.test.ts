import { describe, expect, it } from "vitest";
import { move, readingOrder, toggle, type GridIndex } from "../src/lib/selection";

// Two lanes by three columns; the middle column is a stage split into two
// steps (columns 1 and 2).
const g: GridIndex = {
  columns: [
    { stage: "s0", step: null },
    { stage: "s1", step: "p1" },
    { stage: "s1", step: "p2" },
  ],
  lanes: [
    { id: "L0", emotions: false },
    { id: "L1", emotions: false },
  ],
  cards: [
    [["a", "b"], [], ["c"]],
    [["d"], ["e", "f", "g"], []],
  ],
};
const cards = (...ids: string[]) => ({ kind: "cards" as const, ids });

describe("keyboard navigation", () => {
  it("walks down a cell, then into the lane below", () => {
    expect(move(g, cards("a"), "ArrowDown")).toEqual(cards("b"));
    expect(move(g, cards("b"), "ArrowDown")).toEqual(cards("d"));
    expect(move(g, cards("d"), "ArrowDown")).toBeNull();
  });

  it("goes up from the top lane into the column's header: step, then stage", () => {
    expect(move(g, cards("a"), "ArrowUp")).toEqual({ kind: "stage", id: "s0" });
    expect(move(g, cards("c"), "ArrowUp")).toEqual({ kind: "step", id: "p2" });
    expect(move(g, { kind: "step", id: "p2" }, "ArrowUp")).toEqual({ kind: "stage", id: "s1" });
    expect(move(g, { kind: "stage", id: "s1" }, "ArrowDown")).toEqual({ kind: "step", id: "p1" });
    expect(move(g, { kind: "step", id: "p1" }, "ArrowDown")).toEqual({ kind: "cell", lane: "L0", stage: "s1", step: "p1" });
  });

  it("keeps the place in the cell across columns and stops at empty cells", () => {
    expect(move(g, cards("f"), "ArrowLeft")).toEqual(cards("d"));
    expect(move(g, cards("d"), "ArrowRight")).toEqual(cards("e"));
    expect(move(g, cards("b"), "ArrowRight")).toEqual({ kind: "cell", lane: "L0", stage: "s1", step: "p1" });
    expect(move(g, cards("a"), "ArrowLeft")).toEqual({ kind: "lane", id: "L0" });
    expect(move(g, { kind: "lane", id: "L1" }, "ArrowRight")).toEqual(cards("d"));
  });

  it("tabs through every card and empty cell in reading order and stops at the ends", () => {
    const order = readingOrder(g).length;
    expect(order).toBe(9);
    let s = move(g, { kind: "none" }, "Tab")!;
    const seen = [s];
    for (;;) {
      const n = move(g, s, "Tab");
      if (!n) break;
      seen.push(n);
      s = n;
    }
    expect(seen.length).toBe(9);
    expect(seen[0]).toEqual(cards("a"));
    expect(seen[8]).toEqual({ kind: "cell", lane: "L1", stage: "s1", step: "p2" });
    expect(move(g, cards("a"), "ShiftTab")).toBeNull();
  });

  it("adds and removes cards with shift-click", () => {
    expect(toggle({ kind: "none" }, "a")).toEqual(cards("a"));
    expect(toggle(cards("a"), "b")).toEqual(cards("a", "b"));
    expect(toggle(cards("a", "b"), "a")).toEqual(cards("b"));
    expect(toggle(cards("a"), "a")).toEqual({ kind: "none" });
  });
});
