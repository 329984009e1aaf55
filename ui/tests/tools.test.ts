import { describe, expect, it } from "vitest";
import type { Cell } from "../src/lib/geometry";
import { CardDragTool } from "../src/lib/tools/cardDrag";
import { EmotionDragTool } from "../src/lib/tools/emotionDrag";
import { HeaderDragTool } from "../src/lib/tools/headerDrag";
import { ChannelDropTool, LaneDropTool } from "../src/lib/tools/paletteDrop";
import { ResizeTool } from "../src/lib/tools/resize";
import { RubberBandTool } from "../src/lib/tools/rubberBand";
import type { Pointer } from "../src/lib/tools/tool";
import { scene } from "./fixture";

const at = (x: number, y: number, shift = false): Pointer => ({ x, y, sx: x, sy: y, shift });
const cells: Record<string, string[]> = { "actions/s0": ["a1", "a2"], "actions/s1": ["b1"], "touch/s2": ["t1"] };
const cellIds = (c: Cell) => cells[`${c.lane.lane}/${c.column.stage}`] ?? [];

describe("card drag", () => {
  it("is a click, not a move, until the pointer travels past the threshold", () => {
    const t = new CardDragTool(at(200, 70), scene(), ["a1"], cellIds);
    expect(t.move(at(202, 71))).toBe(false);
    expect(t.end(at(202, 71))).toEqual({});
  });

  it("ends in one move_card to the cell and place under the pointer", () => {
    const t = new CardDragTool(at(200, 70), scene(), ["a1"], cellIds);
    t.move(at(300, 80));
    t.move(at(400, 110));
    expect(t.preview?.target?.cell.column.stage).toBe("s1");
    expect(t.preview?.target?.index).toBe(1);
    expect(t.end(at(400, 110)).command).toEqual({ type: "move_card", card: "a1", lane: "actions", stage: "s1", step: null, index: 1 });
  });

  it("moves several cards as one batch", () => {
    const t = new CardDragTool(at(200, 70), scene(), ["a1", "a2"], cellIds);
    t.move(at(400, 55));
    const c = t.end(at(400, 55)).command;
    expect(c).toMatchObject({ type: "batch", label: "Move 2 cards" });
    expect(c?.type === "batch" && c.commands.map((x) => x.type === "move_card" && x.index)).toEqual([0, 1]);
  });

  it("refuses the emotion lane and drops that change nothing", () => {
    const t = new CardDragTool(at(200, 70), scene(), ["a1"], cellIds);
    t.move(at(400, 250));
    expect(t.preview?.target).toBeNull();
    expect(t.end(at(400, 250))).toEqual({});
    const same = new CardDragTool(at(200, 70), scene(), ["a1"], cellIds);
    same.move(at(200, 58));
    expect(same.end(at(200, 58))).toEqual({});
  });
});

describe("headers, edges and emotions", () => {
  it("reorders a stage by dragging its header past a neighbour's middle", () => {
    const t = new HeaderDragTool(at(200, 20), scene(), "stage", "s0");
    t.move(at(500, 20));
    expect(t.end(at(500, 20)).command).toEqual({ type: "move_stage", stage: "s0", index: 1 });
    const click = new HeaderDragTool(at(200, 20), scene(), "lane", "actions");
    expect(click.end(at(200, 20))).toEqual({ select: { kind: "lane", id: "actions" } });
  });

  it("resizes within the model's limits", () => {
    const t = new ResizeTool(at(376, 20), "stage", "s0", 200);
    t.move(at(460, 20));
    expect(t.preview?.size).toBe(284);
    expect(t.end(at(460, 20)).command).toEqual({ type: "resize_stage", stage: "s0", width: 284 });
    const tiny = new ResizeTool(at(100, 170), "lane", "actions", 120);
    tiny.move(at(100, -500));
    expect(tiny.end(at(100, -500)).command).toEqual({ type: "resize_lane", lane: "actions", height: 40 });
  });

  it("snaps an emotion point to whole values and sets it on drop", () => {
    const target = { lane: "emotions", stage: "s0", step: null, point: "p0", value: 0, x: 276, plot: [200, 300] as [number, number] };
    const t = new EmotionDragTool(at(276, 250), target);
    t.move(at(276, 222));
    expect(t.preview).toMatchObject({ value: 1, y: 225 });
    expect(t.end(at(276, 205)).command).toEqual({ type: "set_emotion", lane: "emotions", stage: "s0", step: null, value: 2 });
    const unchanged = new EmotionDragTool(at(276, 250), target);
    unchanged.move(at(276, 256));
    expect(unchanged.end(at(276, 256)).command).toBeNull();
  });

  it("selects with a band, adding with Shift, and a click selects the cell", () => {
    const t = new RubberBandTool(at(170, 90), scene(), ["t1"], () => ({ kind: "cell", lane: "actions", stage: "s0", step: null }));
    t.move(at(420, 120, true));
    expect(t.end(at(420, 120, true)).select).toEqual({ kind: "cards", ids: ["t1", "a1", "a2", "b1"] });
    const click = new RubberBandTool(at(170, 90), scene(), [], () => ({ kind: "none" }));
    expect(click.end(at(170, 90)).select).toEqual({ kind: "none" });
  });
});

describe("palette drops", () => {
  it("gives a touchpoint card a channel, or adds one to an empty touchpoint place", () => {
    const onCard = new ChannelDropTool(at(0, 0), scene(), "email");
    onCard.move(at(600, 350));
    expect(onCard.end(at(600, 350)).command).toEqual({ type: "edit_card", card: "t1", patch: { channel: "email" } });
    const onCell = new ChannelDropTool(at(0, 0), scene(), "phone");
    onCell.move(at(400, 400));
    expect(onCell.end(at(400, 400)).command).toEqual({
      type: "add_card",
      lane: "touch",
      stage: "s1",
      step: null,
      index: 0,
      content: { channel: "phone" },
    });
    const elsewhere = new ChannelDropTool(at(0, 0), scene(), "phone");
    elsewhere.move(at(400, 100));
    expect(elsewhere.end(at(400, 100))).toEqual({});
  });

  it("adds a lane of a kind where it is dropped", () => {
    const t = new LaneDropTool(at(0, 0), scene(), "m", "pain_points");
    t.move(at(300, 340));
    expect(t.end(at(300, 340)).command).toEqual({ type: "add_lane", map: "m", kind: "pain_points", index: 2 });
  });
});
