// Pan and zoom: where the map's grid sits on screen. Screen = world * zoom +
// offset. The stage header row and the lane header column stay visible while
// panning, so a screen point maps to a region as well as to world coordinates.

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

/** Screen offsets of the sticky layers: the header row never above the top, the lane column never left of the edge. */
export function sticky(vp: Viewport): { headerY: number; laneX: number } {
  return { headerY: Math.max(vp.y, 0), laneX: Math.max(vp.x, 0) };
}

export type Region = "corner" | "stages" | "lanes" | "cells" | "outside";

/**
 * What part of the grid a screen point is over, and the world point it
 * stands for within that layer (a sticky layer shifts its own coordinates).
 */
export function regionAt(vp: Viewport, scene: Scene, sx: number, sy: number): { region: Region; x: number; y: number } {
  const { headerY, laneX } = sticky(vp);
  const headerBottom = headerY + scene.header_height * vp.zoom;
  const laneRight = laneX + scene.lane_header_width * vp.zoom;
  const w = toWorld(vp, sx, sy);
  const inX = w.x >= 0 && w.x <= scene.width;
  const inY = w.y >= 0 && w.y <= scene.height;
  const overHeader = sy >= headerY && sy < headerBottom;
  const overLanes = sx >= laneX && sx < laneRight;
  if (overHeader && overLanes) return { region: "corner", x: 0, y: 0 };
  if (overHeader && inX) return { region: "stages", x: w.x, y: (sy - headerY) / vp.zoom };
  if (overLanes && inY) return { region: "lanes", x: (sx - laneX) / vp.zoom, y: w.y };
  if (inX && inY && w.x >= scene.lane_header_width && w.y >= scene.header_height) return { region: "cells", ...w };
  return { region: "outside", ...w };
}
