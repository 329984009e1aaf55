//! What the shell's commands answer besides their values: errors as
//! `{code, message}` (a stable machine name and a sentence for people), and
//! how opening a project went. Shared by the commands and the app state.

use crate::view::Snapshot;
use serde::Serialize;

/// An error as the page sees it: a stable code and a sentence for people.
#[derive(Debug, Clone, Serialize)]
pub struct ApiError {
    /// Stable machine name (`not_found`, `file_locked`, `no_project`...).
    pub code: String,
    /// Plain words for the user.
    pub message: String,
}

impl From<waymark::Error> for ApiError {
    fn from(e: waymark::Error) -> Self {
        ApiError {
            code: e.code().to_string(),
            message: e.to_string(),
        }
    }
}

impl ApiError {
    /// An error with a code and a sentence.
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        ApiError {
            code: code.to_string(),
            message: message.into(),
        }
    }

    /// The error for commands that need an open project.
    pub fn no_project() -> Self {
        ApiError::new("no_project", "No project is open.")
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
