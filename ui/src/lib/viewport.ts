// Pan and zoom: where the map's grid sits on screen. Screen = world * zoom +
// offset. The stage header row and the lane header column stay visible while
// panning, so a screen point maps to a region as well as to world coordinates.

import type { Selection } from "./selection";
import type { Scene } from "./types";

export interface Viewport {
  /** Screen x of the grid's left edge. */
  x: number;
  /** Screen y of the grid's top edge. */
  y: number;
  zoom: number;
}

export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 4;

export const clampZoom = (z: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));

export function toWorld(vp: Viewport, sx: number, sy: number): { x: number; y: number } {
  return { x: (sx - vp.x) / vp.zoom, y: (sy - vp.y) / vp.zoom };
}

export function toScreen(vp: Viewport, wx: number, wy: number): { x: number; y: number } {
  return { x: wx * vp.zoom + vp.x, y: wy * vp.zoom + vp.y };
}

/** Zoom by `factor` keeping the world point under (sx, sy) where it is. */
export function zoomAt(vp: Viewport, factor: number, sx: number, sy: number): Viewport {
  const zoom = clampZoom(vp.zoom * factor);
  const k = zoom / vp.zoom;
  return { zoom, x: sx - (sx - vp.x) * k, y: sy - (sy - vp.y) * k };
}

/** The zoom and offset that show the whole grid in a view, centred, with a margin. */
export function fit(sceneW: number, sceneH: number, viewW: number, viewH: number, margin = 24): Viewport {
  const zoom = clampZoom(Math.min((viewW - 2 * margin) / sceneW, (viewH - 2 * margin) / sceneH, 1));
  return {
    zoom,
    x: Math.max(margin, (viewW - sceneW * zoom) / 2),
    y: margin,
  };
}

/** Keep at least `keep` pixels of the grid on screen, so a map is never lost off to one side. */
export function clampPan(vp: Viewport, sceneW: number, sceneH: number, viewW: number, viewH: number, keep = 120): Viewport {
  const w = sceneW * vp.zoom;
  const h = sceneH * vp.zoom;
  return {
    zoom: vp.zoom,
    x: Math.min(viewW - keep, Math.max(keep - w, vp.x)),
    y: Math.min(viewH - keep, Math.max(keep - h, vp.y)),
  };
}

/** Where a scene puts its lane header column: at the left, or at the right on a right-to-left map. */
export type LaneColumn = Pick<Scene, "rtl" | "lane_header_x" | "lane_header_width">;

/**
 * Screen offsets of the sticky layers: the header row never above the top;
 * the lane column never left of the view's left edge, or on a right-to-left
 * map never right of its right edge (`viewW`).
 */
export function sticky(vp: Viewport, lanes?: LaneColumn, viewW = Infinity): { headerY: number; laneX: number } {
  const headerY = Math.max(vp.y, 0);
  if (!lanes?.rtl) return { headerY, laneX: Math.max(vp.x, 0) };
  const natural = vp.x + lanes.lane_header_x * vp.zoom;
  return { headerY, laneX: Math.min(natural, viewW - lanes.lane_header_width * vp.zoom) };
}

export type Region = "corner" | "stages" | "lanes" | "cells" | "outside";

/**
 * What part of the grid a screen point is over, and the world point it
 * stands for within that layer (a sticky layer shifts its own coordinates).
 */
export function regionAt(vp: Viewport, scene: Scene, sx: number, sy: number, viewW = Infinity): { region: Region; x: number; y: number } {
  const { headerY, laneX } = sticky(vp, scene, viewW);
  const headerBottom = headerY + scene.header_height * vp.zoom;
  const laneRight = laneX + scene.lane_header_width * vp.zoom;
  const w = toWorld(vp, sx, sy);
  const inX = w.x >= 0 && w.x <= scene.width;
  const inY = w.y >= 0 && w.y <= scene.height;
  const overHeader = sy >= headerY && sy < headerBottom;
  const overLanes = sx >= laneX && sx < laneRight;
  if (overHeader && overLanes) return { region: "corner", x: 0, y: 0 };
  if (overHeader && inX) return { region: "stages", x: w.x, y: (sy - headerY) / vp.zoom };
  if (overLanes && inY) return { region: "lanes", x: scene.lane_header_x + (sx - laneX) / vp.zoom, y: w.y };
  const cellsX = scene.rtl ? w.x < scene.lane_header_x : w.x >= scene.lane_header_width;
  if (inX && inY && cellsX && w.y >= scene.header_height) return { region: "cells", ...w };
  return { region: "outside", ...w };
}

/**
 * The viewport that brings a selected card, cell or header on screen (past
 * the sticky headers, with a margin), or null when it is already there.
 * Headers move along their own axis only.
 */
export function revealed(vp: Viewport, scene: Scene, s: Selection, view: { w: number; h: number }, margin = 16): Viewport | null {
  let r: { x: number; y: number; w: number; h: number } | null = null;
  if (s.kind === "cards") r = scene.cards.find((c) => c.card === s.ids[s.ids.length - 1]) ?? null;
  if (s.kind === "cell") {
    const l = scene.lanes.find((x) => x.lane === s.lane);
    const c = scene.columns.find((x) => x.stage === s.stage && (x.step ?? null) === (s.step ?? null));
    if (l && c) r = { x: c.x, y: l.y, w: c.width, h: l.height };
  }
  if (s.kind === "stage" || s.kind === "step") {
    const c = scene.columns.filter((x) => (s.kind === "stage" ? x.stage === s.id : x.step === s.id));
    const first = c[0];
    const last = c[c.length - 1];
    if (first && last) r = { x: first.x, y: 0, w: last.x + last.width - first.x, h: scene.header_height };
  }
  if (s.kind === "lane") {
    const l = scene.lanes.find((x) => x.lane === s.id);
    if (l) r = { x: scene.lane_header_x, y: l.y, w: scene.lane_header_width, h: l.height };
  }
  if (!r) return null;
  const z = vp.zoom;
  // The sticky lane column covers the view's left edge, or its right one.
  const left = scene.rtl ? margin : scene.lane_header_width * z + margin;
  const right = view.w - margin - (scene.rtl ? scene.lane_header_width * z : 0);
  const top = scene.header_height * z + margin;
  let { x, y } = vp;
  const sx0 = x + r.x * z;
  const sy0 = y + r.y * z;
  const sx1 = sx0 + r.w * z;
  const sy1 = sy0 + r.h * z;
  if (s.kind !== "lane") {
    if (sx0 < left) x += left - sx0;
    else if (sx1 > right) x -= Math.min(sx1 - right, sx0 - left);
  }
  if (s.kind !== "stage" && s.kind !== "step") {
    if (sy0 < top) y += top - sy0;
    else if (sy1 > view.h - margin) y -= Math.min(sy1 - (view.h - margin), sy0 - top);
  }
  return x !== vp.x || y !== vp.y ? { zoom: z, x, y } : null;
}

/**
 * The world area whose cards are kept in the page: the view and `pad` screen
 * pixels around it, widened to `step`-unit steps so panning does not churn
 * the DOM. Hit testing uses the scene, not the DOM, so cards outside still
 * count.
 */
export function nearView(vp: Viewport, view: { w: number; h: number }, pad: number, step: number) {
  const z = vp.zoom;
  const p = pad / z;
  const x0 = Math.floor((-vp.x / z - p) / step) * step;
  const y0 = Math.floor((-vp.y / z - p) / step) * step;
  const x1 = Math.ceil((-vp.x / z + view.w / z + p) / step) * step;
  const y1 = Math.ceil((-vp.y / z + view.h / z + p) / step) * step;
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}
