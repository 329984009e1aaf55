//! What the shell's commands answer besides their values: errors as
//! `{code, message, key, params}` (a stable machine name, an English sentence,
//! and the same sentence as a catalog key with its arguments, so the page can
//! say it in the user's language), and how opening a project went. Shared by
//! the commands and the app state; uses only `view` of the shell.

use crate::view::Snapshot;
use serde::Serialize;
use std::collections::BTreeMap;
use waymark::i18n::{Arg, Message};

/// An error as the page sees it: a stable code, an English sentence, and the
/// sentence's catalog key with its params (strings, numbers or nested
/// messages `{key, args}`, rendered first).
#[derive(Debug, Clone, Serialize)]
pub struct ApiError {
    /// Stable machine name (`not_found`, `file_locked`, `no_project`...).
    pub code: String,
    /// The sentence in English (the catalog's fallback), for logs and tests.
    pub message: String,
    /// Catalog key of the sentence (`error-file-locked`, `problem-blank`...).
    pub key: String,
    /// The sentence's arguments.
    pub params: BTreeMap<String, Arg>,
}

impl From<waymark::Error> for ApiError {
    fn from(e: waymark::Error) -> Self {
        ApiError::with(e.code(), e.message())
    }
}

impl ApiError {
    /// An error with a code and the message that says it.
    pub fn with(code: &str, message: Message) -> Self {
        ApiError {
            code: code.to_string(),
            message: message.to_string(),
            key: message.key,
            params: message.args,
        }
    }

    /// The error for commands that need an open project.
    pub fn no_project() -> Self {
        ApiError::with("no_project", Message::new("error-no-project"))
    }

    /// The window or its menu refused (Tauri's own error, in its words).
    pub fn window(e: impl std::fmt::Display) -> Self {
        ApiError::with(
            "window_failed",
            waymark::msg!("error-window-failed", detail = e.to_string()),
        )
    }
}

/// What a command returns.
pub type ApiResult<T> = Result<T, ApiError>;

/// How opening a project went: the snapshot, or why not.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum Opened {
    /// The project is open.
    Opened {
        /// Its content.
        snapshot: Snapshot,
    },
    /// It could not be opened; nothing changed.
    Failed {
        /// Why.
        error: ApiError,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use waymark::error::FileProblem;

    #[test]
    fn a_core_error_reaches_the_page_as_code_message_key_and_params() {
        let e: ApiError = waymark::Error::file("/tmp/shop.waymark", FileProblem::Locked).into();
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            serde_json::json!({
                "code": "file_locked",
                "message": "/tmp/shop.waymark: the file is open in another Waymark window or program",
                "key": "error-file-locked",
                "params": {"path": "/tmp/shop.waymark"}
            })
        );
        let invalid: ApiError =
            waymark::invalid!("problem-blank", field = Message::new("field-stage-name")).into();
        assert_eq!(
            serde_json::to_value(&invalid).unwrap(),
            serde_json::json!({
                "code": "invalid",
                "message": "stage name must not be empty",
                "key": "problem-blank",
                "params": {"field": {"key": "field-stage-name", "args": {}}}
            })
        );
    }

    #[test]
    fn the_shells_own_errors_have_catalog_keys_too() {
        let e = ApiError::no_project();
        assert_eq!(
            (e.code.as_str(), e.key.as_str()),
            ("no_project", "error-no-project")
        );
        assert_eq!(e.message, "No project is open.");
        assert!(waymark::i18n::has_key(&e.key));
        let w = ApiError::window("no such window");
        assert_eq!(
            (w.code.as_str(), w.key.as_str()),
            ("window_failed", "error-window-failed")
        );
        assert!(w.message.contains("no such window"), "{}", w.message);
    }
}
