// The native menu bar, built from the table of actions: each action with a
// menu place becomes an item with its name in the UI's language and its
// first chord (Ctrl, Alt or a function key) as the item's accelerator; File
// gets the recent files, Language one item per catalog (`language:<tag>`,
// each named in its own language, the current one checked). The shell only
// draws it and sends back the id of the item chosen.
//
// On Linux, GTK runs a menu accelerator before the page sees the key (the
// page gets no keydown), so each chord is handled once, by the menu. Plain
// keys (Delete, Enter, arrows) stay out of the menu's accelerators: GTK would
// take them from text fields. Cut, copy, paste and select all are the
// system's own items, which send their key to the page when chosen, so a
// text field keeps its own clipboard keys (tested with real key events,
// tests/e2e).

import { ACTIONS, MENUS, isChord, isEnabled, type Action } from "./actions";
import type { NativeItem, NativeMenu } from "./backend";
import type { Editor } from "./editor.svelte";
import { languageName, nativeFormats, t, words } from "./i18n.svelte";
import { accelerator } from "./keys";

/** The menu bar in the UI's language (call again when the language changes). */
export function nativeMenus(actions: readonly Action[] = ACTIONS): NativeMenu[] {
  return MENUS.map((id) => {
    if (id === "language") return { id, label: t("menu-language"), items: languageItems() };
    const mine = actions.filter((a) => a.menu?.[0] === id);
    const items: NativeItem[] = [];
    let group: number | null = null;
    for (const a of mine) {
      const g = a.menu![1];
      if (group !== null && g !== group) items.push({ kind: "separator" });
      group = g;
      const chord = a.keys?.find(isChord);
      if (a.system) items.push({ kind: "system", id: a.id, role: a.system, label: t(a.label) });
      else items.push({ kind: "action", id: a.id, label: t(a.label), accelerator: chord ? accelerator(chord) : null, enabled: true });
      if (a.id === "open") items.push({ kind: "recent", label: t("menu-recent") });
    }
    return { id, label: t(`menu-${id}`), items };
  });
}

/** What the menu item of a language sends (`language:uk`). */
export const LANGUAGE_PREFIX = "language:";

/** What the menu items of the digits and calendar choices send. */
export const FORMAT_ITEMS = { digits: "formats:digits", calendar: "formats:calendar" } as const;

/**
 * One checkable item per language with a catalog; then, where the UI's
 * language has digits or a calendar of its own (Persian), a checkable item
 * for each: on, the language's own; off, Latin digits or the Gregorian one.
 */
function languageItems(): NativeItem[] {
  const items: NativeItem[] = words.languages.map((lang) => ({
    kind: "action",
    id: `${LANGUAGE_PREFIX}${lang}`,
    label: languageName(lang),
    accelerator: null,
    enabled: true,
    checked: lang === words.lang,
  }));
  const native = nativeFormats(words.lang);
  if (native.digits || native.calendar) items.push({ kind: "separator" });
  if (native.digits)
    items.push({ kind: "action", id: FORMAT_ITEMS.digits, label: t("menu-native-digits"), accelerator: null, enabled: true, checked: !words.formats.latin_digits });
  if (native.calendar)
    items.push({ kind: "action", id: FORMAT_ITEMS.calendar, label: t("menu-native-calendar"), accelerator: null, enabled: true, checked: !words.formats.gregorian });
  return items;
}

/** Which menu items can be chosen now. */
export function menuEnabled(e: Editor, actions: readonly Action[] = ACTIONS): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const a of actions) if (a.menu && !a.system) out[a.id] = isEnabled(a, e);
  return out;
}
