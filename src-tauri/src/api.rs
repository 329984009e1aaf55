//! The commands the page calls. Each one parses, locks the session, calls the
//! core and maps errors to `{code, message}`; none holds the lock while a
//! native dialog waits for the user.

use crate::images::read_picture;
use crate::reply::{ApiError, ApiResult, Opened};
use crate::state::AppState;
use crate::view::{self, Applied, Snapshot};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use waymark::Session;
use waymark::command::{CardPatch, Command, PersonaPatch};
use waymark::error::FileProblem;
use waymark::i18n::{Label, escaped};
use waymark::id::{AssetId, CardId, LaneId, MapId, PersonaId, StageId, StepId};
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
}

/// A map's scene handed to the page together with the project.
#[derive(Debug, Clone, Serialize)]
pub struct FirstScene {
    /// The map it draws: the first in display order.
    pub map: MapId,
    /// What `map_scene` would return for it.
    pub scene: Scene,
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

fn title_for(app: &AppHandle<impl Runtime>, snapshot: Option<&Snapshot>) {
    if let Some(w) = app.get_webview_window("main") {
        let title = match snapshot {
            Some(s) => format!("{} — Waymark", s.file_name),
            None => "Waymark".to_string(),
        };
        let _ = w.set_title(&title);
    }
}

/// Make `session` the open project, remember it and describe it.
fn install(app: &AppHandle<impl Runtime>, session: Session) -> ApiResult<Snapshot> {
    let state = app.state::<AppState>();
    let snapshot = view::snapshot(&session)?;
    state.settings().remember(session.path());
    *state.session() = Some(session);
    state.set_first_scene(None);
    title_for(app, Some(&snapshot));
    crate::menu::refresh_recent(app);
    Ok(snapshot)
}

/// Open a project file by path (command line, single-instance hand-over,
/// recent files menu). Any previously open project is closed; every edit
/// of it is already in its file.
pub fn open_path(app: &AppHandle<impl Runtime>, path: &Path) -> Opened {
    let result = Session::open(path)
        .map_err(ApiError::from)
        .and_then(|s| install(app, s));
    match result {
        Ok(snapshot) => Opened::Opened { snapshot },
        Err(error) => Opened::Failed { error },
    }
}

fn project_filter() -> (&'static str, &'static [&'static str]) {
    ("Waymark project", &["waymark"])
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
            let (name, ext) = project_filter();
            match app
                .dialog()
                .file()
                .set_title("Open a Waymark project")
                .add_filter(name, ext)
                .blocking_pick_file()
                .and_then(|f| f.into_path().ok())
            {
                Some(p) => p,
                None => return Ok(None),
            }
        }
    };
    let session = Session::open(&path)?;
    install(&app, session).map(Some)
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
/// native save dialog. `None` means the user cancelled.
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
            let (name, ext) = project_filter();
            match app
                .dialog()
                .file()
                .set_title("Create a Waymark project")
                .add_filter(name, ext)
                .set_file_name("Journey.waymark")
                .blocking_save_file()
                .and_then(|f| f.into_path().ok())
            {
                Some(p) => (with_extension(p), true),
                None => return Ok(None),
            }
        }
    };
    // The native dialog has already asked before replacing a file; the old
    // file is replaced only once the new one is complete, and never while it
    // is the project open in this window.
    let session = if chosen_in_dialog && path.exists() {
        let open = app
            .state::<AppState>()
            .session()
            .as_ref()
            .map(|s| s.path().to_path_buf());
        if open.is_some_and(|o| waymark::session::same_file(&path, &o)) {
            return Err(ApiError::with(
                "file_exists",
                msg!(
                    "problem-replace-open-project",
                    path = path.display().to_string()
                ),
            ));
        }
        let mut tmp = path.clone().into_os_string();
        tmp.push(".new");
        let tmp = PathBuf::from(tmp);
        let _ = std::fs::remove_file(&tmp);
        drop(Session::create_from_template(&tmp, template, title)?);
        std::fs::rename(&tmp, &path).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            ApiError::from(waymark::Error::file(&path, FileProblem::io(&e)))
        })?;
        Session::open(&path)?
    } else {
        Session::create_from_template(&path, template, title)?
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
            let (name, ext) = project_filter();
            match app
                .dialog()
                .file()
                .set_title("Save a copy as")
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
    title_for(&app, Some(&snapshot));
    crate::menu::refresh_recent(&app);
    Ok(Some(snapshot))
}

