//! The native menu bar, as the page describes it. The shell declares no item
//! of its own: the page sends the whole bar (`set_menu`, labels already in
//! the user's language, its action ids as item ids) after it loads and again
//! when its language changes, and switches items on and off
//! (`set_menu_enabled`). A chosen item only sends its id back as the `menu`
//! event, so a menu click and a keyboard shortcut run the same action in the
//! page. The shell fills only the Open Recent submenu, from the settings
//! (items `recent:<path>`).
//!
//! The bar the page last sent is kept in the settings and built again at the
//! next start, before the window is first shown, so the window opens with its
//! menu bar instead of the page moving down when the bar arrives (and the
//! page's first calls do not wait behind the building of a bar on the main
//! thread). The page sends its bar at every start all the same; a bar equal
//! to the one shown is not built again. Until a bar has been sent once the
//! window has no menu (on macOS, Tauri's default one).
//!
//! The page's description is first checked and turned into a [`Top`] list
//! by a pure function ([`describe`], tested without a display); only then is
//! it built with Tauri. Uses `state` and `reply` of the shell.

use crate::reply::{ApiError, ApiResult};
use crate::state::AppState;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Mutex, MutexGuard};
use tauri::menu::{
    CheckMenuItemBuilder, Menu, MenuBuilder, MenuEvent, MenuItemBuilder, MenuItemKind,
    SubmenuBuilder,
};
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use waymark::i18n::escaped;
use waymark::msg;

/// The id of the Open Recent submenu.
const RECENT: &str = "recent";
/// What the ids of recent files start with (`recent:/home/a/shop.waymark`).
const RECENT_PREFIX: &str = "recent:";

/// A top-level menu as the page sends it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NativeMenu {
    /// Its id (`file`, `edit`...).
    pub id: String,
    /// Its name in the user's language.
    pub label: String,
    /// Its entries, top to bottom.
    pub items: Vec<NativeItem>,
}

/// One entry of a menu as the page sends it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum NativeItem {
    /// One of the page's actions: choosing it sends its id as the `menu` event.
    Action {
        /// The action's id.
        id: String,
        /// Its name in the user's language.
        label: String,
        /// Its shortcut in Tauri's accelerator syntax (`CmdOrCtrl+Shift+Z`,
        /// `CmdOrCtrl+Equal`, `F11`), if it has one.
        #[serde(default)]
        accelerator: Option<String>,
        /// Whether it can be chosen (until `set_menu_enabled` says otherwise).
        #[serde(default = "enabled_by_default")]
        enabled: bool,
        /// With a value, a check item, ticked or not (the current language).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        checked: Option<bool>,
    },
    /// The system's own cut, copy, paste or select-all item: it sends its key
    /// to the page (on Linux through libxdo), so the focused text field or
    /// the page's key handling decides what it does. No `menu` event.
    System {
        /// The page's action id for it (not used by the shell).
        id: String,
        /// Which system item.
        role: Role,
        /// Its name in the user's language.
        label: String,
    },
    /// A line between groups. (Written with braces so that, like the other
    /// kinds, it refuses fields it does not have.)
    Separator {},
    /// The Open Recent submenu, filled by the shell.
    Recent {
        /// Its name in the user's language.
        label: String,
    },
}

fn enabled_by_default() -> bool {
    true
}

/// The system items the page can place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Cut (Ctrl+X).
    Cut,
    /// Copy (Ctrl+C).
    Copy,
    /// Paste (Ctrl+V).
    Paste,
    /// Select all (Ctrl+A).
    SelectAll,
}

/// A top-level menu, checked and ready to build.
#[derive(Debug, Clone, PartialEq)]
pub struct Top {
    /// Its id.
    pub id: String,
    /// Its label, escaped for the menu (`&` shown as itself).
    pub label: String,
    /// Its entries.
    pub entries: Vec<Entry>,
}

/// One entry of a checked menu.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// An item that sends its id.
    Action {
        /// The action's id.
        id: String,
        /// Its label, escaped for the menu.
        label: String,
        /// Its shortcut, one the menu accepts.
        accelerator: Option<String>,
        /// Whether it can be chosen now.
        enabled: bool,
        /// With a value, a check item, ticked or not.
        checked: Option<bool>,
    },
    /// A system item.
    System {
        /// Which one.
        role: Role,
        /// Its label, escaped for the menu.
        label: String,
    },
    /// A line.
    Separator,
    /// The Open Recent submenu.
    Recent {
        /// Its label, escaped for the menu.
        label: String,
    },
}

