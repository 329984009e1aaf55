// The core's vocabularies as the page reads them: lane kinds with the card
// fields each carries and its colours, channels, levels, map kinds,
// templates. All of it is generated from the core (`make generate` writes
// generated/vocabulary.ts from src/vocab.rs); nothing here is a list typed
// by hand, so the page offers a field exactly where the core accepts it.

import { VOCABULARY } from "./generated/vocabulary";
import type { CardField, Channel, Flow, LaneKind, Level, MapKind, TemplateName } from "./types";

const laneKinds = new Map(VOCABULARY.lane_kinds.map((k) => [k.kind as string, k]));
const channels = new Map(VOCABULARY.channels.map((c) => [c.channel as string, c]));
const levels = new Map(VOCABULARY.levels.map((l) => [l.level as string, l]));
const mapKinds = new Map(VOCABULARY.map_kinds.map((m) => [m.kind as string, m]));

/** Lane kinds in palette order. */
export const LANE_KINDS: readonly LaneKind[] = VOCABULARY.lane_kinds.map((k) => k.kind);
/** Touchpoint channels in palette order. */
export const CHANNELS: readonly Channel[] = VOCABULARY.channels.map((c) => c.channel);
/** Levels, low to high. */
export const LEVELS: readonly Level[] = VOCABULARY.levels.map((l) => l.level);
/** Map kinds. */
export const MAP_KINDS: readonly MapKind[] = VOCABULARY.map_kinds.map((m) => m.kind);
/** Which ways a map can run: as its language is written, or either way. */
export const FLOWS: readonly { flow: Flow; label: string }[] = VOCABULARY.flows.map((f) => ({ flow: f.flow, label: f.label_key }));
/** Templates with the keys of their names and blurbs. */
export const TEMPLATES: readonly { name: TemplateName; label: string; blurb: string }[] = VOCABULARY.templates.map((t) => ({
  name: t.name,
  label: t.label_key,
  blurb: t.blurb_key,
}));
/** Keys of the usual KPI names a metric card suggests. */
export const METRIC_NAMES: readonly string[] = VOCABULARY.metric_names;

/** The card fields a lane kind carries. */
export function fieldsOf(kind: string): ReadonlySet<CardField> {
  return new Set(laneKinds.get(kind)?.fields ?? []);
}

/** Whether cards of a lane kind carry a channel. */
export const carriesChannel = (kind: string): boolean => fieldsOf(kind).has("channel");

/** Whether cards of a lane kind can hold a picture. */
export const takesPicture = (kind: string): boolean => laneKinds.get(kind)?.picture ?? false;

/** Message key of a lane kind's name. */
export const laneKindLabel = (kind: string): string => laneKinds.get(kind)?.label_key ?? kind;

/** A lane kind's accent colour (palette swatch, header accent). */
export const laneKindAccent = (kind: string): string => laneKinds.get(kind)?.accent ?? "#6e7781";

/** Message key of a channel's name. */
export const channelLabel = (c: string): string => channels.get(c)?.label_key ?? c;

/** Message key of a level's name. */
export const levelLabel = (l: string): string => levels.get(l)?.label_key ?? l;

/** Message key of a map kind's name. */
export const mapKindLabel = (k: string): string => mapKinds.get(k)?.label_key ?? k;
