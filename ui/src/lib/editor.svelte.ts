// The page's session: the open project's records, the scene of the map on
// screen, the selection and the viewport. Edits go one way: a command to the
// shell, the change back, the records patched, the scene fetched again.
// Selection, viewport and open panels are session state, never undo steps.

import { asApiError, backend, type ImageTarget } from "./backend";
import { Records } from "./records";
import { NONE, type GridIndex, type Selection } from "./selection";
import type { ApiError, Applied, Command, FirstScene, History, Id, Opened, Scene, Snapshot } from "./types";
import { fit, type Viewport } from "./viewport";

/**
 * Keep what did not change from the scene drawn last: a card whose drawing
 * digest is the same keeps its shapes array, so the canvas redraws only the
 * cards an edit touched (a 2,000-card map stays quick after each edit).
 */
export function reuse(prev: Scene | null, next: Scene): Scene {
  if (!prev || prev.map !== next.map) return next;
  const old = new Map(prev.cards.map((c) => [c.card, c]));
  for (const c of next.cards) {
    const o = old.get(c.card);
    if (o && o.sig === c.sig) c.shapes = o.shapes;
  }
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (same(prev.body, next.body)) next.body = prev.body;
  if (same(prev.lines, next.lines)) next.lines = prev.lines;
  if (same(prev.lane_headers, next.lane_headers)) next.lane_headers = prev.lane_headers;
  if (same(prev.stage_headers, next.stage_headers)) next.stage_headers = prev.stage_headers;
  return next;
}

export interface Toast {
  id: number;
  text: string;
  kind: "error" | "info";
}

export class Editor {
  /** Bumped on every patch so views that read records recompute. */
  version = $state(0);
  private store = new Records();
  path = $state<string | null>(null);
  fileName = $state("");
  history = $state<History>({ undo: null, redo: null });
  mapId = $state<Id | null>(null);
  scene = $state.raw<Scene | null>(null);
  selection = $state.raw<Selection>(NONE);
  viewport = $state<Viewport>({ x: 24, y: 24, zoom: 1 });
  viewSize = { w: 1200, h: 800 };
  toasts = $state<Toast[]>([]);
  /** Set while an edit is on its way, so a drag preview can wait for its result. */
  pending = $state(0);
  private queue: Promise<unknown> = Promise.resolve();
  private sceneSeq = 0;
  private toastSeq = 0;
  /** Maps already fitted to the view once in this session. */
  private fitted = new Set<Id>();

  /** The records, as a dependency of whatever reads them. */
  get records(): Records {
    void this.version;
    return this.store;
  }

  get open(): boolean {
    return this.path !== null;
  }

  /** Show how the shell's opening of a file went: the project, or why not. */
  async opened(o: Opened | null, first?: FirstScene | null): Promise<void> {
    if (!o) return;
    if (o.outcome === "opened") await this.load(o.snapshot, first);
    else this.fail(o.error);
  }

  /** Show a project the shell opened; `first` is a scene that came with it. */
  async load(s: Snapshot, first?: FirstScene | null): Promise<void> {
    this.store = new Records(s.records);
    this.path = s.path;
    this.fileName = s.file_name;
    this.history = s.history;
    this.selection = NONE;
    this.fitted.clear();
    const maps = this.store.maps();
    this.mapId = maps.some((m) => m.id === this.mapId) ? this.mapId : (maps[0]?.id ?? null);
    this.scene = null;
    this.version++;
    if (first && first.map === this.mapId) {
      ++this.sceneSeq; // a scene asked for earlier must not replace this one
      this.show(first.map, first.scene);
    } else await this.refreshScene();
  }

  unload(): void {
    this.store = new Records();
    this.path = null;
    this.fileName = "";
    this.mapId = null;
    this.scene = null;
    this.selection = NONE;
    this.history = { undo: null, redo: null };
    this.version++;
  }