/// A label as plain text: the menu reads `&` as the mark of a mnemonic, so
/// a label's own `&` is doubled to be shown as it is.
fn plain(label: &str) -> String {
    label.replace('&', "&&")
}

/// Check the page's menu bar and decide each item's state: ids unique and not
/// the shell's own (`recent`, `recent:...`), every accelerator one the menu
/// can use (Tauri would silently drop the others). An item's `enabled` is
/// the last word `set_menu_enabled` gave for its id, else what the page sent
/// with the item, so a bar sent again (another language) keeps the states.
pub fn describe(menus: &[NativeMenu], enabled: &BTreeMap<String, bool>) -> ApiResult<Vec<Top>> {
    let mut ids = BTreeSet::new();
    let mut claim = |id: &str| -> ApiResult<()> {
        if id.is_empty() || id.starts_with(RECENT_PREFIX) || !ids.insert(id.to_string()) {
            return Err(ApiError::with(
                "invalid",
                msg!("problem-menu-id", id = escaped(id)),
            ));
        }
        Ok(())
    };
    let mut bar = Vec::with_capacity(menus.len());
    for menu in menus {
        claim(&menu.id)?;
        let mut entries = Vec::with_capacity(menu.items.len());
        for item in &menu.items {
            entries.push(match item {
                NativeItem::Action {
                    id,
                    label,
                    accelerator,
                    enabled: sent,
                    checked,
                } => {
                    claim(id)?;
                    if let Some(a) = accelerator {
                        check_accelerator(id, a)?;
                    }
                    Entry::Action {
                        id: id.clone(),
                        label: plain(label),
                        accelerator: accelerator.clone(),
                        enabled: enabled.get(id).copied().unwrap_or(*sent),
                        checked: *checked,
                    }
                }
                NativeItem::System { id, role, label } => {
                    claim(id)?;
                    Entry::System {
                        role: *role,
                        label: plain(label),
                    }
                }
                NativeItem::Separator {} => Entry::Separator,
                NativeItem::Recent { label } => {
                    claim(RECENT)?;
                    Entry::Recent {
                        label: plain(label),
                    }
                }
            });
        }
        bar.push(Top {
            id: menu.id.clone(),
            label: plain(&menu.label),
            entries,
        });
    }
    Ok(bar)
}

/// Refuse an accelerator the menu cannot parse (Tauri uses the same parser
/// and would drop it without a word).
fn check_accelerator(item: &str, accelerator: &str) -> ApiResult<()> {
    match accelerator.parse::<muda::accelerator::Accelerator>() {
        Ok(_) => Ok(()),
        Err(_) => Err(ApiError::with(
            "invalid",
            msg!(
                "problem-menu-accelerator",
                item = escaped(item),
                accelerator = escaped(accelerator)
            ),
        )),
    }
}

/// What the shell remembers of the page's menu between calls.
#[derive(Default)]
pub struct MenuMemory {
    /// The last enabled state the page gave for each id.
    enabled: Mutex<BTreeMap<String, bool>>,
    /// The bar shown, as it was sent (or restored from the settings).
    shown: Mutex<Option<Vec<NativeMenu>>>,
}

