// Entry point: ask the shell for the opened project and load the bundled
// fonts at the same time, then mount the app. The canvas draws text the core
// has already measured with these fonts; drawing before they are ready would
// show nothing (or the wrong widths) for a moment. Fetching the project (and
// its first map's scene, which the shell lays out while the page loads) while
// the fonts load takes that wait off the start; so does parsing the message
// catalogs in that time.
import { mount } from "svelte";
import App from "./App.svelte";
import { Editor } from "./lib/editor.svelte";
import { words } from "./lib/i18n.svelte";
import { nativeMenus } from "./lib/menu";
import { tauriBackend } from "./lib/tauri";
import type { Startup } from "./lib/types";
import "./styles.css";

const FACES = ['400 13px "Waymark Sans"', '700 13px "Waymark Sans"', '400 13px "Waymark Arabic"', '700 13px "Waymark Arabic"'];

async function fontsReady(timeoutMs: number): Promise<void> {
  const load = Promise.all(FACES.map((f) => document.fonts.load(f, "aنа")));
  const late = new Promise((resolve) => setTimeout(resolve, timeoutMs));
  await Promise.race([load.then(() => document.fonts.ready), late]);
  performance.mark("waymark:fonts");
}

const editor = new Editor(tauriBackend);
const startup: Promise<Startup> = tauriBackend.startup();
// The UI's language before the first paint, so no word changes after it; then
// the menu bar in that language (the shell has already shown the one sent
// last time, and an unchanged bar costs it nothing).
const language = startup
  .then((s) => words.use(s.language.lang, s.language.dir, s.language.formats, s.language.pseudo))
  .catch(() => undefined)
  .then(() => void tauriBackend.setMenu(nativeMenus()).catch(() => undefined));
const opened = startup.then(async (s) => {
  performance.mark("waymark:startup");
  if (s.opened) await editor.opened(s.opened, s.scene);
  else if (s.current) await editor.load(s.current);
  performance.mark("waymark:scene");
  return s;
});
const fonts = fontsReady(3000);

// English (every language's fallback) is parsed while the shell answers and
// the fonts load.
words.prepare();
performance.mark("waymark:words");

const target = document.getElementById("app");
if (target) {
  void Promise.all([fonts.catch(() => undefined), language])
    .then(() => {
      mount(App, { target, props: { editor, startup: opened } });
      performance.mark("waymark:mounted");
    });
}
