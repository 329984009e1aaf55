// The shapes the shell sends and accepts. The core's records, commands,
// changes, scene, messages and vocabularies are generated from the Rust
// types (`make generate`, ui/src/lib/generated/); only the shell's own
// envelopes (docs/shell-api.md) are written here.

import type { Label, Message } from "./generated/messages";
import type { Change, Rec } from "./generated";

export type * from "./generated";

/** Any record id (a UUID string). */
export type Id = string;

export type ProjectRec = Extract<Rec, { type: "project" }>;
export type AssetRec = Extract<Rec, { type: "asset" }>;
export type PersonaRec = Extract<Rec, { type: "persona" }>;
export type MapRec = Extract<Rec, { type: "map" }>;
export type StageRec = Extract<Rec, { type: "stage" }>;
export type StepRec = Extract<Rec, { type: "step" }>;
export type LaneRec = Extract<Rec, { type: "lane" }>;
export type CardRec = Extract<Rec, { type: "card" }>;
export type EmotionRec = Extract<Rec, { type: "emotion" }>;
export type TemplateName = import("./generated").Template;

/** What undo and redo would do next, as the core names them. */
export interface History {
  undo: Label | null;
  redo: Label | null;
}
export interface Snapshot {
  path: string;
  file_name: string;
  records: Rec[];
  history: History;
}
export interface Applied {
  change: Change;
  history: History;
}
/** A refusal from the shell or the core. */
export interface ApiError {
  code: string;
  /** The core's English sentence, for logs and as a last resort. */
  message: string;
  /** Message key of the error, to show it in the UI's language. */
  key?: string;
  params?: Record<string, string | number | Message>;
}
export type Opened = { outcome: "opened"; snapshot: Snapshot } | { outcome: "failed"; error: ApiError };
export interface RecentFile {
  path: string;
  name: string;
  exists: boolean;
}
export interface Startup {
  opened: Opened | null;
  current: Snapshot | null;
  recent: RecentFile[];
  /** The first map's scene, laid out by the shell while the page loaded. */
  scene: FirstScene | null;
  /** The UI's language: the user's choice, else the system's, else English. */
  language: UiLanguage;
}

/** A language as the page applies it: its tag, which way it runs and the user's choice of digits and calendar. */
export interface UiLanguage {
  lang: string;
  dir: "ltr" | "rtl";
  formats: Formats;
  /** Every word accented and lengthened (the pseudo-locale `en-XA`), to find controls too small for longer languages. */
  pseudo?: boolean;
}

/** Latin digits and the Gregorian calendar instead of the language's own (Persian's), by the user's choice. */
export interface Formats {
  latin_digits: boolean;
  gregorian: boolean;
}

/** A map's scene that came with the project, so the first paint needs no second call. */
export interface FirstScene {
  map: Id;
  scene: import("./generated").Scene;
}
