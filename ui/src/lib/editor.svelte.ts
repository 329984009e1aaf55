// The page's session: the open project's records, the scene of the map on
// screen, the selection, the viewport, the open panels, the card clipboard
// and the running tool. Edits go one way: a command to the backend, the
// change back, the records patched, the scene fetched again. Selection,
// viewport and panels are session state, never undo steps. The backend is an
// interface (backend.ts), so all of this runs in unit tests against a fake.

import { asApiError, type Backend, type ImageTarget } from "./backend";
import { clipCards, pasteCommands, duplicateCommands, type CardClip } from "./clipboard";
import { t, words, type Message } from "./i18n.svelte";
import { Records } from "./records";
import { NONE, selectedCards, type GridIndex, type Selection } from "./selection";
import type { FrameClock } from "./frameQueue";
import { ToolManager } from "./tools/manager.svelte";
import type { ToolContext } from "./tools/tool";
import type { Applied, Command, FirstScene, Formats, Id, LaneKind, Opened, Rec, RecentFile, Scene, Snapshot, TemplateName } from "./types";
import { carriesChannel, laneKindLabel, takesPicture } from "./vocab";
import { clampPan, fit, revealed, type Viewport } from "./viewport";

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

/** The smallest zoom a map is shown at when it opens; below it, it opens at 50% at its top left. */
const READABLE = 0.35;

export interface Toast {
  id: number;
  text: string;
  kind: "error" | "info";
}

/** What undo and redo would do next, as the core names it. */
export interface HistoryLabels {
  undo: Message | null;
  redo: Message | null;
}

/** Panels and dialogs open in the window (session state). */
export interface Panels {
  side: "inspector" | "personas";
  exporting: boolean;
  templates: boolean;
  commands: boolean;
}

/** The map each record belongs to (a map is its own). */
function mapOf(r: Rec): Id | null {
  if (r.type === "map") return r.id;
  return "map" in r ? (r.map as Id) : null;
}

export class Editor {
  /** Bumped on every patch so views that read records recompute. */
  version = $state(0);
  private store = new Records();
  path = $state<string | null>(null);
  fileName = $state("");
  history = $state<HistoryLabels>({ undo: null, redo: null });
  mapId = $state<Id | null>(null);
  scene = $state.raw<Scene | null>(null);
  selection = $state.raw<Selection>(NONE);
  viewport = $state<Viewport>({ x: 24, y: 24, zoom: 1 });
  viewSize = { w: 1200, h: 800 };
  toasts = $state<Toast[]>([]);
  panels = $state<Panels>({ side: "inspector", exporting: false, templates: false, commands: false });
  /** Editing is off: presentation and participant views look, they do not edit. */
  readOnly = $state(false);
  /** Set while an edit is on its way, so a drag preview can wait for its result. */
  pending = $state(0);
  /** Cards copied or cut, for pasting (within this session, across maps). */
  clip = $state.raw<CardClip | null>(null);
  /** The gestures on the canvas. */
  readonly tools: ToolManager;
  private queue: Promise<unknown> = Promise.resolve();
  private sceneSeq = 0;
  private toastSeq = 0;
  /** Maps already fitted to the view once in this session. */
  private fitted = new Set<Id>();

  /** `clock` schedules pointer moves (the browser's frames; tests pass their own). */
  constructor(
    readonly backend: Backend,
    clock?: FrameClock,
  ) {
    const words = { carriesChannel, takesPicture, laneName: (kind: LaneKind) => t(laneKindLabel(kind)) };
    this.tools = new ToolManager(this, words, undefined, clock);
  }

  /**
   * The records, as a dependency of whatever reads them. Each change makes a
   * new `Records`, so a view that keeps them (`$derived(editor.records)`) is
   * recomputed after every edit.
   */
  get records(): Records {
    void this.version;
    return this.store;
  }

  get open(): boolean {
    return this.path !== null;
  }

