import { describe, expect, it } from "vitest";
import { Records } from "../src/lib/records";
import type { CardRec, Rec } from "../src/lib/types";

const card = (id: string, key: string, stage = "s", lane = "l"): CardRec => ({
  type: "card",
  id,
  map: "m",
  stage,
  step: null,
  lane,
  key,
  text: id,
  color: null,
  channel: null,
  severity: null,
  impact: null,
  effort: null,
  metric: null,
  owner: "",
  image: null,
  alt: "",
});

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
