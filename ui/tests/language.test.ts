// Choosing the UI's language: every word of the page (menus included)
// changes at once, the shell is told (it remembers the choice), and a
// language the shell refuses changes nothing.
import { afterEach, describe, expect, it } from "vitest";
import { nativeMenus } from "../src/lib/menu";
import { languageName, t, words } from "../src/lib/i18n.svelte";
import { openEditor } from "./fixture";

afterEach(async () => {
  await words.use("en", "ltr");
});

describe("the UI's language", () => {
  it("offers the six languages, each named in its own language, the current one checked", () => {
    const menu = nativeMenus().find((m) => m.id === "language")!;
    expect(menu.items.map((i) => ("id" in i ? i.id : ""))).toEqual(["az", "en", "fa", "lv", "tr", "uk"].map((l) => `language:${l}`));
    const checked = menu.items.filter((i) => i.kind === "action" && i.checked).map((i) => ("id" in i ? i.id : ""));
    expect(checked).toEqual(["language:en"]);
    expect(languageName("uk")).toBe("Українська");
    expect(languageName("fa")).toBe("فارسی");
  });

  it("switches every word at once and tells the shell", async () => {
    const { editor, backend } = await openEditor();
    await editor.setLanguage("uk");
    expect(backend.languages).toEqual(["uk"]);
    expect(words.lang).toBe("uk");
    expect(t("menu-file")).toBe("Файл");
    const menus = nativeMenus();
    expect(menus[0]!.label).toBe("Файл");
    const checked = menus.find((m) => m.id === "language")!.items.filter((i) => i.kind === "action" && i.checked);
    expect(checked.map((i) => ("id" in i ? i.id : ""))).toEqual(["language:uk"]);
  });

  it("uses Ukrainian's plural forms for one, few and many", async () => {
    await words.use("uk");
    const copied = (n: number) => t("toast-copied", { count: n }).replace(/[\u2068\u2069]/g, "");
    expect(copied(1)).toBe("Скопійовано 1 картку.");
    expect(copied(3)).toBe("Скопійовано 3 картки.");
    expect(copied(5)).toBe("Скопійовано 5 карток.");
    expect(copied(21)).toBe("Скопійовано 21 картку.");
  });

  it("runs Persian right to left", async () => {
    const { editor } = await openEditor();
    await editor.setLanguage("fa");
    expect(words.dir).toBe("rtl");
    expect(t("menu-file")).toBe("فایل");
  });

  it("writes Persian numbers and dates the Persian way, or in Latin digits and the Gregorian calendar by choice", async () => {
    const { editor, backend } = await openEditor();
    await editor.setLanguage("fa");
    const plain = (s: string) => s.replace(/[\u2068\u2069]/g, "");
    expect(plain(t("resize-width", { size: 244 }))).toContain("۲۴۴");
    expect(words.date("2026-05-31")).toContain("۱۴۰۵");
    const items = () => nativeMenus().find((m) => m.id === "language")!.items;
    const checked = (id: string) => items().some((i) => i.kind === "action" && i.id === id && i.checked);
    expect(checked("formats:digits") && checked("formats:calendar")).toBe(true);
    await editor.setFormats({ latin_digits: true, gregorian: false });
    expect(backend.formats).toEqual({ latin_digits: true, gregorian: false });
    expect(plain(t("resize-width", { size: 244 }))).toContain("244");
    expect(words.date("2026-05-31")).toContain("1405");
    await editor.setFormats({ latin_digits: true, gregorian: true });
    expect(words.date("2026-05-31")).toContain("2026");
    expect(checked("formats:digits") || checked("formats:calendar")).toBe(false);
    // Languages written with Latin digits and the Gregorian calendar get no such items.
    await editor.setLanguage("uk");
    expect(items().some((i) => i.kind === "action" && i.id.startsWith("formats:"))).toBe(false);
  });

  it("shows every word accented and longer in the pseudo-locale, numbers and all", async () => {
    await words.use("en", "ltr", { latin_digits: false, gregorian: false }, true);
    const file = t("menu-file");
    expect(file).not.toBe("File");
    expect(file.length).toBeGreaterThan("File".length);
    expect(file).toMatch(/[^\x00-\x7f]/);
    expect(t("resize-width", { size: 244 })).toContain("244");
    await words.use("en", "ltr");
    expect(t("menu-file")).toBe("File");
  });

  it("changes nothing when the shell refuses the language", async () => {
    const { editor, backend } = await openEditor();
    backend.setLanguage = async () => {
      throw { code: "invalid", message: "no catalog", key: "problem-language-unknown", params: { lang: "xx" } };
    };
    await editor.setLanguage("xx");
    expect(words.lang).toBe("en");
    expect(editor.toasts.length).toBe(1);
  });
});
