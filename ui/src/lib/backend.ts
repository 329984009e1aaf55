// What the editor needs from the shell, as an interface (docs/shell-api.md).
// The window uses the Tauri implementation (tauri.ts, the one file that talks
// to the shell); unit tests use a fake (ui/tests/fakeBackend.ts), so the
// editor, its call queue and every tool run without a window.

import type { ApiError, Applied, Command, Id, Opened, RecentFile, Scene, Snapshot, Startup, Formats, TemplateName, UiLanguage } from "./types";

/** Turn whatever a rejected call gives into {code, message, key?, params?}. */
export function asApiError(e: unknown): ApiError {
  if (e && typeof e === "object" && "code" in e && "message" in e) {
    const o = e as { code: unknown; message: unknown; key?: unknown; params?: unknown };
    const err: ApiError = { code: String(o.code), message: String(o.message) };
    if (typeof o.key === "string") err.key = o.key;
    if (o.params && typeof o.params === "object") err.params = o.params as Record<string, string | number>;
    return err;
  }
  return { code: "internal", message: e instanceof Error ? e.message : String(e) };
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

/** One entry of the native menu bar, built from the table of actions. */
export type NativeItem =
  /** `checked` makes it a check item (ticked or not); without it, a plain item. */
  | { kind: "action"; id: string; label: string; accelerator: string | null; enabled: boolean; checked?: boolean }
  /** The system's cut, copy, paste or select-all item: choosing it sends the key to the page. */
  | { kind: "system"; id: string; role: "cut" | "copy" | "paste" | "select_all"; label: string }
  | { kind: "separator" }
  | { kind: "recent"; label: string };

/** A top-level menu of the native menu bar. */
export interface NativeMenu {
  id: string;
  label: string;
  items: NativeItem[];
}

/** Stops listening to an event. */
export type Unlisten = () => void;

/** Everything the page asks of the shell. Calls reject with an `ApiError`. */
export interface Backend {
  startup(): Promise<Startup>;
  snapshot(): Promise<Snapshot | null>;
  openProject(path?: string): Promise<Snapshot | null>;
  newProject(templateName: TemplateName, path?: string, title?: string): Promise<Snapshot | null>;
  saveAs(path?: string): Promise<Snapshot | null>;
  closeProject(): Promise<null>;
  apply(command: Command): Promise<Applied>;
  undo(): Promise<Applied | null>;
  redo(): Promise<Applied | null>;
  recentFiles(): Promise<RecentFile[]>;
  setImage(target: ImageTarget, path?: string): Promise<Applied | null>;
  scene(map: Id): Promise<Scene>;
  exportPreview(request: ExportRequest): Promise<ExportPreview>;
  exportFile(request: ExportRequest, path?: string): Promise<ExportDone | null>;
  exportSettings(): Promise<Partial<ExportRequest> | null>;
  /** Build the native menu bar (labels already in the UI's language). */
  setMenu(menus: NativeMenu[]): Promise<void>;
  /** Make `lang` the UI's language and remember it; says how it runs. */
  setLanguage(lang: string): Promise<UiLanguage>;
  /** Choose Latin digits or the Gregorian calendar over the language's own, and remember it. */
  setFormats(formats: Formats): Promise<UiLanguage>;
  /** Turn native menu items on and off by action id. */
  setMenuEnabled(enabled: Record<string, boolean>): Promise<void>;
  /** Leave the app (every edit is already in its file). */
  quit(): Promise<void>;
  /** Full screen on or off. */
  toggleFullscreen(): Promise<void>;

  /** A native menu item was chosen (its action id, or `recent:PATH`). */
  onMenu(cb: (item: string) => void): Promise<Unlisten>;
  /** A file was opened from outside the page (second launch, Open Recent). */
  onOpened(cb: (o: Opened) => void): Promise<Unlisten>;
  onExportProgress(cb: (p: { done: number; total: number }) => void): Promise<Unlisten>;
  /** Files dropped on the window: their paths and the drop point in CSS pixels. */
  onFileDrop(cb: (paths: string[], x: number, y: number) => void): Promise<Unlisten>;
}