impl MenuMemory {
    fn enabled(&self) -> MutexGuard<'_, BTreeMap<String, bool>> {
        self.enabled.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn shown(&self) -> MutexGuard<'_, Option<Vec<NativeMenu>>> {
        self.shown.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The bar kept in the settings, if it is one this shell can read (a bar
/// kept by another version may not be: then the window starts without one).
fn remembered(kept: &serde_json::Value) -> Option<Vec<NativeMenu>> {
    if kept.is_null() {
        return None;
    }
    serde_json::from_value(kept.clone()).ok()
}

/// Show the bar the page sent last time, at start before the window is first
/// shown. A kept bar that cannot be read or built leaves the window without
/// one until the page sends its own.
pub fn restore<R: Runtime>(app: &AppHandle<R>) {
    let kept = app.state::<AppState>().settings().menu.clone();
    let Some(menus) = remembered(&kept) else {
        return;
    };
    let Ok(bar) = describe(&menus, &BTreeMap::new()) else {
        return;
    };
    if bar.is_empty() {
        return;
    }
    if let Ok(menu) = build(app, &bar)
        && app.set_menu(menu).is_ok()
    {
        refresh_recent(app);
        *app.state::<MenuMemory>().shown() = Some(menus);
    }
}

/// Build a checked bar with Tauri.
fn build<R: Runtime>(app: &AppHandle<R>, bar: &[Top]) -> tauri::Result<Menu<R>> {
    let mut menus = Vec::with_capacity(bar.len());
    for top in bar {
        let mut sub = SubmenuBuilder::with_id(app, top.id.as_str(), &top.label);
        for entry in &top.entries {
            sub = match entry {
                Entry::Action {
                    id,
                    label,
                    accelerator,
                    enabled,
                    checked: None,
                } => {
                    let mut item = MenuItemBuilder::with_id(id.as_str(), label).enabled(*enabled);
                    if let Some(a) = accelerator {
                        item = item.accelerator(a);
                    }
                    sub.item(&item.build(app)?)
                }
                Entry::Action {
                    id,
                    label,
                    accelerator,
                    enabled,
                    checked: Some(on),
                } => {
                    let mut item = CheckMenuItemBuilder::with_id(id.as_str(), label)
                        .enabled(*enabled)
                        .checked(*on);
                    if let Some(a) = accelerator {
                        item = item.accelerator(a);
                    }
                    sub.item(&item.build(app)?)
                }
                Entry::System { role, label } => match role {
                    Role::Cut => sub.cut_with_text(label),
                    Role::Copy => sub.copy_with_text(label),
                    Role::Paste => sub.paste_with_text(label),
                    Role::SelectAll => sub.select_all_with_text(label),
                },
                Entry::Separator => sub.separator(),
                Entry::Recent { label } => sub.item(
                    &SubmenuBuilder::with_id(app, RECENT, label)
                        .enabled(false)
                        .build()?,
                ),
            };
        }
        menus.push(sub.build()?);
    }
    let mut menu = MenuBuilder::new(app);
    for sub in &menus {
        menu = menu.item(sub);
    }
    menu.build()
}

/// Send every chosen item's id to the page (registered once at start).
/// Recent files arrive as `recent:<path>`; the page opens them with
/// `open_project`, like its own Open.
pub fn forward<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    let _ = app.emit("menu", event.id().0.as_str());
}

/// Show the page's menu bar (replacing the one shown), with Open Recent
/// filled in. An empty list removes the bar.
#[tauri::command]
pub fn set_menu<R: Runtime>(
    app: AppHandle<R>,
    memory: State<'_, MenuMemory>,
    menus: Vec<NativeMenu>,
) -> ApiResult<()> {
    if memory.shown().as_ref() == Some(&menus) {
        return Ok(());
    }
    let bar = describe(&menus, &memory.enabled())?;
    if bar.is_empty() {
        app.remove_menu().map_err(ApiError::window)?;
    } else {
        let menu = build(&app, &bar).map_err(ApiError::window)?;
        app.set_menu(menu).map_err(ApiError::window)?;
        refresh_recent(&app);
    }
    let kept = serde_json::to_value(&menus).unwrap_or_default();
    *memory.shown() = Some(menus);
    let state = app.state::<AppState>();
    let mut settings = state.settings();
    if settings.menu != kept {
        settings.menu = kept;
        settings.save();
    }
    Ok(())
}

/// Switch menu items (or whole menus) on and off by id. The states are
/// remembered, so a bar sent again keeps them; ids not in the bar are only
/// remembered.
#[tauri::command]
pub fn set_menu_enabled<R: Runtime>(
    app: AppHandle<R>,
    memory: State<'_, MenuMemory>,
    enabled: BTreeMap<String, bool>,
) -> ApiResult<()> {
    memory
        .enabled()
        .extend(enabled.iter().map(|(id, on)| (id.clone(), *on)));
    let Some(menu) = app.menu() else {
        return Ok(());
    };
    let items = menu.items().map_err(ApiError::window)?;
    for (id, on) in &enabled {
        match find(&items, id) {
            Some(MenuItemKind::MenuItem(item)) => item.set_enabled(*on),
            Some(MenuItemKind::Check(item)) => item.set_enabled(*on),
            Some(MenuItemKind::Submenu(sub)) => sub.set_enabled(*on),
            _ => Ok(()),
        }
        .map_err(ApiError::window)?;
    }
    Ok(())
}

/// Fill Open Recent from the settings: the recent files that still exist,
/// newest first; the submenu is off when there are none. Nothing to do while
/// the bar has no Open Recent.
pub fn refresh_recent<R: Runtime>(app: &AppHandle<R>) {
    let Some(menu) = app.menu() else { return };
    let Some(MenuItemKind::Submenu(sub)) = find(&menu.items().unwrap_or_default(), RECENT) else {
        return;
    };
    if let Ok(items) = sub.items() {
        for it in items {
            let _ = sub.remove(&it);
        }
    }
    let recent: Vec<_> = app
        .state::<AppState>()
        .settings()
        .recent
        .iter()
        .filter(|p| p.exists())
        .cloned()
        .collect();
    for path in &recent {
        let id = format!("{RECENT_PREFIX}{}", path.display());
        if let Ok(it) = MenuItemBuilder::with_id(id, plain(&path.display().to_string())).build(app)
        {
            let _ = sub.append(&it);
        }
    }
    let _ = sub.set_enabled(!recent.is_empty());
}

/// The item or submenu with this id, at any depth.
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A bar shaped like the one the page sends (`ui/src/lib/menu.ts`).
    fn page_bar() -> serde_json::Value {
        json!([
            {"id": "file", "label": "File", "items": [
                {"kind": "action", "id": "new", "label": "New project…", "accelerator": "CmdOrCtrl+N", "enabled": true},
                {"kind": "action", "id": "open", "label": "Open…", "accelerator": "CmdOrCtrl+O", "enabled": true},
                {"kind": "recent", "label": "Open Recent"},
                {"kind": "separator"},
                {"kind": "action", "id": "quit", "label": "Quit", "accelerator": "CmdOrCtrl+Q", "enabled": true}
            ]},
            {"id": "edit", "label": "Edit", "items": [
                {"kind": "action", "id": "redo", "label": "Redo", "accelerator": "CmdOrCtrl+Shift+Z", "enabled": true},
                {"kind": "separator"},
                {"kind": "system", "id": "cut", "role": "cut", "label": "Cut"},
                {"kind": "system", "id": "select_all", "role": "select_all", "label": "Select all"},
                {"kind": "action", "id": "delete", "label": "Delete", "accelerator": null, "enabled": true}
            ]},
            {"id": "view", "label": "View", "items": [
                {"kind": "action", "id": "zoom_in", "label": "Zoom in", "accelerator": "CmdOrCtrl+Equal", "enabled": true},
                {"kind": "action", "id": "zoom_out", "label": "Zoom out", "accelerator": "CmdOrCtrl+Minus", "enabled": true},
                {"kind": "action", "id": "zoom_fit", "label": "Zoom to fit", "accelerator": "CmdOrCtrl+0", "enabled": true},
                {"kind": "action", "id": "fullscreen", "label": "Full screen", "accelerator": "F11", "enabled": true}
            ]}
        ])
    }

