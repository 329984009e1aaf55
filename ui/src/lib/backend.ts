// The one place that talks to the Tauri shell (see docs/shell-api.md). Every
// call resolves with the shell's answer or rejects with {code, message}.

import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import type { ApiError, Applied, Command, Id, Opened, RecentFile, Scene, Snapshot, Startup, TemplateName } from "./types";

/** Turn whatever a rejected call gives into {code, message}. */
export function asApiError(e: unknown): ApiError {
  if (e && typeof e === "object" && "code" in e && "message" in e) {
    const o = e as { code: unknown; message: unknown };
    return { code: String(o.code), message: String(o.message) };
  }
  return { code: "internal", message: e instanceof Error ? e.message : String(e) };
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw asApiError(e);
  }
}

export type ImageTarget =
  | { kind: "persona"; persona: Id }
  | { kind: "card"; card: Id }
  | { kind: "new_card"; lane: Id; stage: Id; step?: Id | null; index?: number };

export interface ExportRequest {
  format: "pdf" | "png";
  map: Id | null;
  all: boolean;
  page: "a4" | "a3" | "letter" | "tabloid" | "fit";
  landscape: boolean;
  poster: boolean;
  scale: number;
  transparent: boolean;
  personas: boolean;
}

export interface ExportDone {
  path: string;
  bytes: number;
}

export interface ExportPreview {
  /** A small PNG of the map, as a data URL. */
  image: string;
  width: number;
  height: number;
  /** Where each PDF page of the map falls: [x, y, w, h] in layout units. */
  pages: [number, number, number, number][];
  page_count: number;
  pixels: [number, number];
}

export const backend = {
  startup: () => call<Startup>("startup"),
  snapshot: () => call<Snapshot | null>("snapshot"),
  openProject: (path?: string) => call<Snapshot | null>("open_project", { path }),
  newProject: (templateName: TemplateName, path?: string, title?: string) =>
    call<Snapshot | null>("new_project", { templateName, path, title }),
  saveAs: (path?: string) => call<Snapshot | null>("save_as", { path }),
  closeProject: () => call<null>("close_project"),
  apply: (command: Command) => call<Applied>("apply", { command }),
  undo: () => call<Applied | null>("undo"),
  redo: () => call<Applied | null>("redo"),
  recentFiles: () => call<RecentFile[]>("recent_files"),
  setImage: (target: ImageTarget, path?: string) => call<Applied | null>("set_image", { target, path }),
  scene: (map: Id) => call<Scene>("map_scene", { map }),
  exportPreview: (request: ExportRequest) => call<ExportPreview>("export_preview", { request }),
  exportFile: (request: ExportRequest, path?: string) => call<ExportDone | null>("export_file", { request, path }),
  exportSettings: () => call<Partial<ExportRequest> | null>("export_settings"),

  onMenu: (cb: (item: string) => void): Promise<UnlistenFn> => listen<string>("menu", (e) => cb(e.payload)),
  onOpened: (cb: (o: Opened) => void): Promise<UnlistenFn> => listen<Opened>("project-opened", (e) => cb(e.payload)),
  onExportProgress: (cb: (p: { done: number; total: number }) => void): Promise<UnlistenFn> =>
    listen<{ done: number; total: number }>("export-progress", (e) => cb(e.payload)),
  /** Files dropped on the window: their paths and the drop point in CSS pixels. */
  onFileDrop: (cb: (paths: string[], x: number, y: number) => void): Promise<UnlistenFn> =>
    getCurrentWebview().onDragDropEvent((e) => {
      if (e.payload.type === "drop") {
        const ratio = window.devicePixelRatio || 1;
        cb(e.payload.paths, e.payload.position.x / ratio, e.payload.position.y / ratio);
      }
    }),
};

/** The address a stored picture is served at (the shell's `wmasset:` protocol). */
export function assetUrl(id: Id): string {
  const windows = navigator.userAgent.includes("Windows");
  return windows ? `http://wmasset.localhost/${id}` : `wmasset://localhost/${id}`;
}
