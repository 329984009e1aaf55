// Every word the page shows is a message key in the catalogs: each key the
// page's code uses exists in English, and no key is defined twice.
import { describe, expect, it } from "vitest";
import { ACTIONS, MENUS } from "../src/lib/actions";
import { VOCABULARY } from "../src/lib/generated/vocabulary";
import { t, words } from "../src/lib/i18n.svelte";

const sources = import.meta.glob(["../src/**/*.ts", "../src/**/*.svelte", "!../src/lib/generated/**"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;
const catalogs = import.meta.glob("../../assets/locales/*/*.ftl", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

describe("message catalogs", () => {
  it("has every key the page's code names", () => {
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const m of text.matchAll(/\bt\("([a-z0-9-]+)"/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\b(?:key|label): "([a-z][a-z0-9]*-[a-z0-9-]+)"/g)) used.add(m[1]!);
    }
    for (const a of ACTIONS) used.add(a.label);
    // Keys the code builds from a name.
    for (const m of MENUS) used.add(`menu-${m}`);
    for (const k of ["stage", "step", "lane"]) used.add(`editor-name-${k}`);
    for (const p of ["fit", "a4", "a3", "letter", "tabloid"]) used.add(`export-paper-${p}`);
    for (const f of ["name", "quote", "age", "gender", "occupation", "income", "family", "education", "region", "frequency", "decision-time", "triggers", "values", "lifestyle", "segment", "goals", "motivations", "frustrations"])
      used.add(`persona-field-${f}`);
    used.add("action-undo-what").add("action-redo-what");
    // The core's vocabulary names its words by key too.
    const v = VOCABULARY;
    for (const list of [v.lane_kinds, v.channels, v.levels, v.map_kinds, v.card_fields]) for (const x of list) used.add(x.label_key);
    for (const x of v.templates) used.add(x.label_key).add(x.blurb_key);
    for (const k of v.metric_names) used.add(k);
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((k) => !words.has(k));
    expect(missing).toEqual([]);
  });

  it("defines no key twice across a language's files", () => {
    const byLang = new Map<string, string[]>();
    for (const [path, text] of Object.entries(catalogs)) {
      const lang = path.split("/").slice(-2)[0]!;
      const ids = [...text.matchAll(/^([a-zA-Z][a-zA-Z0-9_-]*) =/gm)].map((m) => m[1]!);
      byLang.set(lang, [...(byLang.get(lang) ?? []), ...ids]);
    }
    expect(byLang.has("en")).toBe(true);
    for (const [lang, ids] of byLang) {
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(twice, lang).toEqual([]);
    }
  });

  it("formats arguments and plurals, and shows an unknown key as itself", () => {
    expect(t("toast-copied", { count: 1 })).toBe("Copied 1 card.");
    // Arguments are isolated for bidirectional text (FSI ... PDI).
    expect(t("toast-copied", { count: 4 })).toBe("Copied \u20684\u2069 cards.");
    expect(t("no-such-key")).toBe("no-such-key");
    expect(words.message({ text: "Move card" })).toBe("Move card");
  });
});
