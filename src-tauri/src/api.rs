//! The commands the page calls about its project. Each one parses its
//! input, asks the user for a file in a native dialog if it must (never
//! holding the session's lock meanwhile), locks the session, makes one call
//! into the core and maps the error to `{code, message, key, params}`. Uses
//! `menu`, `window`, `state`, `view` and `reply` of the shell.

use crate::language::{self, UiLanguage};
use crate::menu;
use crate::reply::{ApiError, ApiResult, Opened};
use crate::state::AppState;
use crate::view::{self, Applied, FirstScene, Snapshot, local_today};
use crate::window;
use serde::Serialize;
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use waymark::Session;
use waymark::command::Command;
use waymark::i18n::escaped;
use waymark::id::MapId;
use waymark::images::PictureTarget;
use waymark::layout::scene::{Scene, scene};
use waymark::msg;
use waymark::templates::Template;

/// What the page needs when it starts.
#[derive(Debug, Clone, Serialize)]
pub struct Startup {
    /// The file given on the command line, opened or refused.
    pub opened: Option<Opened>,
    /// The project open right now (after a page reload).
    pub current: Option<Snapshot>,
    /// Recent files for the start screen.
    pub recent: Vec<RecentFile>,
    /// The scene of the opened project's first map, laid out while the page
    /// loaded, so the map comes with its first paint (`None`: ask for it).
    pub scene: Option<FirstScene>,
    /// The UI's language.
    pub language: UiLanguage,
}

/// A recent file for the start screen and the menu.
#[derive(Debug, Clone, Serialize)]
pub struct RecentFile {
    /// Full path.
    pub path: String,
    /// File name.
    pub name: String,
    /// Whether it is still there.
    pub exists: bool,
}

/// Make `session` the open project (closing the one open before: every edit
/// of it is already in its file), remember it and describe it.
fn install(app: &AppHandle<impl Runtime>, session: Session) -> ApiResult<Snapshot> {
    let state = app.state::<AppState>();
    let snapshot = view::snapshot(&session)?;
    state.settings().remember(session.path());
    state.replace_session(Some(session));
    window::set_title(app, Some(&snapshot.file_name));
    menu::refresh_recent(app);
    Ok(snapshot)
}

/// Open a project file, or, when it is the project open now (however its
/// path is spelled), hand back that project: opening it again would find
/// the file locked by this very window.
fn open_or_current(app: &AppHandle<impl Runtime>, path: &Path) -> ApiResult<Snapshot> {
    {
        let state = app.state::<AppState>();
        let guard = state.session();
        if let Some(s) = guard.as_ref()
            && waymark::session::same_file(path, s.path())
        {
            return Ok(view::snapshot(s)?);
        }
    }
    install(app, Session::open(path)?)
}

/// Open a project file by path (command line, single-instance hand-over).
/// Any previously open project is closed.
pub fn open_path(app: &AppHandle<impl Runtime>, path: &Path) -> Opened {
    let result = open_or_current(app, path);
    match result {
        Ok(snapshot) => Opened::Opened { snapshot },
        Err(error) => Opened::Failed { error },
    }
}

/// The file type of a native dialog for projects, named in the UI's language.
fn project_filter<R: Runtime>(app: &AppHandle<R>) -> (String, &'static [&'static str]) {
    (language::text(app, "dialog-filter-project"), &["waymark"])
}

/// Lay out the open project's first map and keep it for `startup`. Called on
/// a thread of its own right after the startup file is opened: the app's
/// main thread and WebKit are busy bringing the window up meanwhile, and the
/// page would otherwise wait for this work after it asked (fonts parsed,
/// every card shaped). The session stays locked while it runs, so `startup`
/// waits for it rather than racing it.
pub fn prepare_first_scene(state: &AppState) {
    let guard = state.session();
    let Some(session) = guard.as_ref() else {
        return;
    };
    let doc = session.doc();
    let Some(map) = doc.maps().first().map(|m| m.id) else {
        return;
    };
    let mut fonts = state.fonts();
    // A layout error reaches the user through `map_scene`, which the page
    // calls when no scene came with the project.
    if let Ok(scene) = scene(doc, map, local_today(), &mut fonts) {
        state.set_first_scene(Some(FirstScene { map, scene }));
    }
}

/// Everything the page needs at start.
#[tauri::command]
pub fn startup(state: State<'_, AppState>) -> ApiResult<Startup> {
    let session = state.session();
    let opened = state.take_startup();
    // The startup file's snapshot is the open project: not sent twice.
    let current = match session.as_ref() {
        Some(s) if opened.is_none() => Some(view::snapshot(s)?),
        _ => None,
    };
    // Taken while the session is locked: no edit can slip in between.
    let scene = state.take_first_scene();
    drop(session);
    Ok(Startup {
        opened,
        current,
        recent: recent(&state),
        scene,
        language: language::current(&state),
    })
}