  /**
   * What the canvas tools see; null while no map is on screen. Its fields
   * read the editor live: a tool that outlives an edit or a pan (a text box
   * left open) sees the records and the view as they are now.
   */
  toolContext(): ToolContext | null {
    if (!this.scene) return null;
    const editor = this;
    return {
      get scene() {
        return editor.scene!;
      },
      get records() {
        return editor.records;
      },
      get selection() {
        return editor.selection;
      },
      get viewport() {
        return editor.viewport;
      },
      get mapId() {
        return editor.mapId;
      },
      get readOnly() {
        return editor.readOnly;
      },
      get viewWidth() {
        return editor.viewSize.w;
      },
      get spaceDown() {
        return editor.tools.spaceDown;
      },
      select: (s) => this.select(s),
      run: (c) => this.run(c),
      setViewport: (v) => this.setViewport(v),
    };
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

  /** Run calls to the backend one after another, in the order they were asked for. */
  private serial<T>(f: () => Promise<T>): Promise<T> {
    const next = this.queue.then(f, f);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Apply one command as one undo step. Resolves true when it was applied. */
  run(command: Command | null | undefined): Promise<boolean> {
    if (!command) return Promise.resolve(false);
    if (this.readOnly) return Promise.resolve(false);
    this.pending++;
    return this.serial(async () => {
      try {
        this.patch(await this.backend.apply(command));
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
    return this.step(() => this.backend.undo(), "toast-undone");
  }

  redo(): Promise<void> {
    return this.step(() => this.backend.redo(), "toast-redone");
  }

  /** Put a picture (a file's path, or one chosen in a dialog when left out) on a persona or card, as one undo step. */
  setImage(target: ImageTarget, path?: string): Promise<void> {
    return this.step(() => this.backend.setImage(target, path));
  }

  /**
   * Run a backend call that answers with a change (or null for "nothing
   * happened"), then patch and redraw. For undo and redo (`done` names the
   * toast), take the user to what changed when it is not on screen.
   */
  private step(call: () => Promise<Applied | null>, done?: string): Promise<void> {
    if (this.readOnly) return Promise.resolve();
    this.pending++;
    const label = done ? (done === "toast-undone" ? this.history.undo : this.history.redo) : null;
    return this.serial(async () => {
      try {
        const a = await call();
        if (!a) return;
        const away = done ? this.elsewhere(a) : null;
        this.patch(a);
        if (away && away !== this.mapId && this.store.map(away)) {
          this.mapId = away;
          this.scene = null;
          this.selection = NONE;
        }
        await this.refreshScene();
        if (done) this.showChanged(a, !!away, label, done);
      } catch (e) {
        this.fail(e);
      } finally {
        this.pending--;
      }
    });
  }

  /** The map a change touched when it is not the map on screen (null: on screen, or none). */
  private elsewhere(a: Applied): Id | null {
    const maps = new Set<Id>();
    for (const op of a.change.ops) {
      const r = op.op === "update" ? op.to : op.record;
      const m = mapOf(r);
      if (m) maps.add(m);
    }
    if (maps.size === 0 || (this.mapId && maps.has(this.mapId))) return null;
    return [...maps][0] ?? null;
  }

  /** After undo or redo: select the cards it touched, bring them into view and say what happened when it was off screen. */
  private showChanged(a: Applied, moved: boolean, label: Message | null, done: string): void {
    const cards: Id[] = [];
    for (const op of a.change.ops) {
      const r = op.op === "update" ? op.to : op.record;
      if (r.type === "card" && op.op !== "remove" && r.map === this.mapId && this.store.card(r.id)) cards.push(r.id);
    }
    if (cards.length) {
      this.select({ kind: "cards", ids: cards });
      this.reveal(this.selection);
    }
    if (moved) {
      const map = this.store.map(this.mapId)?.title ?? "";
      const what = t(done, { what: words.message(label) });
      this.toast(t("toast-changed-elsewhere", { what, map }));
    }
  }

  /** Patch the records with a change from the core and tidy what points at removed records. */
  patch(a: Applied): void {
    this.store = this.store.with(a.change);
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
      const scene = await this.backend.scene(map);
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
      this.autoFit = map;
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

  /** Pan and zoom as the user asks, keeping part of the map on screen. */
  setViewport(v: Viewport): void {
    const s = this.scene;
    this.autoFit = null;
    this.viewport = s ? clampPan(v, s.width, s.height, this.viewSize.w, this.viewSize.h) : v;
  }

  /** The map fitted to the view by itself and not panned or zoomed since: a resize fits it again. */
  private autoFit: Id | null = null;

  /**
   * The canvas has its size (or a new one). A map is often laid out before
   * the window has its final size (the first scene comes with the project),
   * so a map still as it was fitted is fitted again.
   */
  resized(w: number, h: number): void {
    if (this.viewSize.w === w && this.viewSize.h === h) return;
    this.viewSize = { w, h };
    if (this.autoFit && this.autoFit === this.mapId) this.zoomToFit(true);
  }

  /**
   * Show the whole map. With `readable` (a map opened or first shown), a map
   * that would need a zoom below 35% starts at 50% at its top left instead:
   * its text would be unreadable, and the first paint would draw every card.
   */
  zoomToFit(readable = false): void {
    const s = this.scene;
    if (!s) return;
    const v = fit(s.width, s.height, this.viewSize.w, this.viewSize.h);
    this.viewport = readable && v.zoom < READABLE ? { zoom: 0.5, x: 24, y: 24 } : v;
  }

  /** Pan so a selected card, cell or header is on screen. */
  reveal(s: Selection): void {
    const scene = this.scene;
    if (!scene) return;
    const v = revealed(this.viewport, scene, s, this.viewSize);
    if (v) this.viewport = v;
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

  // ----- language -----

  /**
   * Make `lang` the UI's language: the shell checks and remembers it, the
   * page loads its catalogs and then every word changes at once (menus
   * included: App sends the bar again). Nothing changes if either refuses.
   */
  async setLanguage(lang: string): Promise<void> {
    if (lang === words.lang) return;
    try {
      const ui = await this.backend.setLanguage(lang);
      await words.use(ui.lang, ui.dir, ui.formats);
    } catch (e) {
      this.fail(e);
    }
  }

  /** Write numbers in Latin or the language's own digits, dates in the Gregorian or its own calendar; remembered by the shell. */
  async setFormats(formats: Formats): Promise<void> {
    try {
      const ui = await this.backend.setFormats(formats);
      await words.use(ui.lang, ui.dir, ui.formats);
    } catch (e) {
      this.fail(e);
    }
  }

  // ----- projects -----

  /** Recent files for the start screen. */
  recent = $state<RecentFile[]>([]);

  async refreshRecent(): Promise<void> {
    try {
      this.recent = await this.backend.recentFiles();
    } catch {
      this.recent = [];
    }
  }

  /** Make a project from a template (the shell asks where to save it). */
  async newProject(template: TemplateName): Promise<void> {
    this.panels.templates = false;
    try {
      const s = await this.backend.newProject(template);
      if (s) await this.load(s);
    } catch (e) {
      this.fail(e);
    }
  }

  /** Open a project: a path, or one chosen in the shell's dialog. */
  async openProject(path?: string): Promise<void> {
    try {
      const s = await this.backend.openProject(path);
      if (s) await this.load(s);
    } catch (e) {
      this.fail(e);
      await this.refreshRecent();
    }
  }

  /** Save a copy under a new name and go on editing the copy. */
  async saveAs(): Promise<void> {
    try {
      const s = await this.backend.saveAs();
      if (s) {
        this.path = s.path;
        this.fileName = s.file_name;
        this.toast(t("toast-saved-copy", { file: s.file_name }));
      }
    } catch (e) {
      this.fail(e);
    }
  }

  /** Close the project (every edit is already in its file). */
  async closeProject(): Promise<void> {
    try {
      await this.backend.closeProject();
      this.unload();
      await this.refreshRecent();
    } catch (e) {
      this.fail(e);
    }
  }

  // ----- maps -----

  /** Copy the map on screen as the future state of its journey, named in the user's language. */
  duplicateAsFuture(): Promise<boolean> {
    const map = this.records.map(this.mapId);
    if (!map) return Promise.resolve(false);
    return this.run({ type: "duplicate_map", map: map.id, kind: "future_state", title: t("future-state-title", { title: map.title }) });
  }

  /** Add a stage after `after` (the last when left out) and start naming it on the map. */
  async addStage(after?: number): Promise<void> {
    const map = this.mapId;
    if (!map) return;
    const stages = this.records.stages(map);
    const before = new Set(stages.map((s) => s.id));
    const index = (after ?? stages.length - 1) + 1;
    if (await this.run({ type: "add_stage", map, name: t("default-stage-name"), index })) {
      const made = this.records.stages(map).find((s) => !before.has(s.id));
      if (made) this.tools.rename("stage", made.id);
    }
  }

  /** Split a stage with a new step at `index` (the end when left out) and start naming it. */
  async addStep(stage: Id, index?: number): Promise<void> {
    const before = new Set(this.records.steps(stage).map((s) => s.id));
    const n = this.records.steps(stage).length;
    if (await this.run({ type: "add_step", stage, name: t("default-step-name", { n: n + 1 }), index })) {
      const made = this.records.steps(stage).find((s) => !before.has(s.id));
      if (made) this.tools.rename("step", made.id);
    }
  }

  /** What Help > About says. */
  about(): string {
    return t("about-text");
  }

  // ----- clipboard -----

  /** Copy the selected cards (their content and where they sit relative to each other). */
  copy(): boolean {
    const ids = selectedCards(this.selection);
    const clip = this.mapId ? clipCards(this.records, this.mapId, ids) : null;
    if (!clip) return false;
    this.clip = clip;
    this.toast(t("toast-copied", { count: clip.cards.length }));
    return true;
  }

  /** Copy the selected cards and delete them, as one undo step. */
  async cut(): Promise<boolean> {
    const ids = selectedCards(this.selection);
    if (!ids.length || !this.copy()) return false;
    return this.run({
      type: "batch",
      label: { key: "history-cut-cards", args: { count: ids.length } },
      commands: ids.map((card) => ({ type: "delete_card", card })),
    });
  }

  /** Paste the copied cards at the selection (or where they came from), as one undo step; the copies are selected. */
  async paste(): Promise<boolean> {
    const clip = this.clip;
    const map = this.mapId;
    if (!clip || !map) return false;
    const plan = pasteCommands(this.records, map, clip, this.selection);
    if (!plan) {
      this.toast(t("toast-paste-nowhere"));
      return false;
    }
    const ok = await this.run(plan.command);
    if (ok) {
      this.select({ kind: "cards", ids: plan.ids.filter((id) => this.store.card(id)) });
      this.reveal(this.selection);
    }
    return ok;
  }

  /** Put a copy of each selected card right after it, as one undo step; the copies are selected. */
  async duplicate(): Promise<boolean> {
    const map = this.mapId;
    const plan = map ? duplicateCommands(this.records, map, selectedCards(this.selection)) : null;
    if (!plan) return false;
    const ok = await this.run(plan.command);
    if (ok) this.select({ kind: "cards", ids: plan.ids.filter((id) => this.store.card(id)) });
    return ok;
  }

  // ----- messages -----

  fail(e: unknown): void {
    const err = asApiError(e);
    const text = err.key && words.has(err.key) ? t(err.key, words.args(err.params)) : err.message;
    // The core's sentences start in lower case (they also follow "waymark: " in the terminal).
    this.toast(text.charAt(0).toLocaleUpperCase(words.lang) + text.slice(1), "error");
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