  /** Run calls to the shell one after another, in the order they were asked for. */
  private serial<T>(f: () => Promise<T>): Promise<T> {
    const next = this.queue.then(f, f);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Apply one command as one undo step. Resolves true when it was applied. */
  run(command: Command | null | undefined): Promise<boolean> {
    if (!command) return Promise.resolve(false);
    this.pending++;
    return this.serial(async () => {
      try {
        this.patch(await backend.apply(command));
        await this.refreshScene();
        return true;
      } catch (e) {
        this.fail(e);
        return false;
      } finally {
        this.pending--;
      }
    });
  }

  undo(): Promise<void> {
    return this.step(() => backend.undo());
  }

  redo(): Promise<void> {
    return this.step(() => backend.redo());
  }

  /** Put a picture (a file's path, or one chosen in a dialog when left out) on a persona or card, as one undo step. */
  setImage(target: ImageTarget, path?: string): Promise<void> {
    return this.step(() => backend.setImage(target, path));
  }

  /** Run a shell call that answers with a change (or null for "nothing happened"), then patch and redraw. */
  private step(call: () => Promise<Applied | null>): Promise<void> {
    this.pending++;
    return this.serial(async () => {
      try {
        const a = await call();
        if (a) {
          this.patch(a);
          await this.refreshScene();
        }
      } catch (e) {
        this.fail(e);
      } finally {
        this.pending--;
      }
    });
  }

  /** Patch the records with a change from the core and tidy what points at removed records. */
  patch(a: Applied): void {
    this.store.apply(a.change);
    this.history = a.history;
    // A change that makes a map (new, duplicate, or an undone delete) shows it;
    // one that removes the map on screen shows the first map left.
    const added = a.change.ops.find((o) => o.op === "add" && o.record.type === "map");
    if (added && added.op === "add") {
      this.mapId = added.record.id;
      this.scene = null;
    } else if (!this.mapId || !this.store.map(this.mapId)) {
      this.mapId = this.store.maps()[0]?.id ?? null;
      this.scene = null;
    }
    this.selection = this.prune(this.selection);
    this.version++;
  }

  /** Drop what no longer exists from a selection. */
  private prune(sel: Selection): Selection {
    const r = this.store;
    switch (sel.kind) {
      case "cards": {
        const ids = sel.ids.filter((id) => r.card(id)?.map === this.mapId);
        return ids.length ? { kind: "cards", ids } : NONE;
      }
      case "cell":
        return r.lane(sel.lane) && r.stage(sel.stage) && (!sel.step || r.step(sel.step)) ? sel : NONE;
      case "stage":
        return r.stage(sel.id) ? sel : NONE;
      case "step":
        return r.step(sel.id) ? sel : NONE;
      case "lane":
        return r.lane(sel.id) ? sel : NONE;
      default:
        return sel;
    }
  }

  /** Fetch the scene of the map on screen (after every change). */
  async refreshScene(): Promise<void> {
    const map = this.mapId;
    if (!map || !this.path) {
      this.scene = null;
      return;
    }
    const seq = ++this.sceneSeq;
    try {
      const scene = await backend.scene(map);
      if (seq !== this.sceneSeq) return;
      this.show(map, scene);
    } catch (e) {
      this.fail(e);
    }
  }

  /** Put a map's fresh scene on screen (fitted the first time it is shown). */
  private show(map: Id, scene: Scene): void {
    this.scene = reuse(this.scene, scene);
    if (!this.fitted.has(map)) {
      this.fitted.add(map);
      this.zoomToFit(true);
    }
  }

  async showMap(id: Id): Promise<void> {
    if (id === this.mapId) return;
    this.mapId = id;
    this.selection = NONE;
    this.scene = null;
    await this.refreshScene();
  }

  select(sel: Selection): void {
    this.selection = sel;
  }

  /** Show the whole map; `readable` keeps text legible on a huge map (it then starts at the top left). */
  zoomToFit(readable = false): void {
    const s = this.scene;
    if (!s) return;
    const v = fit(s.width, s.height, this.viewSize.w, this.viewSize.h);
    this.viewport = readable && v.zoom < 0.5 ? { zoom: 0.5, x: 24, y: 24 } : v;
  }

  /** The map as the keyboard walks it. */
  gridIndex(): GridIndex {
    const r = this.records;
    const map = this.mapId;
    if (!map) return { columns: [], lanes: [], cards: [] };
    const columns = r.columns(map).map((c) => ({ stage: c.stage.id, step: c.step?.id ?? null }));
    const lanes = r.lanes(map);
    return {
      columns,
      lanes: lanes.map((l) => ({ id: l.id, emotions: l.kind === "emotions" })),
      cards: lanes.map((l) => columns.map((c) => r.cardsIn(l.id, c.stage, c.step).map((x) => x.id))),
    };
  }

  fail(e: unknown): void {
    const err: ApiError = asApiError(e);
    this.toast(err.message, "error");
  }

  toast(text: string, kind: Toast["kind"] = "info"): void {
    const id = ++this.toastSeq;
    this.toasts = [...this.toasts.slice(-3), { id, text, kind }];
    setTimeout(() => this.dismiss(id), kind === "error" ? 8000 : 4000);
  }

  dismiss(id: number): void {
    this.toasts = this.toasts.filter((t) => t.id !== id);
  }
}
