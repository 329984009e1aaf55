// Where the page finds a stored picture: the shell serves every asset of the
// open project by id through its `wmasset:` protocol (src-tauri/src/images.rs).

import type { Id } from "./types";

/** The address a stored picture is served at (WebKitGTK and macOS; Windows' WebView2 needs http). */
export function assetUrl(id: Id): string {
  const windows = typeof navigator !== "undefined" && navigator.userAgent.includes("Windows");
  return windows ? `http://wmasset.localhost/${id}` : `wmasset://localhost/${id}`;
}
