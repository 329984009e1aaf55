// Keyboard shortcuts as strings ("Mod+Shift+Z"): how a key event is named,
// how a shortcut is shown to people, and how the native menu spells it.
// Letters and digits are read from the physical key when the layout types
// another script (Ctrl+Z on a Ukrainian or Persian layout is still undo), as
// desktop apps do.

/** The parts of a key event a shortcut looks at. */
export interface KeyInput {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Whether this is a Mac (Cmd instead of Ctrl). */
export const isMac = typeof navigator !== "undefined" && /Mac/.test(navigator.platform);

/** The key's name: letters upper case, from the physical key outside Latin layouts. */
function keyName(e: KeyInput): string {
  // Shift+Tab arrives as ISO_Left_Tab, which WebKitGTK may report as
  // "Unidentified": the physical key still says Tab.
  if (e.code === "Tab") return "Tab";
  if (e.key === " " || e.code === "Space") return "Space";
  if (/^Key[A-Z]$/.test(e.code) && !/^[a-z]$/i.test(e.key)) return e.code.slice(3);
  if (/^Digit[0-9]$/.test(e.code) && !/^[0-9]$/.test(e.key) && (e.ctrlKey || e.metaKey)) return e.code.slice(5);
  return e.key.length === 1 ? e.key.toUpperCase() : e.key;
}

/**
 * A key event as a shortcut string: `Mod` (Ctrl, or Cmd on a Mac), `Alt`,
 * `Shift` and the key. For printable keys other than letters Shift is part
 * of the character (Ctrl+Shift+= is "Mod++").
 */
export function shortcutOf(e: KeyInput): string {
  const key = keyName(e);
  const letter = /^[A-Z]$/.test(key);
  const printable = key.length === 1;
  const parts: string[] = [];
  if (isMac ? e.metaKey : e.ctrlKey) parts.push("Mod");
  if (e.altKey) parts.push("Alt");
  if (e.shiftKey && (letter || !printable)) parts.push("Shift");
  parts.push(key);
  return parts.join("+");
}

/** A shortcut as people read it on this system ("Ctrl+Shift+Z"). */
export function showShortcut(s: string): string {
  return s
    .split("+")
    .map((p, i, all) => (p === "" && i === all.length - 1 ? "+" : p))
    .filter((p) => p !== "")
    .map((p) => (p === "Mod" ? (isMac ? "⌘" : "Ctrl") : p.startsWith("Arrow") ? ARROWS[p] ?? p : p))
    .join("+");
}

const ARROWS: Record<string, string> = { ArrowUp: "↑", ArrowDown: "↓", ArrowLeft: "←", ArrowRight: "→" };

/** A shortcut as the native menu (Tauri's accelerator syntax) spells it. */
export function accelerator(s: string): string {
  const parts = s.split("+");
  const key = parts[parts.length - 1] === "" ? "Plus" : parts[parts.length - 1]!;
  const mods = parts.slice(0, parts[parts.length - 1] === "" ? -2 : -1).map((p) => (p === "Mod" ? "CmdOrCtrl" : p));
  const name: Record<string, string> = { "=": "Equal", "-": "Minus", Delete: "Delete", Backspace: "Backspace" };
  return [...mods, name[key] ?? key].join("+");
}
