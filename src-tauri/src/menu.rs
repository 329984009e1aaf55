//! The application menu. Items only forward their id to the page as a `menu`
//! event, so a menu click and a keyboard shortcut run the same code; the few
//! that need no page (quit, full screen) are handled here.

use crate::state::AppState;
use tauri::menu::{
    Menu, MenuBuilder, MenuEvent, MenuItemBuilder, MenuItemKind, Submenu, SubmenuBuilder,
};
use tauri::{AppHandle, Emitter, Manager, Runtime};

/// Menu item ids the page handles (sent as the `menu` event's payload).
const PAGE_ITEMS: &[(&str, &str, Option<&str>)] = &[
    ("new", "New project…", Some("CmdOrCtrl+N")),
    ("open", "Open…", Some("CmdOrCtrl+O")),
    ("save_as", "Save As…", Some("CmdOrCtrl+Shift+S")),
    ("export", "Export…", Some("CmdOrCtrl+E")),
    ("close", "Close project", Some("CmdOrCtrl+W")),
    ("undo", "Undo", Some("CmdOrCtrl+Z")),
    ("redo", "Redo", Some("CmdOrCtrl+Shift+Z")),
    ("delete", "Delete", None),
    ("zoom_in", "Zoom in", Some("CmdOrCtrl+=")),
    ("zoom_out", "Zoom out", Some("CmdOrCtrl+-")),
    ("zoom_fit", "Zoom to fit", Some("CmdOrCtrl+0")),
    ("zoom_100", "Actual size", Some("CmdOrCtrl+1")),
    ("about", "About Waymark", None),
];

fn item<R: Runtime>(app: &AppHandle<R>, id: &str) -> tauri::Result<tauri::menu::MenuItem<R>> {
    let (_, text, accel) = PAGE_ITEMS
        .iter()
        .find(|(i, _, _)| *i == id)
        .copied()
        .unwrap_or((id, id, None));
    let mut b = MenuItemBuilder::with_id(id, text);
    if let Some(a) = accel {
        b = b.accelerator(a);
    }
    b.build(app)
}

fn recent_submenu<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Submenu<R>> {
    SubmenuBuilder::with_id(app, "recent", "Open Recent").build()
}

fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let quit = MenuItemBuilder::with_id("quit", "Quit")
        .accelerator("CmdOrCtrl+Q")
        .build(app)?;
    let fullscreen = MenuItemBuilder::with_id("fullscreen", "Full screen")
        .accelerator("F11")
        .build(app)?;
    let recent = recent_submenu(app)?;
    let file = SubmenuBuilder::new(app, "File")
        .item(&item(app, "new")?)
        .item(&item(app, "open")?)
        .item(&recent)
        .separator()
        .item(&item(app, "save_as")?)
        .item(&item(app, "export")?)
        .separator()
        .item(&item(app, "close")?)
        .item(&quit)
        .build()?;
    let edit = SubmenuBuilder::new(app, "Edit")
        .item(&item(app, "undo")?)
        .item(&item(app, "redo")?)
        .separator()
        .cut()
        .copy()
        .paste()
        .item(&item(app, "delete")?)
        .build()?;
    let view = SubmenuBuilder::new(app, "View")
        .item(&item(app, "zoom_in")?)
        .item(&item(app, "zoom_out")?)
        .item(&item(app, "zoom_fit")?)
        .item(&item(app, "zoom_100")?)
        .separator()
        .item(&fullscreen)
        .build()?;
    let help = SubmenuBuilder::new(app, "Help")
        .item(&item(app, "about")?)
        .build()?;
    MenuBuilder::new(app)
        .items(&[&file, &edit, &view, &help])
        .build()
}

/// Build the menu and route its events.
pub fn install<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let menu = build(app)?;
    app.set_menu(menu)?;
    app.on_menu_event(handle);
    refresh_recent(app);
    Ok(())
}

fn handle<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    let id = event.id().0.as_str();
    match id {
        "quit" => app.exit(0),
        "fullscreen" => {
            if let Some(w) = app.get_webview_window("main") {
                let on = w.is_fullscreen().unwrap_or(false);
                let _ = w.set_fullscreen(!on);
            }
        }
        // Everything else, recent files (`recent:PATH`) included, is the
        // page's to do, through the same commands its buttons use.
        _ => {
            let _ = app.emit("menu", id);
        }
    }
}

/// Rebuild "Open Recent" from the settings.
pub fn refresh_recent<R: Runtime>(app: &AppHandle<R>) {
    let Some(menu) = app.menu() else { return };
    let Some(MenuItemKind::Submenu(sub)) = find(&menu.items().unwrap_or_default(), "recent") else {
        return;
    };
    if let Ok(items) = sub.items() {
        for it in items {
            let _ = sub.remove(&it);
        }
    }
    let recent = app.state::<AppState>().settings().recent.clone();
    for path in recent.iter().filter(|p| p.exists()) {
        let id = format!("recent:{}", path.display());
        if let Ok(it) = MenuItemBuilder::with_id(id, path.display().to_string()).build(app) {
            let _ = sub.append(&it);
        }
    }
    let _ = sub.set_enabled(recent.iter().any(|p| p.exists()));
}

fn find<R: Runtime>(items: &[MenuItemKind<R>], id: &str) -> Option<MenuItemKind<R>> {
    for it in items {
        if it.id().0 == id {
            return Some(it.clone());
        }
        if let MenuItemKind::Submenu(s) = it
            && let Some(found) = find(&s.items().unwrap_or_default(), id)
        {
            return Some(found);
        }
    }
    None
}
