// What the map says to people who cannot see it: a card's accessible name
// (its text in logical order, its kind-specific values, where it is) and the
// announcement of the selection. The drawn runs are in visual order, which
// reads backwards for right-to-left text, so these come from the records.

import { t } from "./i18n.svelte";
import type { Records } from "./records";
import type { Selection } from "./selection";
import type { Id } from "./types";
import { channelLabel, laneKindLabel, levelLabel } from "./vocab";

function laneName(r: Records, id: Id): string {
  return r.lane(id)?.name ?? "";
}

function columnName(r: Records, stage: Id, step: Id | null): string {
  const s = r.stage(stage)?.name ?? "";
  const p = step ? r.step(step)?.name : null;
  return p ? t("describe-column-step", { stage: s, step: p }) : s;
}

/** A card's accessible name. */
export function describeCard(r: Records, id: Id): string {
  const c = r.card(id);
  if (!c) return t("describe-card-missing");
  const parts = [c.text.trim() || (c.image ? c.alt.trim() || t("describe-picture") : "") || (c.channel ? "" : t("describe-empty-card"))];
  if (c.channel) parts.push(t("describe-channel", { channel: t(channelLabel(c.channel)) }));
  if (c.severity) parts.push(t("describe-severity", { level: t(levelLabel(c.severity)) }));
  if (c.impact) parts.push(t("describe-impact", { level: t(levelLabel(c.impact)) }));
  if (c.effort) parts.push(t("describe-effort", { level: t(levelLabel(c.effort)) }));
  if (c.metric)
    parts.push(
      t("describe-metric", {
        name: c.metric.name,
        current: c.metric.current ?? "?",
        target: c.metric.target ?? "?",
        unit: c.metric.unit,
      }),
    );
  if (c.owner.trim()) parts.push(t("describe-owner", { owner: c.owner.trim() }));
  return t("describe-card", { what: parts.filter(Boolean).join(", "), lane: laneName(r, c.lane), column: columnName(r, c.stage, c.step) });
}

/** What a screen reader announces for the selection. */
export function describeSelection(r: Records, s: Selection): string {
  switch (s.kind) {
    case "cards":
      return s.ids.length > 1 ? t("describe-cards-selected", { count: s.ids.length }) : describeCard(r, s.ids[0]!);
    case "cell": {
      const where = { lane: laneName(r, s.lane), column: columnName(r, s.stage, s.step) };
      if (r.lane(s.lane)?.kind !== "emotions") return t("describe-empty-place", where);
      const e = r.emotionAt(s.lane, s.stage, s.step);
      if (!e) return t("describe-no-emotion", where);
      // fluent.js leaves NUMBER's signDisplay out, so the sign is written here.
      const value = e.value > 0 ? `+${e.value}` : `${e.value}`;
      return t("describe-emotion", { ...where, value, critical: e.critical ? "yes" : "no" });
    }
    case "stage":
      return t("describe-stage", { name: r.stage(s.id)?.name ?? "" });
    case "step":
      return t("describe-step", { name: r.step(s.id)?.name ?? "" });
    case "lane": {
      const l = r.lane(s.id);
      return l ? t("describe-lane", { name: l.name, kind: t(laneKindLabel(l.kind)) }) : "";
    }
    default:
      return "";
  }
}
