import { describe, expect, it } from "vitest";
import { isNoOp, oneStep, planMoves } from "../src/lib/moves";
import type { Command } from "../src/lib/types";

/** Apply move_card commands to cells the way the core does (index counted without the card). */
function simulate(cells: Record<string, string[]>, commands: Command[]): Record<string, string[]> {
  const out = Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, [...v]]));
  for (const c of commands) {
    if (c.type !== "move_card") throw new Error("not a move");
    for (const v of Object.values(out)) {
      const i = v.indexOf(c.card);
      if (i >= 0) v.splice(i, 1);
    }
    const key = `${c.lane}/${c.stage}`;
    (out[key] ??= []).splice(c.index, 0, c.card);
  }
  return out;
}

const target = { lane: "L", stage: "S", step: null };

describe("moving several cards", () => {
  it("lands cards from elsewhere together, in order, at the drop place", () => {
    const cells = { "L/S": ["x", "y", "z"], "L/T": ["a", "b"] };
    const cmds = planMoves(cells["L/S"], ["a", "b"], target, 1);
    expect(simulate(cells, cmds)["L/S"]).toEqual(["x", "a", "b", "y", "z"]);
  });

  it("reorders cards within their own cell", () => {
    const cells = { "L/S": ["a", "b", "c", "d"] };
    // Move a and c to the end (index among the others b, d = 2).
    const cmds = planMoves(cells["L/S"], ["a", "c"], target, 2);
    expect(simulate(cells, cmds)["L/S"]).toEqual(["b", "d", "a", "c"]);
    const up = planMoves(cells["L/S"], ["d"], target, 0);
    expect(simulate(cells, up)["L/S"]).toEqual(["d", "a", "b", "c"]);
  });

  it("mixes cards from the target cell and from another cell", () => {
    const cells = { "L/S": ["a", "b", "c"], "L/T": ["q"] };
    const cmds = planMoves(cells["L/S"], ["q", "a"], target, 1);
    expect(simulate(cells, cmds)).toEqual({ "L/S": ["b", "q", "a", "c"], "L/T": [] });
  });

  it("knows when a drop changes nothing", () => {
    expect(isNoOp(["a", "b", "c"], ["b"], 1)).toBe(true);
    expect(isNoOp(["a", "b", "c"], ["b"], 2)).toBe(false);
    expect(isNoOp(["a", "b"], ["z"], 0)).toBe(false);
  });

  it("makes one undo step of several commands", () => {
    expect(oneStep([], "x")).toBeNull();
    const one: Command = { type: "delete_card", card: "a" };
    expect(oneStep([one], "x")).toBe(one);
    expect(oneStep([one, one], "history-delete-cards", { count: 2 })).toMatchObject({ type: "batch", label: { key: "history-delete-cards", args: { count: 2 } } });
  });
});