/// Close the open project (its edits are all in its file already).
#[tauri::command]
pub fn close_project<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> ApiResult<()> {
    *state.session() = None;
    title_for(&app, None);
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

/// The user's local date: whether a map is due for review is judged on the
/// day the user sees it (UTC when the system has no time zone).
pub fn local_today() -> jiff::civil::Date {
    jiff::ZonedDateTime::now().date()
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

/// Where a picture goes.
#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImageTarget {
    /// A persona's photo.
    Persona {
        /// The persona.
        persona: PersonaId,
    },
    /// An existing card's picture.
    Card {
        /// The card.
        card: CardId,
    },
    /// A new picture card in a cell.
    NewCard {
        /// Row.
        lane: LaneId,
        /// Column.
        stage: StageId,
        /// Step, when the stage has steps.
        #[serde(default)]
        step: Option<StepId>,
        /// Place in the cell; last when left out.
        #[serde(default)]
        index: Option<usize>,
    },
}

/// Store a picture (a dropped file's path, or one chosen in a dialog) and put
/// it on a persona or card, as one undo step.
#[tauri::command]
pub async fn set_image<R: Runtime>(
    app: AppHandle<R>,
    target: ImageTarget,
    path: Option<String>,
) -> ApiResult<Option<Applied>> {
    let path = match path {
        Some(p) => PathBuf::from(p),
        None => match app
            .dialog()
            .file()
            .set_title("Choose a picture")
            .add_filter("Pictures", &["png", "jpg", "jpeg"])
            .blocking_pick_file()
            .and_then(|f| f.into_path().ok())
        {
            Some(p) => p,
            None => return Ok(None),
        },
    };
    let data = read_picture(&path)?;
    let asset = AssetId::new();
    let alt = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (label, then) = match target {
        ImageTarget::Persona { persona } => (
            "history-set-persona-photo",
            Command::UpdatePersona {
                persona,
                patch: PersonaPatch {
                    photo: Some(Some(asset)),
                    ..PersonaPatch::default()
                },
            },
        ),
        ImageTarget::Card { card } => (
            "history-set-card-picture",
            Command::EditCard {
                card,
                patch: CardPatch {
                    image: Some(Some(asset)),
                    ..CardPatch::default()
                },
            },
        ),
        ImageTarget::NewCard {
            lane,
            stage,
            step,
            index,
        } => (
            "history-add-picture",
            Command::AddCard {
                id: None,
                lane,
                stage,
                step,
                index,
                color: None,
                content: CardPatch {
                    image: Some(Some(asset)),
                    alt: Some(alt),
                    ..CardPatch::default()
                },
            },
        ),
    };
    let batch = Command::Batch {
        label: Some(Label::key(label)),
        commands: vec![
            Command::AddImage {
                id: Some(asset),
                data,
            },
            then,
        ],
    };
    let state = app.state::<AppState>();
    let mut guard = state.session();
    let s = guard.as_mut().ok_or_else(ApiError::no_project)?;
    let change = s.apply(&batch)?;
    Ok(Some(view::applied(s, &change)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;
    use waymark::layout::Fonts;

    fn state_with(template: Template, dir: &Path) -> AppState {
        let state = AppState::new(Settings::default());
        let session = Session::create_from_template(&dir.join("p.waymark"), template, None)
            .expect("a project from a template");
        *state.session() = Some(session);
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
