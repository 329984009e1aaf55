// Every language's catalogs say the same things as English: the same files,
// the same message keys and attributes, each using the same variables, and
// no text Fluent cannot parse (a broken line would silently drop a message
// at run time). A language may name its own terms (`-brand`) and choose its
// own plural categories.
import { parse, Visitor, type Message, type Pattern, type Resource, type VariableReference } from "@fluent/syntax";
import { describe, expect, it } from "vitest";

const files = import.meta.glob("../../assets/locales/*/*.ftl", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

/** Catalog text by language, then by file name (`core.ftl`, `ui.ftl`). */
function byLanguage(): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [path, text] of Object.entries(files)) {
    const [lang, file] = path.split("/").slice(-2) as [string, string];
    if (!out.has(lang)) out.set(lang, new Map());
    out.get(lang)!.set(file, text);
  }
  return out;
}

/** The variables a pattern uses, sorted. */
function variables(p: Pattern | null): string[] {
  if (!p) return [];
  const seen = new Set<string>();
  class Vars extends Visitor {
    override visitVariableReference(node: VariableReference) {
      seen.add(node.id.name);
    }
  }
  new Vars().visit(p);
  return [...seen].sort();
}

/** What a catalog file says, as comparable lines: `key`, `key.attr`, each with its variables. */
function shape(res: Resource): string[] {
  const out: string[] = [];
  for (const e of res.body) {
    if (e.type !== "Message") continue;
    const m = e as Message;
    out.push(`${m.id.name}${m.value ? "" : " (no value)"} [${variables(m.value).join(" ")}]`);
    for (const a of m.attributes) out.push(`${m.id.name}.${a.id.name} [${variables(a.value).join(" ")}]`);
  }
  return out.sort();
}

/** Lines Fluent could not parse, with their text. */
function junk(res: Resource): string[] {
  return res.body.filter((e) => e.type === "Junk").map((e) => ("content" in e ? String(e.content).trim() : "?"));
}

const langs = byLanguage();
const english = langs.get("en")!;

describe("every catalog", () => {
  it("parses without a broken entry", () => {
    for (const [lang, texts] of langs)
      for (const [file, text] of texts) expect(junk(parse(text, { withSpans: false })), `${lang}/${file}`).toEqual([]);
  });

  for (const [lang, texts] of langs) {
    if (lang === "en") continue;
    it(`${lang} has English's files, keys, attributes and variables`, () => {
      expect([...texts.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [file, text] of english) {
        const theirs = shape(parse(texts.get(file) ?? "", { withSpans: false }));
        const ours = shape(parse(text, { withSpans: false }));
        expect(theirs.filter((l) => !ours.includes(l)), `${lang}/${file}: not in English`).toEqual([]);
        expect(ours.filter((l) => !theirs.includes(l)), `${lang}/${file}: missing`).toEqual([]);
      }
    });
  }

  it("finds a missing key and a changed variable (the check itself)", () => {
    const en = shape(parse("a = A { $n }\nb = B\n    .title = T { $x }\n", {}));
    const other = shape(parse("a = A { $m }\n", {}));
    expect(en.filter((l) => !other.includes(l))).toEqual(["a [n]", "b []", "b.title [x]"]);
    expect(junk(parse("a = ok\nb = { broken\n", {}))).toHaveLength(1);
  });
});
