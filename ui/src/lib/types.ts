// The shapes the shell sends and accepts: the core's records (as in
// docs/json-format.md), its commands (src/command.rs) and the screen scene
// (src/layout/scene.rs). Kept by hand; the end-to-end tests catch drift.

export type Id = string;

export const LANE_KINDS = [
  "goals",
  "actions",
  "touchpoints",
  "thoughts",
  "emotions",
  "pain_points",
  "opportunities",
  "metrics",
  "front_stage",
  "back_stage",
  "support_processes",
  "resources",
  "milestones",
  "notes",
  "images",
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const LANE_LABELS: Record<LaneKind, string> = {
  goals: "Goals and needs",
  actions: "Actions",
  touchpoints: "Touchpoints",
  thoughts: "Thoughts",
  emotions: "Emotions",
  pain_points: "Pain points",
  opportunities: "Opportunities",
  metrics: "Metrics and KPIs",
  front_stage: "Front stage",
  back_stage: "Back stage",
  support_processes: "Support processes",
  resources: "Resources",
  milestones: "Milestones",
  notes: "Notes",
  images: "Images",
};

export const MAP_KINDS = ["current_state", "future_state", "day_in_the_life", "service_blueprint"] as const;
export type MapKind = (typeof MAP_KINDS)[number];
export const MAP_KIND_LABELS: Record<MapKind, string> = {
  current_state: "Current state",
  future_state: "Future state",
  day_in_the_life: "Day in the life",
  service_blueprint: "Service blueprint",
};

export const CHANNELS = [
  "website",
  "mobile_app",
  "social",
  "email",
  "phone",
  "store",
  "chat",
  "advertising",
  "packaging",
  "delivery",
  "event",
] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  website: "Website",
  mobile_app: "Mobile app",
  social: "Social media",
  email: "Email",
  phone: "Phone",
  store: "In person / store",
  chat: "Chat / messenger",
  advertising: "Advertising",
  packaging: "Packaging",
  delivery: "Delivery",
  event: "Events",
};

export const LEVELS = ["low", "medium", "high"] as const;
export type Level = (typeof LEVELS)[number];

export const TEMPLATES = [
  { name: "blank", label: "Blank map" },
  { name: "b2c", label: "Retail / B2C (7 stages)" },
  { name: "b2b", label: "B2B (7 stages)" },
  { name: "service", label: "Service business (car service centre)" },
] as const;
export type TemplateName = (typeof TEMPLATES)[number]["name"];

export interface ProjectRec {
  type: "project";
  id: Id;
  title: string;
  description: string;
  language: string;
}
export interface AssetRec {
  type: "asset";
  id: Id;
  mime: string;
  width: number;
  height: number;
}
export interface PersonaRec {
  type: "persona";
  id: Id;
  name: string;
  photo: Id | null;
  quote: string;
  age: string;
  gender: string;
  occupation: string;
  income: string;
  family: string;
  education: string;
  region: string;
  frequency: string;
  decision_time: string;
  triggers: string;
  values: string;
  lifestyle: string;
  goals: string[];
  motivations: string[];
  frustrations: string[];
  segment: string;
}
export interface MapRec {
  type: "map";
  id: Id;
  title: string;
  scenario: string;
  business_goal: string;
  kind: MapKind;
  personas: Id[];
  last_reviewed: string | null;
  derived_from: Id | null;
  key: string;
}
export interface StageRec {
  type: "stage";
  id: Id;
  map: Id;
  name: string;
  description: string;
  key: string;
  width: number;
  color: string | null;
}
export interface StepRec {
  type: "step";
  id: Id;
  map: Id;
  stage: Id;
  name: string;
  key: string;
  width: number;
}
export interface LaneRec {
  type: "lane";
  id: Id;
  map: Id;
  kind: LaneKind;
  name: string;
  key: string;
  height: number;
  color: string | null;
}
export interface Metric {
  name: string;
  unit: string;
  current: number | null;
  target: number | null;
}
export interface CardRec {
  type: "card";
  id: Id;
  map: Id;
  stage: Id;
  step: Id | null;
  lane: Id;
  key: string;
  text: string;
  color: string | null;
  channel: Channel | null;
  severity: Level | null;
  impact: Level | null;
  effort: Level | null;
  metric: Metric | null;
  owner: string;
  image: Id | null;
  alt: string;
}
export interface EmotionRec {
  type: "emotion";
  id: Id;
  map: Id;
  lane: Id;
  stage: Id;
  step: Id | null;
  value: number;
  critical: boolean;
  note: string;
}
export type Rec =
  | ProjectRec
  | AssetRec
  | PersonaRec
  | MapRec
  | StageRec
  | StepRec
  | LaneRec
  | CardRec
  | EmotionRec;

