// Draws a list of the core's shapes into an SVG element with plain DOM calls:
// rectangles, paths, text runs (already broken into lines by the core, shaped
// here with the same bundled fonts) and stored pictures.
//
// Why not a component: the shapes of a card never change in place (an edit
// brings a new list, and `reuse` keeps the old one when the card's digest is
// the same), so nothing inside needs to be reactive. A Svelte component per
// list kept an effect per shape attribute; for the ~200 cards near the view
// that was most of the mount time at start and ~50 KB of memory a card
// (measured 2026-12-06, docs/benchmarks.md). Text goes in as `textContent`,
// never as markup, so a card's text can hold any characters.

import type { Attachment } from "svelte/attachments";
import { assetUrl } from "./assets";
import type { Shape } from "./types";

const SVG = "http://www.w3.org/2000/svg";

/** How a list is drawn. */
export interface PaintOptions {
  /** Prefix of the clip-path ids of pictures; unique per list on the page. */
  clipPrefix: string;
  /**
   * Hold each text run to the width the core measured (textLength), so at any
   * zoom the screen wraps and fills cards exactly as the PDF and PNG do. A
   * drag's ghost draws with `false`: it is repainted on every pointer move,
   * and WebKit's software painter takes 10-15 ms a frame to stretch runs;
   * unstretched runs of the same font differ by a pixel or two.
   */
  exact: boolean;
}

/** The font-family list for a run: its own face first, the other as fallback. */
function family(font: "sans" | "arabic"): string {
  return font === "arabic" ? "Waymark Arabic, Waymark Sans" : "Waymark Sans, Waymark Arabic";
}

/** An element's attributes, in the order they are set. */
type Attrs = [string, string | number][];

/** The attributes of one shape's element; absent values are left out. */
function attributes(s: Shape, exact: boolean): Attrs {
  switch (s.t) {
    case "rect":
      return [
        ["x", s.x], ["y", s.y], ["width", s.w], ["height", s.h], ["rx", s.r],
        ["fill", s.fill ?? "none"], ["stroke", s.stroke ?? "none"], ["stroke-width", s.sw],
      ];
    case "path": {
      const out: Attrs = [["d", s.d], ["fill", s.fill ?? "none"], ["stroke", s.stroke ?? "none"], ["stroke-width", s.sw]];
      if (s.dash) out.push(["stroke-dasharray", s.dash.join(" ")]);
      out.push(["stroke-linecap", s.round ? "round" : "butt"], ["stroke-linejoin", s.round ? "round" : "miter"]);
      return out;
    }
    case "text": {
      // A right-to-left run starts at its right edge. Each run is one
      // direction already put in visual order by the core's layout (the same
      // the PDF and PNG draw), so the browser must not reorder it again:
      // with an explicit override (U+202E) in a card, it would otherwise show
      // the letters unreversed where the exports reverse them.
      const out: Attrs = [
        ["x", s.rtl ? s.x + s.w : s.x], ["y", s.y], ["font-family", family(s.font)], ["font-size", s.size],
        ["font-weight", s.bold ? 700 : 400], ["fill", s.color], ["direction", s.rtl ? "rtl" : "ltr"],
        ["unicode-bidi", "bidi-override"], ["text-anchor", "start"], ["class", "run"],
      ];
      if (exact) {
        if (s.w > 0) out.push(["textLength", s.w]);
        out.push(["lengthAdjust", "spacingAndGlyphs"], ["text-rendering", "geometricPrecision"]);
      }
      return out;
    }
    case "image":
      return [["href", assetUrl(s.asset)], ["x", s.x], ["y", s.y], ["width", s.w], ["height", s.h], ["preserveAspectRatio", "none"]];
  }
}

function element(doc: Document, name: string, attrs: Attrs): SVGElement {
  const e = doc.createElementNS(SVG, name);
  for (const [k, v] of attrs) e.setAttribute(k, String(v));
  return e;
}

/** Append the elements of `shapes` to `parent`, in order. */
export function paint(parent: Element, shapes: readonly Shape[], opts: PaintOptions): void {
  const doc = parent.ownerDocument;
  shapes.forEach((s, i) => {
    const e = element(doc, s.t, attributes(s, opts.exact));
    if (s.t === "text") e.textContent = s.text;
    if (s.t === "image") {
      const id = `${opts.clipPrefix}-${i}`;
      const clip = element(doc, "clipPath", [["id", id]]);
      const [x, y, w, h] = s.clip;
      clip.appendChild(element(doc, "rect", [["x", x], ["y", y], ["width", w], ["height", h], ["rx", s.r]]));
      parent.appendChild(clip);
      e.setAttribute("clip-path", `url(#${id})`);
    }
    parent.appendChild(e);
  });
}

const cache = new WeakMap<readonly Shape[], Map<string, Attachment<Element>>>();

/**
 * An attachment (`{@attach shapes(list)}`) that draws `list` into its element.
 * The same list with the same options gives the same function, so Svelte
 * leaves the drawn elements alone when a new scene reuses a card's list; a
 * new list clears the element and draws again.
 */
export function shapes(list: readonly Shape[], clipPrefix = "c", exact = true): Attachment<Element> {
  const key = `${exact ? 1 : 0}${clipPrefix}`;
  let byKey = cache.get(list);
  if (!byKey) cache.set(list, (byKey = new Map()));
  let a = byKey.get(key);
  if (!a) {
    a = (node: Element) => {
      paint(node, list, { clipPrefix, exact });
      return () => node.replaceChildren();
    };
    byKey.set(key, a);
  }
  return a;
}
