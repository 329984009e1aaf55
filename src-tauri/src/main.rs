//! Waymark's desktop shell: a Tauri 2 window over the `waymark` core.
//!
//! Everything here is a thin adapter: commands parse their input, lock the
//! session, make one call into the core and map errors to `{code, message,
//! key, params}`. The menu bar is the page's (it sends it; the shell builds
//! it and forwards the items chosen), so a menu click and a keyboard shortcut
//! take the same path.
//!
//! The shell's modules use each other without circles, in layers: the
//! commands (`api`, `export`, `menu`, `language`, `window`) and the
//! `wmasset:` protocol (`images`) on top, then `state`, then `reply`, then
//! `view`, `settings` and `rendering` (docs/architecture.md lists every
//! arrow).

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod api;
mod export;
mod images;
mod language;
mod menu;
mod rendering;
mod reply;
mod settings;
mod state;
mod view;
mod window;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use tauri::{Emitter, Manager};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

/// Tell whether a graphical session is reachable; without one GTK would abort
/// with a long message, so we say what to do in one line instead.
fn display_available() -> bool {
    cfg!(not(target_os = "linux"))
        || std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty())
        || std::env::var_os("WAYLAND_DISPLAY").is_some_and(|d| !d.is_empty())
}

/// The project file named on the command line, if any (the file manager
/// passes it when a `.waymark` file is opened).
fn file_argument(args: &[String]) -> Option<PathBuf> {
    args.iter()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
}

/// Set when the window was moved or resized since its state was last saved.
static WINDOW_MOVED: AtomicBool = AtomicBool::new(false);

/// Save the window's size and position soon after it changes, not only on a
/// clean exit, so a killed app still reopens where it was.
fn keep_window_state(app: tauri::AppHandle) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(std::time::Duration::from_millis(600));
            if WINDOW_MOVED.swap(false, Ordering::Relaxed) {
                let _ = app.save_window_state(StateFlags::all());
            }
        }
    });
}

fn main() {
    rendering::choose();
    if !display_available() {
        eprintln!(
            "waymark: no display found (DISPLAY is not set); to run without a screen use: xvfb-run -a make run"
        );
        std::process::exit(1);
    }
    let args: Vec<String> = std::env::args().collect();
    let startup_file = file_argument(&args);

    let app = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, argv, cwd| {
            // A second launch hands its file to us and quits.
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.set_focus();
            }
            if let Some(path) = file_argument(&argv) {
                let path = PathBuf::from(cwd).join(path);
                let outcome = api::open_path(app, &path);
                let _ = app.emit("project-opened", outcome);
            }
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .manage(state::AppState::new(settings::Settings::load()))
        .manage(menu::MenuMemory::default())
        .register_uri_scheme_protocol("wmasset", images::serve)
        .invoke_handler(tauri::generate_handler![
            api::startup,
            api::snapshot,
            api::open_project,
            api::new_project,
            api::save_as,
            api::close_project,
            api::apply,
            api::undo,
            api::redo,
            api::recent_files,
            api::set_image,
            api::map_scene,
            export::export_preview,
            export::export_file,
            export::export_settings,
            menu::set_menu,
            menu::set_menu_enabled,
            language::set_language,
            language::set_formats,
            window::quit,
            window::toggle_fullscreen,
        ])
        .on_window_event(|_, event| {
            if matches!(
                event,
                tauri::WindowEvent::Resized(_) | tauri::WindowEvent::Moved(_)
            ) {
                WINDOW_MOVED.store(true, Ordering::Relaxed);
            }
        })
        .setup(move |app| {
            // The bar comes from the page once it has loaded; until then the
            // one it sent last time (the window is not shown yet).
            app.on_menu_event(menu::forward);
            language::apply_direction(&language::current(&app.state::<state::AppState>()));
            menu::restore(app.handle());
            keep_window_state(app.handle().clone());
            if let Some(path) = &startup_file {
                let handle = app.handle().clone();
                let outcome = api::open_path(&handle, path);
                app.state::<state::AppState>().set_startup(outcome);
                std::thread::spawn(move || {
                    api::prepare_first_scene(&handle.state::<state::AppState>())
                });
            }
            Ok(())
        })
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                // Tauri leaves the process without dropping its managed
                // state: close the project here (window closed, Quit), so
                // its file is left alone, without a journal beside it.
                app.state::<state::AppState>().close_session();
            }
        }),
        Err(e) => {
            eprintln!("waymark: the window could not start: {e}");
            std::process::exit(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    /// The names between `open` and the next `"` after each `open`.
    fn quoted_after(text: &str, open: &str) -> BTreeSet<String> {
        text.split(open)
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .map(str::to_string)
            .collect()
    }

    /// A file of the repository, relative to `src-tauri/`.
    fn read(path: &str) -> String {
        let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
    }

    /// The page calls the shell only from `ui/src/lib/tauri.ts`; the window
    /// must be granted those commands and no others.
    #[test]
    fn the_window_may_call_exactly_the_commands_the_page_calls() {
        let page = quoted_after(&read("../ui/src/lib/tauri.ts"), "call(\"");
        let granted: BTreeSet<String> = quoted_after(&read("capabilities/main.json"), "\"allow-")
            .into_iter()
            .map(|p| p.replace('-', "_"))
            .collect();
        // Every string in build.rs's list: the odd pieces between quotes.
        let listed: BTreeSet<String> = read("build.rs")
            .split("const COMMANDS")
            .nth(1)
            .and_then(|t| t.split("];").next())
            .unwrap_or_default()
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect();
        assert!(page.len() > 15, "the page's calls were not found: {page:?}");
        assert_eq!(
            granted, page,
            "capabilities/main.json against ui/src/lib/tauri.ts"
        );
        assert_eq!(listed, page, "build.rs against ui/src/lib/tauri.ts");
    }
}
