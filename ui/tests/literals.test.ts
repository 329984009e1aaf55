// Nothing is left in English: no word a person reads is written into the
// page's markup. Every .svelte file is parsed with Svelte's own compiler and
// every text node and every attribute people read (title, aria-label,
// placeholder, alt...) must be an expression (a catalog lookup with t()),
// not literal letters. The brand name is the one word allowed.
import { parse } from "svelte/compiler";
import { describe, expect, it } from "vitest";

const files = import.meta.glob(["../src/**/*.svelte", "../index.html"], { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

/** Attributes whose value people read or hear. */
const READ = new Set(["title", "aria-label", "aria-description", "aria-roledescription", "aria-placeholder", "aria-valuetext", "placeholder", "alt", "label"]);
/** Words that are the same in every language. */
const ALLOWED = new Set(["Waymark"]);

const hasWords = (s: string) => /\p{L}/u.test(s.replace(/&[a-z]+;/g, "")) && !ALLOWED.has(s.trim());

interface Node {
  type: string;
  name?: string;
  data?: string;
  start: number;
  value?: true | Node | Node[];
  attributes?: Node[];
  fragment?: { nodes: Node[] };
  [k: string]: unknown;
}

/** Literal words in a parsed fragment: (what, text, offset). */
function literals(root: unknown): [string, string, number][] {
  const out: [string, string, number][] = [];
  const seen = new Set<unknown>();
  // `key` is the property the node hangs from: text people read is a Text
  // node in a fragment's `nodes` (not an attribute or directive value).
  const walk = (n: unknown, key: string) => {
    if (!n || typeof n !== "object" || seen.has(n)) return;
    seen.add(n);
    if (Array.isArray(n)) {
      for (const c of n) walk(c, key);
      return;
    }
    const node = n as Node;
    if (node.type === "Text" && key === "nodes" && hasWords(node.data ?? "")) out.push(["text", (node.data ?? "").trim(), node.start]);
    if (node.type === "Attribute" && node.name && READ.has(node.name)) {
      const parts = Array.isArray(node.value) ? node.value : [];
      for (const p of parts) if (p.type === "Text" && hasWords(p.data ?? "")) out.push([`${node.name}=`, (p.data ?? "").trim(), p.start]);
    }
    // Scripts and styles hold code, not words for people.
    if (node.type === "Script" || node.type === "StyleSheet" || node.name === "style" || node.name === "script") return;
    for (const [k, v] of Object.entries(node)) {
      if (k === "parent" || k === "metadata") continue;
      walk(v, k);
    }
  };
  walk(root, "fragment");
  return out;
}

describe("the page's markup", () => {
  it("has no literal word a person reads; every one is a catalog key", () => {
    const found: string[] = [];
    for (const [path, source] of Object.entries(files)) {
      const ast = parse(source, { modern: true });
      for (const [what, text, at] of literals(ast.fragment)) {
        const line = source.slice(0, at).split("\n").length;
        found.push(`${path.replace("../", "")}:${line}: ${what}"${text}"`);
      }
    }
    expect(found).toEqual([]);
  });

  it("catches a literal word in a text node and in a title", () => {
    const ast = parse(`<button title="Close">Save</button><p>{t("x")}</p><img alt={t("y")} /><b>Waymark</b>`, { modern: true });
    expect(literals(ast.fragment).map(([w, t]) => `${w}${t}`)).toEqual(["title=Close", "textSave"]);
  });
});

describe("the page's styles", () => {
  it("use logical sides (start and end), so a right-to-left window mirrors by itself", () => {
    const styles = import.meta.glob(["../src/**/*.svelte", "../src/**/*.css"], { query: "?raw", import: "default", eager: true }) as Record<string, string>;
    const physical = /(margin|padding|border|inset)-(left|right)\b|text-align:\s*(left|right)|float:\s*(left|right)/g;
    const found: string[] = [];
    for (const [path, source] of Object.entries(styles)) {
      const css = path.endsWith(".css") ? source : [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join("\n");
      for (const m of css.matchAll(physical)) found.push(`${path.replace("../", "")}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});
