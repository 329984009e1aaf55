// A backend without a window, for unit tests of the editor and its tools: it
// records every call, answers commands with a change the test chooses (an
// empty change by default), serves a fixed scene and can hold an answer back
// to test the order of calls.

import type { Backend, NativeMenu } from "../src/lib/backend";
import type { Applied, Command, Formats, Id, Scene, Snapshot, Startup, UiLanguage } from "../src/lib/types";

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T): void;
  reject(e: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => {
    resolve = a;
    reject = b;
  });
  return { promise, resolve, reject };
}

const EMPTY: Applied = { change: { ops: [] }, history: { undo: null, redo: null } };

export class FakeBackend implements Backend {
  /** Commands received by `apply`, in order. */
  applied: Command[] = [];
  /** Every call by name, in order. */
  calls: string[] = [];
  /** The answer to the next `apply` calls (a function of the command). */
  answer: (c: Command) => Applied | Promise<Applied> = () => EMPTY;
  /** Answers of undo and redo, taken in order. */
  undos: (Applied | null)[] = [];
  redos: (Applied | null)[] = [];
  menus: NativeMenu[] = [];
  enabled: Record<string, boolean> = {};
  quitted = false;

  constructor(public scenes: Record<Id, Scene> = {}) {}

  private log(name: string) {
    this.calls.push(name);
  }

  startup = async (): Promise<Startup> => ({ opened: null, current: null, recent: [], scene: null, language: { lang: "en", dir: "ltr", formats: { latin_digits: false, gregorian: false } } });
  snapshot = async () => null;
  openProject = async (): Promise<Snapshot | null> => null;
  newProject = async (): Promise<Snapshot | null> => null;
  saveAs = async (): Promise<Snapshot | null> => null;
  closeProject = async (): Promise<null> => null;
  async apply(command: Command): Promise<Applied> {
    this.log("apply");
    this.applied.push(command);
    return this.answer(command);
  }
  async undo(): Promise<Applied | null> {
    this.log("undo");
    return this.undos.shift() ?? null;
  }
  async redo(): Promise<Applied | null> {
    this.log("redo");
    return this.redos.shift() ?? null;
  }
  recentFiles = async () => [];
  setImage = async () => null;
  async scene(map: Id): Promise<Scene> {
    this.log(`scene:${map}`);
    const s = this.scenes[map];
    if (!s) throw { code: "not_found", message: `map ${map} does not exist` };
    return structuredClone(s);
  }
  exportPreview = async () => ({ image: "", width: 0, height: 0, pages: [], page_count: 0, pixels: [0, 0] as [number, number] });
  exportFile = async () => null;
  exportSettings = async () => null;
  async setMenu(menus: NativeMenu[]) {
    this.menus = menus;
  }
  async setMenuEnabled(enabled: Record<string, boolean>) {
    this.enabled = enabled;
  }
  /** The languages asked for, in order. */
  languages: string[] = [];
  async setLanguage(lang: string): Promise<UiLanguage> {
    this.languages.push(lang);
    this.lang = lang;
    return { lang, dir: lang === "fa" ? "rtl" : "ltr", formats: this.formats };
  }
  lang = "en";
  formats: Formats = { latin_digits: false, gregorian: false };
  async setFormats(formats: Formats): Promise<UiLanguage> {
    this.formats = formats;
    return { lang: this.lang, dir: this.lang === "fa" ? "rtl" : "ltr", formats };
  }
  async quit() {
    this.quitted = true;
  }
  toggleFullscreen = async () => undefined;
  onMenu = async () => () => undefined;
  onOpened = async () => () => undefined;
  onExportProgress = async () => () => undefined;
  onFileDrop = async () => () => undefined;
}
