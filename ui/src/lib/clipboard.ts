// Copy, paste and duplicate cards. A copy keeps each card's content and
// where the cards sit relative to each other (lanes and columns apart); a
// paste puts them back in that shape at the selection, on this map or
// another one, as one undo step of add_card commands. Fields the target
// lane's kind does not carry (a severity pasted into a touchpoint lane) are
// left out, as the core would refuse them.

import type { Records } from "./records";
import type { Selection } from "./selection";
import type { CardPatch, Command, Id, LaneKind } from "./types";
import { fieldsOf } from "./vocab";

/** One copied card. */
export interface ClipCard {
  /** Lanes below the top copied lane. */
  lane: number;
  /** Columns right of the leftmost copied column. */
  column: number;
  kind: LaneKind;
  color: string | null;
  content: CardPatch;
}

/** What was copied. */
export interface CardClip {
  /** The map the cards came from. */
  map: Id;
  /** Lane and column of the top-left copied place in that map. */
  origin: { lane: number; column: number };
  cards: ClipCard[];
}

/** A paste or duplicate: the command and the ids of the cards it makes, in order. */
export interface Plan {
  command: Command;
  ids: Id[];
}

interface Place {
  lane: number;
  column: number;
  index: number;
}

/** Where each card of a map is: lane index, column index and place in its cell. */
function placeOf(r: Records, map: Id, id: Id): Place | null {
  const c = r.card(id);
  if (!c || c.map !== map) return null;
  const lane = r.lanes(map).findIndex((l) => l.id === c.lane);
  const column = r.columns(map).findIndex((x) => x.stage.id === c.stage && (x.step?.id ?? null) === (c.step ?? null));
  const index = r.cardsIn(c.lane, c.stage, c.step).findIndex((x) => x.id === id);
  return lane < 0 || column < 0 || index < 0 ? null : { lane, column, index };
}

const byPlace = (a: Place, b: Place) => a.lane - b.lane || a.column - b.column || a.index - b.index;

/** Copy cards of a map; null when none of them is there. */
export function clipCards(r: Records, map: Id, ids: Id[]): CardClip | null {
  const found = ids
    .map((id) => ({ id, at: placeOf(r, map, id) }))
    .filter((x): x is { id: Id; at: Place } => !!x.at)
    .sort((a, b) => byPlace(a.at, b.at));
  if (!found.length) return null;
  const lane0 = Math.min(...found.map((f) => f.at.lane));
  const col0 = Math.min(...found.map((f) => f.at.column));
  const cards = found.map(({ id, at }): ClipCard => {
    const c = r.card(id)!;
    const content: CardPatch = { text: c.text };
    if (c.channel) content.channel = c.channel;
    if (c.severity) content.severity = c.severity;
    if (c.impact) content.impact = c.impact;
    if (c.effort) content.effort = c.effort;
    if (c.metric) content.metric = { ...c.metric };
    if (c.owner) content.owner = c.owner;
    if (c.image) content.image = c.image;
    if (c.alt) content.alt = c.alt;
    return { lane: at.lane - lane0, column: at.column - col0, kind: r.lane(c.lane)!.kind, color: c.color, content };
  });
  return { map, origin: { lane: lane0, column: col0 }, cards };
}

/** The content a lane of `kind` can hold, with pictures that no longer exist left out. */
function fitted(r: Records, kind: LaneKind, content: CardPatch): CardPatch {
  const fields = fieldsOf(kind);
  const out: CardPatch = { text: content.text ?? "" };
  if (content.channel && fields.has("channel")) out.channel = content.channel;
  if (content.severity && fields.has("severity")) out.severity = content.severity;
  if (content.impact && fields.has("impact")) out.impact = content.impact;
  if (content.effort && fields.has("effort")) out.effort = content.effort;
  if (content.metric && fields.has("metric")) out.metric = content.metric;
  if (content.owner && fields.has("owner")) out.owner = content.owner;
  if (content.image && fields.has("picture") && r.get(content.image)?.type === "asset") out.image = content.image;
  if (content.alt && fields.has("picture")) out.alt = content.alt;
  return out;
}

/** A fresh record id. */
export const newId = (): Id => crypto.randomUUID();

