// Entry point: load the bundled fonts, then mount the app. The canvas draws
// text the core has already measured with these fonts; drawing before they
// are ready would show nothing (or the wrong widths) for a moment.
import { mount } from "svelte";
import App from "./App.svelte";
import "./styles.css";

const FACES = ['400 13px "Waymark Sans"', '700 13px "Waymark Sans"', '400 13px "Waymark Arabic"', '700 13px "Waymark Arabic"'];

async function fontsReady(timeoutMs: number): Promise<void> {
  const load = Promise.all(FACES.map((f) => document.fonts.load(f, "aنа")));
  const late = new Promise((resolve) => setTimeout(resolve, timeoutMs));
  await Promise.race([load.then(() => document.fonts.ready), late]);
}

const target = document.getElementById("app");
if (target) {
  void fontsReady(3000)
    .catch(() => undefined)
    .then(() => mount(App, { target }));
}
