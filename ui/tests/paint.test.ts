import { describe, expect, it } from "vitest";
import { paint, shapes } from "../src/lib/paint";
import type { Shape } from "../src/lib/types";

// Just enough of the DOM for the painter: elements with attributes, children
// and text, made by a document.
class FakeElement {
  attrs = new Map<string, string>();
  children: FakeElement[] = [];
  textContent = "";
  constructor(
    readonly ownerDocument: FakeDocument,
    readonly namespaceURI: string,
    readonly localName: string,
  ) {}
  setAttribute(k: string, v: string) {
    this.attrs.set(k, v);
  }
  appendChild(c: FakeElement) {
    this.children.push(c);
    return c;
  }
  replaceChildren() {
    this.children = [];
  }
}
class FakeDocument {
  createElementNS(ns: string, name: string) {
    return new FakeElement(this, ns, name);
  }
}
const group = () => new FakeDocument().createElementNS("http://www.w3.org/2000/svg", "g");
const draw = (list: Shape[], exact = true, clipPrefix = "c") => {
  const g = group();
  paint(g as unknown as Element, list, { clipPrefix, exact });
  return g.children;
};
/** The i-th element drawn; a missing one fails the test. */
const nth = (drawn: FakeElement[], i: number): FakeElement => {
  const e = drawn[i];
  if (!e) throw new Error(`nothing drawn at ${i}`);
  return e;
};

const run = (over: Partial<Extract<Shape, { t: "text" }>> = {}): Shape => ({
  t: "text",
  x: 10,
  y: 20,
  w: 120,
  text: "Müştərinin səyahət xəritəsi",
  font: "sans",
  bold: false,
  size: 11,
  color: "#1f2328",
  rtl: false,
  ...over,
});

describe("painting the core's shapes", () => {
  it("puts a card's text in as text, so markup in it is shown, not run", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const drawn = draw([run({ text: hostile })]);
    const t = nth(drawn, 0);
    expect(t.localName).toBe("text");
    expect(t.textContent).toBe(hostile);
    expect(t.children).toEqual([]);
  });

  it("holds each run to the width the core measured, in the bundled fonts", () => {
    const drawn = draw([run(), run({ text: "نقشه سفر مشتری", font: "arabic", bold: true })]);
    const latin = nth(drawn, 0);
    const persian = nth(drawn, 1);
    expect(latin.attrs.get("textLength")).toBe("120");
    expect(latin.attrs.get("lengthAdjust")).toBe("spacingAndGlyphs");
    expect(latin.attrs.get("font-family")).toBe("Waymark Sans, Waymark Arabic");
    expect(persian.attrs.get("font-family")).toBe("Waymark Arabic, Waymark Sans");
    expect(persian.attrs.get("font-weight")).toBe("700");
  });

  it("starts a right-to-left run at its right edge", () => {
    const drawn = draw([run({ text: "نقشه سفر مشتری", rtl: true })]);
    const t = nth(drawn, 0);
    expect(t.attrs.get("x")).toBe("130");
    expect(t.attrs.get("direction")).toBe("rtl");
    // The core's layout has ordered the run: the browser keeps that order.
    expect(t.attrs.get("unicode-bidi")).toBe("bidi-override");
  });

  it("leaves a ghost's runs unstretched", () => {
    const drawn = draw([run()], false);
    const t = nth(drawn, 0);
    expect(t.attrs.has("textLength")).toBe(false);
    expect(t.attrs.has("lengthAdjust")).toBe(false);
    expect(t.attrs.get("x")).toBe("10");
  });

  it("draws rects and paths with no fill or stroke as 'none' and leaves out an absent dash", () => {
    const drawn = draw([
      { t: "rect", x: 1, y: 2, w: 3, h: 4, r: 5, fill: "#fff", stroke: null, sw: 1 },
      { t: "path", d: "M0 0L10 10", fill: null, stroke: "#000", sw: 2, dash: null, round: true },
    ]);
    const r = nth(drawn, 0);
    const p = nth(drawn, 1);
    expect([r.localName, r.attrs.get("fill"), r.attrs.get("stroke"), r.attrs.get("rx")]).toEqual(["rect", "#fff", "none", "5"]);
    expect([p.localName, p.attrs.get("fill"), p.attrs.get("stroke-linecap")]).toEqual(["path", "none", "round"]);
    expect(p.attrs.has("stroke-dasharray")).toBe(false);
  });

  it("clips each picture to its own rounded box, with ids unique to the list", () => {
    (globalThis as { navigator?: unknown }).navigator ??= { userAgent: "Linux" };
    const pic: Shape = { t: "image", asset: "a1", x: 0, y: 0, w: 40, h: 30, clip: [2, 2, 36, 26], r: 4 };
    const drawn = draw([pic, pic], true, "cd-7");
    const clip = nth(drawn, 0);
    const img = nth(drawn, 1);
    const clip2 = nth(drawn, 2);
    expect(clip.localName).toBe("clipPath");
    expect(clip.attrs.get("id")).toBe("cd-7-0");
    expect(nth(clip.children, 0).attrs.get("width")).toBe("36");
    expect(img.attrs.get("clip-path")).toBe("url(#cd-7-0)");
    expect(img.attrs.get("href")).toContain("a1");
    expect(clip2.attrs.get("id")).toBe("cd-7-1");
  });

  it("gives the same attachment for the same list, so an unchanged card is not drawn again", () => {
    const list = [run()];
    expect(shapes(list, "cd-1")).toBe(shapes(list, "cd-1"));
    expect(shapes([run()], "cd-1")).not.toBe(shapes(list, "cd-1"));
    expect(shapes(list, "gh-1", false)).not.toBe(shapes(list, "cd-1"));
  });

  it("draws into its element and clears it when a new list replaces the old", () => {
    const g = group();
    const cleanup = shapes([run(), run()], "x")(g as unknown as Element);
    expect(g.children.length).toBe(2);
    if (typeof cleanup === "function") cleanup();
    expect(g.children.length).toBe(0);
  });
});