/**
 * Paste a clip into a map: its top-left card goes to the selected cell
 * (after the selected card), the others keep their distance in lanes and
 * columns (held inside the map). Nothing selected: the place the cards came
 * from. Cards never go into an emotion lane: they take the nearest card lane.
 */
export function pasteCommands(r: Records, map: Id, clip: CardClip, sel: Selection, makeId = newId): Plan | null {
  const lanes = r.lanes(map);
  const columns = r.columns(map);
  if (!lanes.length || !columns.length || !clip.cards.length) return null;
  let anchor: Place | null = null;
  if (sel.kind === "cards" && sel.ids.length) {
    const at = placeOf(r, map, sel.ids[sel.ids.length - 1]!);
    if (at) anchor = { ...at, index: at.index + 1 };
  } else if (sel.kind === "cell") {
    const lane = lanes.findIndex((l) => l.id === sel.lane);
    const column = columns.findIndex((c) => c.stage.id === sel.stage && (c.step?.id ?? null) === (sel.step ?? null));
    if (lane >= 0 && column >= 0) anchor = { lane, column, index: Number.POSITIVE_INFINITY };
  }
  if (!anchor) {
    const same = clip.map === map;
    const kindLane = lanes.findIndex((l) => l.kind === clip.cards[0]!.kind);
    anchor = {
      lane: same ? clip.origin.lane : Math.max(0, kindLane),
      column: same ? clip.origin.column : 0,
      index: Number.POSITIVE_INFINITY,
    };
  }
  const cardLane = (i: number): number | null => {
    const clamp = Math.max(0, Math.min(lanes.length - 1, i));
    for (let d = 0; d < lanes.length; d++)
      for (const j of [clamp + d, clamp - d]) if (lanes[j] && lanes[j]!.kind !== "emotions") return j;
    return null;
  };
  const placed = new Map<string, number>();
  const commands: Command[] = [];
  const ids: Id[] = [];
  for (const c of clip.cards) {
    const li = cardLane(anchor.lane + c.lane);
    const ci = Math.max(0, Math.min(columns.length - 1, anchor.column + c.column));
    if (li === null) return null;
    const lane = lanes[li]!;
    const col = columns[ci]!;
    const key = `${lane.id}/${col.stage.id}/${col.step?.id ?? ""}`;
    const count = r.cardsIn(lane.id, col.stage.id, col.step?.id ?? null).length;
    const base = li === anchor.lane && ci === anchor.column ? Math.min(anchor.index, count) : count;
    const k = placed.get(key) ?? 0;
    placed.set(key, k + 1);
    const id = makeId();
    ids.push(id);
    const add: Command = {
      type: "add_card",
      id,
      lane: lane.id,
      stage: col.stage.id,
      step: col.step?.id ?? null,
      index: base + k,
      content: fitted(r, lane.kind, c.content),
    };
    if (c.color) add.color = c.color;
    commands.push(add);
  }
  return { command: { type: "batch", label: { key: "history-paste-cards", args: { count: ids.length } }, commands }, ids };
}

/** Put a copy of each card right after it, in its own cell. */
export function duplicateCommands(r: Records, map: Id, ids: Id[], makeId = newId): Plan | null {
  const clip = clipCards(r, map, ids);
  if (!clip) return null;
  const found = ids
    .map((id) => ({ id, at: placeOf(r, map, id) }))
    .filter((x): x is { id: Id; at: Place } => !!x.at)
    .sort((a, b) => byPlace(a.at, b.at));
  const before = new Map<string, number>();
  const commands: Command[] = [];
  const made: Id[] = [];
  found.forEach(({ id }, i) => {
    const c = r.card(id)!;
    const key = `${c.lane}/${c.stage}/${c.step ?? ""}`;
    const shift = before.get(key) ?? 0;
    before.set(key, shift + 1);
    const index = r.cardsIn(c.lane, c.stage, c.step).findIndex((x) => x.id === id) + shift + 1;
    // The clip lists the same cards in the same (reading) order.
    const copy = clip.cards[i]!;
    const nid = makeId();
    made.push(nid);
    const add: Command = { type: "add_card", id: nid, lane: c.lane, stage: c.stage, step: c.step, index, content: fitted(r, copy.kind, copy.content) };
    if (c.color) add.color = c.color;
    commands.push(add);
  });
  return { command: { type: "batch", label: { key: "history-duplicate-cards", args: { count: made.length } }, commands }, ids: made };
}
