// The touchpoint channel icons from assets/icons (the exporters stroke the
// same path data). Each file holds only <path d="..."> elements on a 24x24 box.

import type { Channel } from "./types";

const files = import.meta.glob("../../../assets/icons/*.svg", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

/** Path data of every channel icon. */
export const ICON_PATHS: Record<string, string[]> = {};
for (const [file, text] of Object.entries(files)) {
  const name = file.split("/").pop()!.replace(/\.svg$/, "");
  ICON_PATHS[name] = [...text.matchAll(/<path[^>]*\sd="([^"]+)"/g)].map((m) => m[1]!);
}

export const iconPaths = (c: Channel): string[] => ICON_PATHS[c] ?? [];
