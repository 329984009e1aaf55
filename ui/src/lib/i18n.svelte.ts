// The page's words: every user-visible string is a message key looked up in
// the Project Fluent catalogs under assets/locales/<language>/, the same files
// the core reads for menus, undo steps, errors and export captions (core.ftl)
// plus the page's own words (ui.ftl). A missing key shows as the key itself,
// so it is seen rather than silently blank; a unit test checks that every key
// the page uses exists in English.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Arg, Label } from "./generated/messages";
import type { Formats } from "./types";

/** Named arguments of a message: `{ $count }` in the catalog. */
export type Args = Record<string, FluentVariable>;

/**
 * Words that come from the core or are stored in a file: a key with its
 * arguments (an argument may itself be a message), or (in files written
 * before messages were keys) a plain text shown as it is.
 */
export type Message = Label;

// English is in the page's script (every other language falls back to it);
// each other language is a chunk of its own, loaded when it is chosen. The
// templates' words (templates.ftl) are the core's alone: the page never loads them.
const english = import.meta.glob(["../../../assets/locales/en/*.ftl", "!**/templates.ftl"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;
const others = import.meta.glob(["../../../assets/locales/*/*.ftl", "!../../../assets/locales/en/*.ftl", "!**/templates.ftl"], {
  query: "?raw",
  import: "default",
}) as Record<string, () => Promise<string>>;

/** The language tag of a catalog file's path (`.../locales/uk/ui.ftl` -> `uk`). */
function langOf(path: string): string {
  return path.split("/").slice(-2)[0]!;
}

/** The loaders of each language's catalog files. */
function loaders(): Map<string, (() => Promise<string>)[]> {
  const out = new Map<string, (() => Promise<string>)[]>();
  out.set("en", Object.values(english).map((text) => () => Promise.resolve(text)));
  for (const [path, load] of Object.entries(others)) {
    const lang = langOf(path);
    out.set(lang, [...(out.get(lang) ?? []), load]);
  }
  return out;
}

/** A language's name in that language ("Українська"), from the engine's locale data. */
export function languageName(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: "language" }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang;
  }
}

/** The language every other one falls back to. */
export const FALLBACK = "en";

/** Whether a language's own way of writing numbers and dates differs from Latin digits and the Gregorian calendar (from the engine's locale data: Persian's does). */
export function nativeFormats(lang: string): { digits: boolean; calendar: boolean } {
  try {
    return {
      digits: new Intl.NumberFormat(lang).resolvedOptions().numberingSystem !== "latn",
      calendar: new Intl.DateTimeFormat(lang).resolvedOptions().calendar !== "gregory",
    };
  } catch {
    return { digits: false, calendar: false };
  }
}

/** The locale numbers and dates are written in: the language, with Latin digits or the Gregorian calendar where the user chose them. */
export function formattingLocale(lang: string, formats: Formats): string {
  try {
    return new Intl.Locale(lang, {
      ...(formats.latin_digits ? { numberingSystem: "latn" } : {}),
      ...(formats.gregorian ? { calendar: "gregory" } : {}),
    }).toString();
  } catch {
    return lang;
  }
}

class Words {
  /** The UI's language (the person's, not the map's). */
  lang = $state(FALLBACK);
  /** Which way the UI's language runs (`rtl` or `ltr`), as the shell decided. */
  dir = $state<"ltr" | "rtl">("ltr");
  /** The user's choice of digits and calendar. */
  formats = $state<Formats>({ latin_digits: false, gregorian: false });
  /** The locale numbers and dates are written in (`fa-u-nu-latn`...). */
  locale = $state(FALLBACK);
  /** Pseudo-localisation (accented, longer words), or null when off. */
  private pseudo: ((s: string) => string) | null = $state(null);
  private readonly files = loaders();
  private readonly texts = new Map<string, string[]>([["en", Object.values(english)]]);
  private readonly bundles = new Map<string, FluentBundle>();

  /** Languages that have a catalog. */
  get languages(): string[] {
    return [...this.files.keys()].sort();
  }

