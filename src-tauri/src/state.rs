//! What the shell holds between commands: the open session (one project per
//! window), the user's settings, how the startup file went, and the scene of
//! its first map, laid out while WebKit starts. Uses `view`, `reply` and
//! `settings` of the shell, never the commands above it.

use crate::reply::Opened;
use crate::settings::Settings;
use crate::view::FirstScene;
use std::sync::{Mutex, MutexGuard};
use waymark::Session;
use waymark::layout::Fonts;

/// Shared state behind every command.
pub struct AppState {
    session: Mutex<Option<Session>>,
    settings: Mutex<Settings>,
    startup: Mutex<Option<Opened>>,
    first_scene: Mutex<Option<FirstScene>>,
    fonts: Mutex<Fonts>,
}

impl AppState {
    /// Start with no project open.
    pub fn new(settings: Settings) -> Self {
        AppState {
            session: Mutex::new(None),
            settings: Mutex::new(settings),
            startup: Mutex::new(None),
            first_scene: Mutex::new(None),
            fonts: Mutex::new(Fonts::new()),
        }
    }

    /// Lock the session. A panic in another command must not lock the user
    /// out of their map, so a poisoned lock is taken over.
    pub fn session(&self) -> MutexGuard<'_, Option<Session>> {
        self.session.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Make `session` the open project (`None`: no project), and close the
    /// one open before, so its file is left alone, without the journal
    /// SQLite keeps beside it while it is open. The scene laid out ahead for
    /// the old project is forgotten.
    pub fn replace_session(&self, session: Option<Session>) {
        // The guard is a temporary: the old session is closed after the lock
        // is let go, so closing never holds up another command.
        let old = std::mem::replace(&mut *self.session(), session);
        self.set_first_scene(None);
        if let Some(old) = old {
            let path = old.path().display().to_string();
            // Every edit is in the file already; what can fail here is only
            // the tidying, which the next close of the file does again.
            if let Err(e) = old.close() {
                eprintln!("waymark: closing {path}: {e}");
            }
        }
    }

    /// Close the open project, if any (the page closed it, or the app
    /// quits: Tauri leaves the process without dropping managed state, so
    /// the session must be taken out and closed here).
    pub fn close_session(&self) {
        self.replace_session(None);
    }

    /// Lock the settings.
    pub fn settings(&self) -> MutexGuard<'_, Settings> {
        self.settings.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Lock the bundled fonts (built once: they parse four font files and
    /// cache shaping data between layouts).
    pub fn fonts(&self) -> MutexGuard<'_, Fonts> {
        self.fonts.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Remember how opening the command-line file went, for the page to ask.
    pub fn set_startup(&self, opened: Opened) {
        *self.startup.lock().unwrap_or_else(|p| p.into_inner()) = Some(opened);
    }

    /// Hand over (once) how opening the command-line file went.
    pub fn take_startup(&self) -> Option<Opened> {
        self.startup
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
    }

    /// Keep the scene of the open project's first map for the page's first
    /// paint (`None` forgets it: another project was opened).
    pub fn set_first_scene(&self, scene: Option<FirstScene>) {
        *self.first_scene.lock().unwrap_or_else(|p| p.into_inner()) = scene;
    }

    /// Hand over (once) the scene laid out ahead of the page.
    pub fn take_first_scene(&self) -> Option<FirstScene> {
        self.first_scene
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;
    use waymark::command::Command;
    use waymark::templates::Template;

    fn files_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// A session on a new file in `dir` with one edit made, so SQLite has a
    /// journal beside the file while it is open.
    fn edited(dir: &Path, name: &str) -> Session {
        let mut s = Session::create_from_template(&dir.join(name), Template::B2c, None, "")
            .expect("a project from a template");
        s.apply(&Command::SetProject {
            title: Some("Edited".into()),
            description: None,
            language: None,
        })
        .expect("an edit");
        s
    }

    #[test]
    fn closing_the_project_leaves_only_its_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let state = AppState::new(Settings::default());
        state.replace_session(Some(edited(dir.path(), "a.waymark")));
        state.close_session();
        assert!(state.session().is_none());
        assert_eq!(files_in(dir.path()), ["a.waymark"]);
        state.close_session();
    }

    #[test]
    fn opening_another_project_closes_the_first_tidily() {
        let dir = tempfile::tempdir().expect("temp dir");
        let state = AppState::new(Settings::default());
        state.replace_session(Some(edited(dir.path(), "a.waymark")));
        let b = edited(dir.path(), "b.waymark");
        state.replace_session(Some(b));
        // The first file is free again: it opens here without `file_locked`.
        let a = Session::open(&dir.path().join("a.waymark")).expect("a is let go");
        assert_eq!(a.doc().project().title, "Edited");
        a.close().expect("close");
        state.close_session();
        assert_eq!(files_in(dir.path()), ["a.waymark", "b.waymark"]);
    }
}
