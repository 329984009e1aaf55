import { describe, expect, it } from "vitest";
import {
  cardAt,
  cardsInCell,
  cardsInRect,
  cellAt,
  columnEdgeAt,
  dropIndex,
  dropLineY,
  emotionValueAt,
  emotionY,
  insertionIndex,
  laneEdgeAt,
  pointAt,
  sceneCell,
} from "../src/lib/geometry";
import { scene } from "./fixture";

describe("hit testing", () => {
  const s = scene();

  it("finds the cell under a point and nothing outside the columns", () => {
    const c = cellAt(s, 400, 100)!;
    expect(c.column.stage).toBe("s1");
    expect(c.lane.lane).toBe("actions");
    expect(cellAt(s, 100, 100)).toBeNull();
    expect(cellAt(s, 400, 2000)).toBeNull();
  });

  it("finds the card under a point, and the cards of a cell in order", () => {
    expect(cardAt(s, 190, 110)?.card).toBe("a2");
    expect(cardAt(s, 190, 102)).toBeNull();
    const cell = cellAt(s, 190, 60)!;
    expect(cardsInCell(s, cell).map((c) => c.card)).toEqual(["a1", "a2"]);
  });

  it("counts a drop place without the dragged cards, as move_card does", () => {
    const cards = cardsInCell(s, cellAt(s, 190, 60)!);
    expect(dropIndex(cards, 55, new Set())).toBe(0);
    expect(dropIndex(cards, 90, new Set())).toBe(1);
    expect(dropIndex(cards, 160, new Set())).toBe(2);
    // Dragging a1 below a2: a2 is the only other card, the drop goes after it.
    expect(dropIndex(cards, 160, new Set(["a1"]))).toBe(1);
  });

  it("puts the drop line at the core's slots, counting without the dragged cards", () => {
    const cell = cellAt(s, 190, 60)!;
    const slots = sceneCell(s, cell)!;
    const cards = cardsInCell(s, cell);
    expect(dropLineY(slots, cards, 1, new Set())).toBe(60 + 40 + 3);
    expect(dropLineY(slots, cards, 0, new Set())).toBe(60 - 3);
    // a1 dragged: index 0 is before a2, index 1 after it.
    expect(dropLineY(slots, cards, 0, new Set(["a1"]))).toBe(106 - 3);
    expect(dropLineY(slots, cards, 1, new Set(["a1"]))).toBe(146 + 3);
    const empty = cellAt(s, 590, 60)!;
    expect(dropLineY(sceneCell(s, empty)!, [], 0, new Set())).toBe(52 + 4);
  });

  it("selects with a rubber band every card it touches", () => {
    expect(cardsInRect(s, { x: 170, y: 90, w: 250, h: 30 }).sort()).toEqual(["a1", "a2", "b1"]);
    expect(cardsInRect(s, { x: 370, y: 90, w: 50, h: 30 })).toEqual(["b1"]);
    expect(cardsInRect(s, { x: 0, y: 0, w: 10, h: 10 })).toEqual([]);
  });

  it("grabs a column or lane edge within the tolerance only", () => {
    expect(columnEdgeAt(s, 378, 6)).toMatchObject({ kind: "stage", id: "s0" });
    expect(columnEdgeAt(s, 360, 6)).toBeNull();
    expect(laneEdgeAt(s, 170, 6)?.lane).toBe("actions");
    expect(laneEdgeAt(s, 150, 6)).toBeNull();
  });

  it("orders a dragged header among its siblings by their midpoints", () => {
    const items = s.stages.map((st) => ({ id: st.stage, pos: st.x, size: st.width }));
    expect(insertionIndex(items, 700, "s0")).toBe(2);
    expect(insertionIndex(items, 200, "s2")).toBe(0);
    expect(insertionIndex(items, 480, "s1")).toBe(1);
  });
});

describe("emotion scale", () => {
  it("maps heights to whole values of the core's scale, the top of the plot being its most positive", () => {
    const plot: [number, number] = [200, 300];
    const scale: [number, number] = [-2, 2];
    expect(emotionValueAt(plot, scale, 200)).toBe(2);
    expect(emotionValueAt(plot, scale, 250)).toBe(0);
    expect(emotionValueAt(plot, scale, 290)).toBe(-2);
    expect(emotionValueAt(plot, scale, 10)).toBe(2);
    expect(emotionValueAt(plot, scale, 999)).toBe(-2);
    for (const v of [-2, -1, 0, 1, 2]) expect(emotionValueAt(plot, scale, emotionY(plot, scale, v))).toBe(v);
    // Another scale reaches the same ends.
    expect(emotionValueAt(plot, [-3, 3], 200)).toBe(3);
    expect(emotionY(plot, [-3, 3], -3)).toBe(300);
  });

  it("finds a point only within its marker", () => {
    const s = scene();
    expect(pointAt(s, 280, 255)?.point).toBe("p0");
    expect(pointAt(s, 300, 250)).toBeNull();
  });
});
