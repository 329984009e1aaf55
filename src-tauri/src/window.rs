//! What the page asks of the window itself: leave the app, full screen on
//! and off, and the title naming the open project. Quit and Full screen are
//! the page's actions like any other (its menu items, its keys); these
//! commands only carry them out. Uses `reply` of the shell.

use crate::reply::{ApiError, ApiResult};
use tauri::{AppHandle, Manager, Runtime, WebviewWindow};

/// The window's label in `tauri.conf.json`.
pub const MAIN: &str = "main";

/// The title for the open project's file name (`None`: no project).
pub fn title(file_name: Option<&str>) -> String {
    match file_name {
        Some(name) => format!("{name} — Waymark"),
        None => "Waymark".to_string(),
    }
}

/// Name the open project in the window's title.
pub fn set_title(app: &AppHandle<impl Runtime>, file_name: Option<&str>) {
    if let Some(w) = app.get_webview_window(MAIN) {
        // A title that cannot be set is not worth failing an open over.
        let _ = w.set_title(&title(file_name));
    }
}

/// Leave the app. Every edit is in its file already; the project is closed
/// on the way out (`RunEvent::Exit` in `main`), like when the window is
/// closed.
#[tauri::command]
pub fn quit<R: Runtime>(app: AppHandle<R>) {
    app.exit(0);
}

/// Full screen on when it is off, off when it is on.
#[tauri::command]
pub fn toggle_fullscreen<R: Runtime>(window: WebviewWindow<R>) -> ApiResult<()> {
    let on = window.is_fullscreen().map_err(ApiError::window)?;
    window.set_fullscreen(!on).map_err(ApiError::window)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_names_the_open_file() {
        assert_eq!(title(Some("shop.waymark")), "shop.waymark — Waymark");
        assert_eq!(title(None), "Waymark");
    }
}
