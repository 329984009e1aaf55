//! Tauri's build step for the blank window: reads `tauri.conf.json` and
//! embeds nothing but the one static page.

fn main() {
    tauri_build::build();
}
