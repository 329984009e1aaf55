//! Waymark's desktop shell: a Tauri 2 window over the `waymark` core.
//!
//! Everything here is a thin adapter: commands parse their input, lock the
//! session, call the core and map errors to `{code, message}`. The menu only
//! forwards its items to the page, so a menu click and a keyboard shortcut
//! take the same path.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod api;
mod export;
mod images;
mod menu;
mod rendering;
mod reply;
mod settings;
mod state;
mod view;

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
            menu::install(app.handle())?;
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
        Ok(app) => app.run(|_, _| {}),
        Err(e) => {
            eprintln!("waymark: the window could not start: {e}");
            std::process::exit(1);
        }
    }
}