    fn parse(v: serde_json::Value) -> Vec<NativeMenu> {
        serde_json::from_value(v).expect("the page's menu JSON")
    }

    #[test]
    fn a_kept_bar_is_read_back_as_the_page_sent_it() {
        let sent = parse(page_bar());
        let kept = serde_json::to_value(&sent).expect("a bar as JSON");
        assert_eq!(remembered(&kept), Some(sent));
    }

    #[test]
    fn no_kept_bar_or_a_foreign_one_starts_without_a_bar() {
        assert_eq!(remembered(&serde_json::Value::Null), None);
        assert_eq!(remembered(&json!({"file": "not a bar"})), None);
        assert_eq!(
            remembered(&json!([{"id": "file", "label": "File", "items": [{"kind": "submenu"}]}])),
            None
        );
    }

    fn action<'a>(bar: &'a [Top], id: &str) -> &'a Entry {
        bar.iter()
            .flat_map(|t| &t.entries)
            .find(|e| matches!(e, Entry::Action { id: i, .. } if i == id))
            .expect("item")
    }

    #[test]
    fn the_pages_bar_becomes_menus_in_its_order() {
        let bar = describe(&parse(page_bar()), &BTreeMap::new()).expect("a bar");
        let tops: Vec<&str> = bar.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(tops, ["file", "edit", "view"]);
        assert_eq!(
            bar[0].entries[2],
            Entry::Recent {
                label: "Open Recent".into()
            }
        );
        assert_eq!(bar[0].entries[3], Entry::Separator);
        assert_eq!(
            bar[1].entries[2],
            Entry::System {
                role: Role::Cut,
                label: "Cut".into()
            }
        );
        assert_eq!(
            *action(&bar, "redo"),
            Entry::Action {
                id: "redo".into(),
                label: "Redo".into(),
                accelerator: Some("CmdOrCtrl+Shift+Z".into()),
                enabled: true,
                checked: None,
            }
        );
        assert!(matches!(
            action(&bar, "delete"),
            Entry::Action {
                accelerator: None,
                ..
            }
        ));
    }

    #[test]
    fn a_checked_item_stays_a_check_item_ticked_or_not() {
        let languages = json!([{"id": "language", "label": "Language", "items": [
            {"kind": "action", "id": "language:en", "label": "English", "accelerator": null, "enabled": true, "checked": true},
            {"kind": "action", "id": "language:uk", "label": "Українська", "accelerator": null, "enabled": true, "checked": false},
            {"kind": "action", "id": "redo", "label": "Redo", "accelerator": null, "enabled": true}
        ]}]);
        let bar = describe(&parse(languages), &BTreeMap::new()).expect("a valid bar");
        let checked = |id| match action(&bar, id) {
            Entry::Action { checked, .. } => *checked,
            _ => None,
        };
        assert_eq!(checked("language:en"), Some(true));
        assert_eq!(checked("language:uk"), Some(false));
        assert_eq!(checked("redo"), None);
    }

    #[test]
    fn an_accelerator_the_menu_cannot_use_is_refused_with_a_message() {
        for bad in [
            "CmdOrCtrl+Banana",
            "Hyperdrive+K",
            "CmdOrCtrl+",
            "",
            "Ctrl+Shift+Z+Y",
        ] {
            let mut v = page_bar();
            v[2]["items"][0]["accelerator"] = json!(bad);
            let err = describe(&parse(v), &BTreeMap::new()).expect_err(bad);
            assert_eq!(err.code, "invalid", "{bad}");
            assert_eq!(err.key, "problem-menu-accelerator");
            assert!(err.message.contains("zoom_in"), "{}", err.message);
            assert!(waymark::i18n::has_key(&err.key));
        }
    }

    #[test]
    fn ids_must_be_unique_and_not_the_shells_own() {
        for (menu, item, id) in [
            (0, 0, "open"),
            (0, 1, "recent"),
            (1, 0, "recent:/x.waymark"),
        ] {
            let mut v = page_bar();
            v[menu]["items"][item]["id"] = json!(id);
            let err = describe(&parse(v), &BTreeMap::new()).expect_err(id);
            assert_eq!(
                (err.code.as_str(), err.key.as_str()),
                ("invalid", "problem-menu-id")
            );
        }
        let mut v = page_bar();
        v[1]["items"][1] = json!({"kind": "recent", "label": "Again"});
        assert!(
            describe(&parse(v), &BTreeMap::new()).is_err(),
            "one Open Recent"
        );
    }

    #[test]
    fn labels_are_shown_as_written() {
        let mut v = page_bar();
        v[0]["label"] = json!("File & more");
        v[0]["items"][0]["label"] = json!("Save && go");
        let bar = describe(&parse(v), &BTreeMap::new()).expect("a bar");
        assert_eq!(bar[0].label, "File && more");
        assert!(
            matches!(action(&bar, "new"), Entry::Action { label, .. } if label == "Save &&&& go")
        );
    }

    #[test]
    fn enabled_states_given_earlier_survive_a_new_bar() {
        let remembered = BTreeMap::from([("redo".to_string(), false), ("gone".to_string(), true)]);
        let mut v = page_bar();
        v[0]["items"][0]["enabled"] = json!(false);
        let bar = describe(&parse(v), &remembered).expect("a bar");
        assert!(matches!(
            action(&bar, "redo"),
            Entry::Action { enabled: false, .. }
        ));
        assert!(
            matches!(action(&bar, "new"), Entry::Action { enabled: false, .. }),
            "as sent"
        );
        assert!(matches!(
            action(&bar, "open"),
            Entry::Action { enabled: true, .. }
        ));
    }

    #[test]
    fn a_menu_the_page_did_not_mean_does_not_parse() {
        let unknown_role = json!([{"id": "edit", "label": "Edit", "items": [
            {"kind": "system", "id": "undo", "role": "undo", "label": "Undo"}]}]);
        assert!(serde_json::from_value::<Vec<NativeMenu>>(unknown_role).is_err());
        let unknown_field = json!([{"id": "edit", "label": "Edit", "items": [
            {"kind": "separator", "label": "—"}]}]);
        assert!(serde_json::from_value::<Vec<NativeMenu>>(unknown_field).is_err());
        let minimal = json!([{"id": "help", "label": "Help", "items": [
            {"kind": "action", "id": "about", "label": "About"}]}]);
        let bar = describe(&parse(minimal), &BTreeMap::new()).expect("a bar");
        assert!(matches!(
            action(&bar, "about"),
            Entry::Action {
                enabled: true,
                accelerator: None,
                ..
            }
        ));
    }
}
