//! User settings kept between runs: recent files, the last export choices,
//! the UI's language and the last menu bar, as JSON under the user's config folder (`dirs::config_dir()/waymark`).
//! `WAYMARK_CONFIG_DIR` points elsewhere (tests use it to stay out of the
//! real home folder). Window size and position are kept by the window-state
//! plugin in the app's own config folder.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How many recent files the menu lists.
pub const MAX_RECENT: usize = 10;

/// Settings as stored.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Recently opened project files, newest first.
    pub recent: Vec<PathBuf>,
    /// The last export choices, as the page sent them.
    pub export: serde_json::Value,
    /// The UI's language as the user chose it (`None`: follow the system).
    pub language: Option<String>,
    /// How numbers and dates are written where the language's own way is
    /// not Latin digits and the Gregorian calendar (Persian).
    pub formats: Formats,
    /// The menu bar the page last sent (read by `menu`), so the next start
    /// shows it before the page has loaded.
    pub menu: serde_json::Value,
    #[serde(skip)]
    file: Option<PathBuf>,
}

/// The user's choice of digits and calendar: the language's own (Persian
/// digits and the Persian calendar in Persian), unless switched off.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Formats {
    /// Write numbers in Latin digits (0-9) whatever the language.
    pub latin_digits: bool,
    /// Write dates in the Gregorian calendar whatever the language.
    pub gregorian: bool,
}

fn settings_file() -> Option<PathBuf> {
    let dir = match std::env::var_os("WAYMARK_CONFIG_DIR") {
        Some(d) => PathBuf::from(d),
        None => dirs::config_dir()?.join("waymark"),
    };
    Some(dir.join("settings.json"))
}

impl Settings {
    /// Read the settings; a missing or unreadable file gives the defaults.
    pub fn load() -> Settings {
        let file = settings_file();
        let mut s: Settings = file
            .as_deref()
            .and_then(|f| std::fs::read_to_string(f).ok())
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        s.file = file;
        s
    }

    /// Write the settings (atomically); failing to save settings is not
    /// worth interrupting the user for, so errors are only reported.
    pub fn save(&self) {
        let Some(file) = &self.file else { return };
        if let Err(e) = write_atomically(file, self) {
            eprintln!(
                "waymark: could not save settings to {}: {e}",
                file.display()
            );
        }
    }

    /// Put a file at the top of the recent list.
    pub fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
        self.save();
    }
}

fn write_atomically(file: &Path, settings: &Settings) -> Result<(), String> {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    let json = serde_json::to_vec_pretty(settings).map_err(|e| e.to_string())?;
    waymark::files::write_whole(file, &json).map_err(|e| e.to_string())
}
