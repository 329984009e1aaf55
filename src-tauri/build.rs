//! Tauri's build step: reads tauri.conf.json and the capabilities, and lists
//! the app's own commands so each needs an explicit grant in a capability
//! (without the list, every app command would be open to every window).

const COMMANDS: &[&str] = &[
    "startup",
    "snapshot",
    "open_project",
    "new_project",
    "save_as",
    "close_project",
    "apply",
    "undo",
    "redo",
    "recent_files",
    "set_image",
    "map_scene",
    "export_preview",
    "export_file",
    "export_settings",
    "set_menu",
    "set_menu_enabled",
    "set_language",
    "set_formats",
    "quit",
    "toggle_fullscreen",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {e:#}");
    }
}
