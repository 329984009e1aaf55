//! What the shell holds between commands: the open session (one project per
//! window), the user's settings, how the startup file went, and the scene of
//! its first map, laid out while WebKit starts.

use crate::api::FirstScene;
use crate::reply::Opened;
use crate::settings::Settings;
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