  private bundle(lang: string): FluentBundle | null {
    // The UI's language formats its numbers in the user's chosen locale.
    const locale = lang === this.lang ? this.locale : lang;
    let b = this.bundles.get(locale);
    if (b) return b;
    const texts = this.texts.get(lang);
    if (!texts) return null;
    b = new FluentBundle(locale);
    for (const t of texts) b.addResource(new FluentResource(t));
    this.bundles.set(locale, b);
    return b;
  }

  /**
   * Switch to `lang` (loading its catalogs first, so the whole page changes
   * at once). A language without a catalog is refused and nothing changes.
   */
  async use(lang: string, dir: "ltr" | "rtl" = "ltr", formats: Formats = { latin_digits: false, gregorian: false }, pseudo = false): Promise<void> {
    const load = this.files.get(lang);
    if (!load) throw new Error(`no catalog for ${lang}`);
    if (!this.texts.has(lang)) this.texts.set(lang, await Promise.all(load.map((l) => l())));
    // The pseudo-locale's library is a chunk of its own, loaded only for it.
    const fake = pseudo ? (await import("pseudo-localization")).pseudoLocalizeString : null;
    this.pseudo = fake ? (s: string) => fake(s, { strategy: "accented" }) : null;
    this.lang = lang;
    this.dir = dir;
    this.formats = formats;
    this.locale = formattingLocale(lang, formats);
    this.bundle(lang);
  }

  /** A calendar date (`2026-05-31`) as the UI's language writes it, in the user's chosen calendar and digits. */
  date(iso: string): string {
    const v = new Date(`${iso}T00:00:00`);
    return Number.isNaN(v.getTime()) ? iso : v.toLocaleDateString(this.locale, { dateStyle: "medium" });
  }

  /**
   * Parse the fallback's catalogs now. Parsing takes a while (~13 ms in V8
   * for English, more while the engine is cold); main.ts calls this while
   * the page waits for the project and the fonts, so the first words drawn
   * do not wait for it. (Another language is parsed by `use`.)
   */
  prepare(): void {
    this.bundle(FALLBACK);
  }

  /** Tell whether `key` has a message in the fallback language. */
  has(key: string): boolean {
    return this.bundle(FALLBACK)?.hasMessage(key) ?? false;
  }

  /** The text of `key` in the UI's language (or English, or the key itself). */
  t(key: string, args?: Args): string {
    for (const lang of [this.lang, FALLBACK]) {
      const b = this.bundle(lang);
      const m = b?.getMessage(key);
      if (b && m?.value) return this.shown(b.formatPattern(m.value, args ?? null, []));
    }
    return key;
  }

  /** Text as shown: pseudo-localised when that is on. */
  private shown(text: string): string {
    return this.pseudo ? this.pseudo(text) : text;
  }

  /** An attribute of a message (`key.attr` in the catalog), or null when it has none. */
  attr(key: string, attr: string, args?: Args): string | null {
    for (const lang of [this.lang, FALLBACK]) {
      const b = this.bundle(lang);
      const p = b?.getMessage(key)?.attributes[attr];
      if (b && p) return this.shown(b.formatPattern(p, args ?? null, []));
    }
    return null;
  }

  /** The text of a message that came from the core or a file. */
  message(m: Message | null | undefined): string {
    if (!m) return "";
    if ("text" in m) return m.text;
    return this.t(m.key, this.args(m.args));
  }

  /** Arguments with the messages among them rendered first (an error's underlying problem). */
  args(a: Record<string, Arg> | undefined): Args | undefined {
    if (!a) return undefined;
    const out: Args = {};
    for (const [k, v] of Object.entries(a)) out[k] = typeof v === "object" && v !== null ? this.message(v) : v;
    return out;
  }
}

/** The page's words, in the UI's language. */
export const words = new Words();

/** Shorthand: the text of `key` with `args`. */
export const t = (key: string, args?: Args): string => words.t(key, args);
