// The Tauri implementation of the backend: the one file that calls the shell
// (`invoke`, `listen`). Every failure arrives as {code, message, key, params}.

import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { asApiError, type Backend } from "./backend";

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw asApiError(e);
  }
}

/** The shell of the running window. */
export const tauriBackend: Backend = {
  startup: () => call("startup"),
  snapshot: () => call("snapshot"),
  openProject: (path) => call("open_project", { path }),
  newProject: (templateName, path, title) => call("new_project", { templateName, path, title }),
  saveAs: (path) => call("save_as", { path }),
  closeProject: () => call("close_project"),
  apply: (command) => call("apply", { command }),
  undo: () => call("undo"),
  redo: () => call("redo"),
  recentFiles: () => call("recent_files"),
  setImage: (target, path) => call("set_image", { target, path }),
  scene: (map) => call("map_scene", { map }),
  exportPreview: (request) => call("export_preview", { request }),
  exportFile: (request, path) => call("export_file", { request, path }),
  exportSettings: () => call("export_settings"),
  setMenu: (menus) => call("set_menu", { menus }),
  setMenuEnabled: (enabled) => call("set_menu_enabled", { enabled }),
  setLanguage: (lang) => call("set_language", { lang }),
  setFormats: (formats) => call("set_formats", { formats }),
  quit: () => call("quit"),
  toggleFullscreen: () => call("toggle_fullscreen"),

  onMenu: (cb) => listen<string>("menu", (e) => cb(e.payload)),
  onOpened: (cb) => listen("project-opened", (e) => cb(e.payload as Parameters<typeof cb>[0])),
  onExportProgress: (cb) => listen("export-progress", (e) => cb(e.payload as Parameters<typeof cb>[0])),
  onFileDrop: (cb) =>
    getCurrentWebview().onDragDropEvent((e) => {
      if (e.payload.type === "drop") {
        const ratio = window.devicePixelRatio || 1;
        cb(e.payload.paths, e.payload.position.x / ratio, e.payload.position.y / ratio);
      }
    }),
};