/// The open project as records.
#[tauri::command]
pub fn snapshot(state: State<'_, AppState>) -> ApiResult<Option<Snapshot>> {
    match state.session().as_ref() {
        Some(s) => Ok(Some(view::snapshot(s)?)),
        None => Ok(None),
    }
}

/// Open a project: the given path, or one chosen in a native dialog.
/// `None` means the user cancelled.
#[tauri::command]
pub async fn open_project<R: Runtime>(
    app: AppHandle<R>,
    path: Option<String>,
) -> ApiResult<Option<Snapshot>> {
    let path = match path {
        Some(p) => PathBuf::from(p),
        None => {
            let (name, ext) = project_filter(&app);
            match app
                .dialog()
                .file()
                .set_title(language::text(&app, "dialog-open-project"))
                .add_filter(name, ext)
                .blocking_pick_file()
                .and_then(|f| f.into_path().ok())
            {
                Some(p) => p,
                None => return Ok(None),
            }
        }
    };
    open_or_current(&app, &path).map(Some)
}

/// Parse a template name from the page.
fn template(name: &str) -> ApiResult<Template> {
    Template::parse(name).ok_or_else(|| {
        ApiError::with(
            "invalid",
            msg!("problem-unknown-template", name = escaped(name)),
        )
    })
}

/// Make sure a chosen file name ends in `.waymark`.
fn with_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_some_and(|e| e == "waymark") {
        path
    } else {
        let mut s = path.into_os_string();
        s.push(".waymark");
        PathBuf::from(s)
    }
}

/// Create a project from a template: at the given path, or one chosen in a
/// native save dialog. `None` means the user cancelled. A file chosen in the
/// dialog is replaced (the dialog has asked), but only once the new project
/// is complete, and never while it is the project open now; a path the page
/// gives is never overwritten.
#[tauri::command]
pub async fn new_project<R: Runtime>(
    app: AppHandle<R>,
    template_name: String,
    path: Option<String>,
    title: Option<String>,
) -> ApiResult<Option<Snapshot>> {
    let template = template(&template_name)?;
    let (path, chosen_in_dialog) = match path {
        Some(p) => (PathBuf::from(p), false),
        None => {
            let (name, ext) = project_filter(&app);
            match app
                .dialog()
                .file()
                .set_title(language::text(&app, "dialog-new-project"))
                .add_filter(name, ext)
                .set_file_name(format!(
                    "{}.waymark",
                    language::text(&app, "export-default-name")
                ))
                .blocking_save_file()
                .and_then(|f| f.into_path().ok())
            {
                Some(p) => (with_extension(p), true),
                None => return Ok(None),
            }
        }
    };
    // A new project is in the UI's language: its template's stages, lanes and
    // cards are written in it, and its maps run the way it is written.
    let lang = language::current(&app.state::<AppState>()).lang;
    let session = if chosen_in_dialog {
        let open = app
            .state::<AppState>()
            .session()
            .as_ref()
            .map(|s| s.path().to_path_buf());
        Session::create_from_template_replacing(&path, template, title, &lang, open.as_deref())?
    } else {
        Session::create_from_template(&path, template, title, &lang)?
    };
    install(&app, session).map(Some)
}

