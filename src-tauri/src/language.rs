//! The UI's language: the one the user chose from the Language menu (kept in
//! the settings), else the first of the system's locales that Waymark has a
//! catalog for, else English. The page renders every word itself; the shell
//! only decides which language and keeps the choice. Uses `state` and
//! `reply` of the shell.

use crate::reply::{ApiError, ApiResult};
use crate::settings::Formats;
use crate::state::AppState;
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};
use waymark::i18n;
use waymark::i18n::escaped;
use waymark::msg;

/// The UI's language as the page applies it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UiLanguage {
    /// Its tag (`en`, `fa`...): a language with a catalog.
    pub lang: String,
    /// `rtl` or `ltr`, for the document's `dir`.
    pub dir: String,
    /// The user's choice of digits and calendar (the page builds its
    /// formatting locale from it with `Intl.Locale`).
    pub formats: Formats,
    /// Show every word of the page pseudo-localised (accented and longer
    /// English), to find controls too small for longer languages. Only a
    /// saved language of [`PSEUDO`] turns it on (tests and translators).
    pub pseudo: bool,
}

/// The pseudo-locale's tag (accented English, as Android and Chromium name
/// it): saved as the language in the settings, the UI shows English words
/// accented and lengthened.
pub const PSEUDO: &str = "en-XA";

impl UiLanguage {
    fn of(lang: &str) -> Self {
        UiLanguage {
            lang: lang.to_string(),
            dir: i18n::direction(lang).to_string(),
            formats: Formats::default(),
            pseudo: false,
        }
    }
}

/// A word of the shell's own (a native dialog's title, a file type) in the
/// UI's language.
pub fn text<R: Runtime>(app: &AppHandle<R>, key: &str) -> String {
    i18n::text(&current(&app.state::<AppState>()).lang, key)
}

/// The language for a saved choice and the system's locales, in that order.
pub fn choose(saved: Option<&str>, system: &[String]) -> UiLanguage {
    let wanted = saved.into_iter().chain(system.iter().map(String::as_str));
    UiLanguage::of(i18n::negotiate(wanted))
}

/// The UI's language now.
pub fn current(state: &AppState) -> UiLanguage {
    let (saved, formats) = {
        let s = state.settings();
        (s.language.clone(), s.formats)
    };
    let system: Vec<String> = sys_locale::get_locales().collect();
    UiLanguage {
        formats,
        pseudo: saved.as_deref() == Some(PSEUDO),
        ..choose(saved.as_deref(), &system)
    }
}

/// Lay the window's own widgets (the menu bar) out in `ui`'s direction. GTK
/// takes its direction from the locale at start; the page mirrors itself.
/// Runs on the main thread (setup, and `set_language`, a synchronous command).
pub fn apply_direction(ui: &UiLanguage) {
    #[cfg(target_os = "linux")]
    gtk::Widget::set_default_direction(if ui.dir == "rtl" {
        gtk::TextDirection::Rtl
    } else {
        gtk::TextDirection::Ltr
    });
    #[cfg(not(target_os = "linux"))]
    let _ = ui;
}

/// Switch the UI to `lang` and remember it; a language without a catalog is
/// refused and nothing changes.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, lang: String) -> ApiResult<UiLanguage> {
    if !i18n::languages().any(|l| l == lang) {
        return Err(ApiError::with(
            "invalid",
            msg!("problem-language-unknown", lang = escaped(&lang)),
        ));
    }
    let mut settings = state.settings();
    settings.language = Some(lang.clone());
    settings.save();
    let ui = UiLanguage {
        formats: settings.formats,
        ..UiLanguage::of(&lang)
    };
    apply_direction(&ui);
    Ok(ui)
}

/// Choose how numbers and dates are written (Latin digits, the Gregorian
/// calendar, or the language's own) and remember it.
#[tauri::command]
pub fn set_formats(state: State<'_, AppState>, formats: Formats) -> ApiResult<UiLanguage> {
    {
        let mut settings = state.settings();
        settings.formats = formats;
        settings.save();
    }
    Ok(current(&state))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn system(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn a_saved_choice_wins_over_the_system() {
        let ui = choose(Some("uk"), &system(&["tr_TR.UTF-8"]));
        assert_eq!(ui, UiLanguage::of("uk"));
    }

    #[test]
    fn without_a_choice_the_first_system_locale_with_a_catalog_is_taken() {
        assert_eq!(choose(None, &system(&["de-DE", "fa-IR"])).lang, "fa");
        assert_eq!(choose(None, &system(&["fa-IR"])).dir, "rtl");
        assert_eq!(choose(None, &system(&["lv_LV.UTF-8"])).lang, "lv");
    }

    #[test]
    fn the_pseudo_locale_is_english_words_made_longer() {
        let ui = choose(Some(PSEUDO), &system(&["uk"]));
        assert_eq!(ui.lang, "en", "its catalog is English's");
    }

    #[test]
    fn an_unknown_or_missing_locale_gives_english() {
        assert_eq!(choose(None, &system(&["C"])), UiLanguage::of("en"));
        assert_eq!(choose(Some("xx"), &system(&[])), UiLanguage::of("en"));
        assert_eq!(choose(None, &[]).dir, "ltr");
    }

    /// Nothing the shell shows is left in English: the calls that put words
    /// on screen (dialog titles, file types, suggested names, menu items)
    /// never take a string literal; their words come from the catalog.
    #[test]
    fn the_shell_shows_no_literal_words() {
        // A call, and which of its arguments holds the words.
        const SHOWS: &[(&str, usize)] = &[
            (".set_title(", 0),
            (".add_filter(", 0),
            (".set_file_name(", 0),
            (".title(", 0),
            (".message(", 0),
            ("MenuItem::with_id(", 2),
            ("Submenu::with_id(", 2),
            ("MenuItemBuilder::with_id(", 1),
            ("CheckMenuItemBuilder::with_id(", 1),
            ("SubmenuBuilder::with_id(", 2),
        ];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut found = Vec::new();
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            let text = std::fs::read_to_string(&path).unwrap();
            // Tests may spell out what they expect.
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            for (n, line) in code.lines().enumerate() {
                let line = line.trim_start();
                if line.starts_with("//") {
                    continue;
                }
                for (call, arg) in SHOWS {
                    if let Some(at) = line.find(call) {
                        let rest = &line[at + call.len()..];
                        let literal = rest
                            .split(',')
                            .nth(*arg)
                            .is_some_and(|a| a.trim().starts_with('"'));
                        if literal {
                            found.push(format!("{}:{}: {line}", path.display(), n + 1));
                        }
                    }
                }
            }
        }
        assert!(
            found.is_empty(),
            "literal words in the shell:\n{}",
            found.join("\n")
        );
    }
}