export type Op = { op: "add"; record: Rec } | { op: "update"; from: Rec; to: Rec } | { op: "remove"; record: Rec };
export interface Change {
  ops: Op[];
}
export interface History {
  undo: string | null;
  redo: string | null;
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
export interface ApiError {
  code: string;
  message: string;
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
}

/** A map's scene that came with the project, so the first paint needs no second call. */
export interface FirstScene {
  map: Id;
  scene: Scene;
}

export interface CardPatch {
  text?: string;
  channel?: Channel | null;
  severity?: Level | null;
  impact?: Level | null;
  effort?: Level | null;
  metric?: Metric | null;
  owner?: string;
  image?: Id | null;
  alt?: string;
}
export type PersonaPatch = Partial<Omit<PersonaRec, "type" | "id">>;

/** The core's closed command enum (src/command.rs), tagged by `type`. */
export type Command =
  | { type: "set_project"; title?: string; description?: string; language?: string }
  | { type: "create_map"; id?: Id; template: TemplateName; title?: string; kind?: MapKind }
  | { type: "duplicate_map"; map: Id; id?: Id; title?: string; kind?: MapKind }
  | {
      type: "set_map_info";
      map: Id;
      title?: string;
      scenario?: string;
      business_goal?: string;
      kind?: MapKind;
      last_reviewed?: string | null;
    }
  | { type: "move_map"; map: Id; index: number }
  | { type: "delete_map"; map: Id }
  | { type: "add_stage"; map: Id; id?: Id; name: string; index?: number; width?: number }
  | { type: "update_stage"; stage: Id; name?: string; description?: string; color?: string | null }
  | { type: "move_stage"; stage: Id; index: number }
  | { type: "resize_stage"; stage: Id; width: number }
  | { type: "delete_stage"; stage: Id }
  | { type: "add_step"; stage: Id; id?: Id; name: string; index?: number; width?: number }
  | { type: "rename_step"; step: Id; name: string }
  | { type: "move_step"; step: Id; index: number }
  | { type: "resize_step"; step: Id; width: number }
  | { type: "delete_step"; step: Id }
  | { type: "add_lane"; map: Id; id?: Id; kind: LaneKind; name?: string; index?: number; height?: number }
  | { type: "update_lane"; lane: Id; name?: string; kind?: LaneKind; color?: string | null }
  | { type: "move_lane"; lane: Id; index: number }
  | { type: "resize_lane"; lane: Id; height: number }
  | { type: "delete_lane"; lane: Id }
  | {
      type: "add_card";
      id?: Id;
      lane: Id;
      stage: Id;
      step?: Id | null;
      index?: number;
      color?: string;
      content?: CardPatch;
    }
  | { type: "edit_card"; card: Id; patch: CardPatch }
  | { type: "move_card"; card: Id; lane: Id; stage: Id; step?: Id | null; index: number }
  | { type: "set_card_color"; card: Id; color: string | null }
  | { type: "delete_card"; card: Id }
  | {
      type: "set_emotion";
      lane: Id;
      stage: Id;
      step?: Id | null;
      value?: number;
      critical?: boolean;
      note?: string;
    }
  | { type: "clear_emotion"; lane: Id; stage: Id; step?: Id | null }
  | { type: "create_persona"; id?: Id; name: string }
  | { type: "update_persona"; persona: Id; patch: PersonaPatch }
  | { type: "delete_persona"; persona: Id }
  | { type: "link_persona"; map: Id; persona: Id }
  | { type: "unlink_persona"; map: Id; persona: Id }
  | { type: "batch"; label?: string; commands: Command[] };

// The scene: the core's layout of one map's grid, in layers.

export type Shape =
  | { t: "rect"; x: number; y: number; w: number; h: number; r: number; fill: string | null; stroke: string | null; sw: number }
  | {
      t: "path";
      d: string;
      fill: string | null;
      stroke: string | null;
      sw: number;
      dash: [number, number] | null;
      round: boolean;
    }
  | {
      t: "text";
      x: number;
      y: number;
      w: number;
      text: string;
      font: "sans" | "arabic";
      bold: boolean;
      size: number;
      color: string;
      rtl: boolean;
    }
  | { t: "image"; asset: Id; x: number; y: number; w: number; h: number; clip: [number, number, number, number]; r: number };

export interface SceneColumn {
  stage: Id;
  step: Id | null;
  x: number;
  width: number;
}
export interface SceneStage {
  stage: Id;
  x: number;
  width: number;
}
export interface SceneLane {
  lane: Id;
  kind: LaneKind;
  y: number;
  height: number;
  plot: [number, number] | null;
}
export interface SceneCard {
  card: Id;
  x: number;
  y: number;
  w: number;
  h: number;
  rtl: boolean;
  /** Digest of `shapes`: equal digests draw the same. */
  sig: string;
  shapes: Shape[];
}
export interface ScenePoint {
  point: Id;
  x: number;
  y: number;
  shapes: Shape[];
}
export interface Scene {
  map: Id;
  width: number;
  height: number;
  header_height: number;
  lane_header_width: number;
  stage_row_height: number;
  stages: SceneStage[];
  columns: SceneColumn[];
  lanes: SceneLane[];
  body: Shape[];
  lines: Shape[];
  lane_headers: Shape[];
  stage_headers: Shape[];
  cards: SceneCard[];
  curves: { lane: Id; shapes: Shape[] }[];
  points: ScenePoint[];
}