/// Save a copy under a new name and keep editing the copy.
#[tauri::command]
pub async fn save_as<R: Runtime>(
    app: AppHandle<R>,
    path: Option<String>,
) -> ApiResult<Option<Snapshot>> {
    let current_name = {
        let state = app.state::<AppState>();
        let guard = state.session();
        let s = guard.as_ref().ok_or_else(ApiError::no_project)?;
        s.path()
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let dest = match path {
        Some(p) => PathBuf::from(p),
        None => {
            let (name, ext) = project_filter(&app);
            match app
                .dialog()
                .file()
                .set_title(language::text(&app, "dialog-save-copy"))
                .add_filter(name, ext)
                .set_file_name(current_name)
                .blocking_save_file()
                .and_then(|f| f.into_path().ok())
            {
                Some(p) => with_extension(p),
                None => return Ok(None),
            }
        }
    };
    let state = app.state::<AppState>();
    let snapshot = {
        let mut guard = state.session();
        let s = guard.as_mut().ok_or_else(ApiError::no_project)?;
        s.save_as(&dest)?;
        view::snapshot(s)?
    };
    state.settings().remember(Path::new(&snapshot.path));
    window::set_title(&app, Some(&snapshot.file_name));
    menu::refresh_recent(&app);
    Ok(Some(snapshot))
}

/// Close the open project (its edits are all in its file already), leaving
/// its file alone in its folder.
#[tauri::command]
pub fn close_project<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> ApiResult<()> {
    state.close_session();
    window::set_title(&app, None);
    Ok(())
}

/// Apply one command (JSON, as in `docs/json-format.md`) as one undo step.
#[tauri::command]
pub fn apply(state: State<'_, AppState>, command: serde_json::Value) -> ApiResult<Applied> {
    let command: Command = serde_json::from_value(command).map_err(|e| {
        ApiError::with(
            "bad_command",
            msg!("error-bad-command", detail = e.to_string()),
        )
    })?;
    let mut guard = state.session();
    let s = guard.as_mut().ok_or_else(ApiError::no_project)?;
    let change = s.apply(&command)?;
    Ok(view::applied(s, &change)?)
}

/// Take back the last edit.
#[tauri::command]
pub fn undo(state: State<'_, AppState>) -> ApiResult<Option<Applied>> {
    let mut guard = state.session();
    let s = guard.as_mut().ok_or_else(ApiError::no_project)?;
    match s.undo()? {
        Some(change) => Ok(Some(view::applied(s, &change)?)),
        None => Ok(None),
    }
}

/// Apply the last undone edit again.
#[tauri::command]
pub fn redo(state: State<'_, AppState>) -> ApiResult<Option<Applied>> {
    let mut guard = state.session();
    let s = guard.as_mut().ok_or_else(ApiError::no_project)?;
    match s.redo()? {
        Some(change) => Ok(Some(view::applied(s, &change)?)),
        None => Ok(None),
    }
}

/// The grid of one map laid out for the screen: the same shapes the PDF and
/// PNG exports paint, in layers.
#[tauri::command]
pub fn map_scene(state: State<'_, AppState>, map: MapId) -> ApiResult<Scene> {
    let guard = state.session();
    let s = guard.as_ref().ok_or_else(ApiError::no_project)?;
    let mut fonts = state.fonts();
    Ok(scene(s.doc(), map, local_today(), &mut fonts)?)
}

fn recent(state: &AppState) -> Vec<RecentFile> {
    state
        .settings()
        .recent
        .iter()
        .map(|p| RecentFile {
            path: p.display().to_string(),
            name: p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            exists: p.exists(),
        })
        .collect()
}

/// Recently opened files, newest first.
#[tauri::command]
pub fn recent_files(state: State<'_, AppState>) -> Vec<RecentFile> {
    recent(&state)
}

/// Store a picture (a dropped file's path, or one chosen in a dialog) and put
/// it on a persona, a card or a new card in a cell, as one undo step. `None`
/// means the user cancelled.
#[tauri::command]
pub async fn set_image<R: Runtime>(
    app: AppHandle<R>,
    target: PictureTarget,
    path: Option<String>,
) -> ApiResult<Option<Applied>> {
    let path = match path {
        Some(p) => PathBuf::from(p),
        None => match app
            .dialog()
            .file()
            .set_title(language::text(&app, "dialog-choose-picture"))
            .add_filter(
                language::text(&app, "dialog-filter-pictures"),
                &["png", "jpg", "jpeg"],
            )
            .blocking_pick_file()
            .and_then(|f| f.into_path().ok())
        {
            Some(p) => p,
            None => return Ok(None),
        },
    };
    // Read before locking: a large file must not hold up other commands.
    let data = waymark::images::read_file(&path)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let state = app.state::<AppState>();
    let mut guard = state.session();
    let s = guard.as_mut().ok_or_else(ApiError::no_project)?;
    let change = s.set_picture(target, data, &name)?;
    Ok(Some(view::applied(s, &change)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;
    use waymark::layout::Fonts;

    fn state_with(template: Template, dir: &Path) -> AppState {
        let state = AppState::new(Settings::default());
        let session = Session::create_from_template(&dir.join("p.waymark"), template, None, "")
            .expect("a project from a template");
        state.replace_session(Some(session));
        state
    }

    #[test]
    fn the_first_maps_scene_is_laid_out_ahead_and_handed_over_once() {
        let dir = tempfile::tempdir().expect("temp dir");
        let state = state_with(Template::B2c, dir.path());
        prepare_first_scene(&state);
        let first = state.take_first_scene().expect("a scene laid out ahead");
        let guard = state.session();
        let doc = guard.as_ref().expect("open").doc();
        assert_eq!(first.map, doc.maps()[0].id);
        let fresh = scene(doc, first.map, local_today(), &mut Fonts::new()).expect("scene");
        assert_eq!(first.scene, fresh, "the same scene map_scene would give");
        drop(guard);
        assert!(state.take_first_scene().is_none(), "handed over only once");
    }

    #[test]
    fn no_scene_is_laid_out_ahead_without_a_project() {
        let state = AppState::new(Settings::default());
        prepare_first_scene(&state);
        assert!(state.take_first_scene().is_none());
    }
}
