//! Typed errors with stable codes.
//!
//! Every failure a user can cause has a variant here; its `code()` is a stable
//! machine name (the shell sends `{code, message}` to the UI, the CLI prints the
//! message) and its `Display` is a plain sentence.

use crate::id::RecordId;
use std::path::PathBuf;

/// Result with the crate's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong with a project file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileProblem {
    /// The file does not exist.
    #[error("the file does not exist")]
    Missing,
    /// A file is already there and would be overwritten.
    #[error("a file with this name already exists")]
    Exists,
    /// The file is not a SQLite database, or a database of another program.
    #[error("this is not a Waymark project")]
    NotWaymark,
    /// The file is damaged (truncated, overwritten, failed integrity check).
    #[error("the file is damaged ({0})")]
    Corrupt(String),
    /// The file was written by a newer Waymark.
    #[error(
        "the file was made by a newer Waymark (format {found}; this one reads up to {supported}); update Waymark to open it"
    )]
    Newer {
        /// Schema version in the file.
        found: i64,
        /// Newest schema version this build reads.
        supported: i64,
    },
    /// Another process holds the file.
    #[error("the file is open in another Waymark window or program")]
    Locked,
    /// The operating system refused (permissions, disk full...).
    #[error("{0}")]
    Io(String),
}

/// Every error the core reports.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A command named a record that does not exist.
    #[error("{0} does not exist")]
    NotFound(RecordId),
    /// A command tried to create a record whose id is taken.
    #[error("{0} already exists")]
    Duplicate(RecordId),
    /// A command or record breaks a rule of the model.
    #[error("{0}")]
    Invalid(String),
    /// A history entry no longer matches the document (the file was edited by
    /// something else); nothing was changed.
    #[error("the undo history does not match the map any more ({0})")]
    HistoryMismatch(String),
    /// A project file could not be opened, created or written.
    #[error("{}: {problem}", path.display())]
    File {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        problem: FileProblem,
    },
    /// Foreign data (JSON import) was refused.
    #[error("import refused: {0}")]
    Import(String),
    /// An image could not be read or is too large.
    #[error("image refused: {0}")]
    Image(String),
    /// The database failed while reading or writing; the edit was not saved.
    #[error("saving failed: {0}")]
    Storage(#[from] rusqlite::Error),
    /// Export failed.
    #[error("export failed: {0}")]
    Export(String),
}

impl Error {
    /// Make an [`Error::Invalid`] from a message.
    pub fn invalid(msg: impl Into<String>) -> Self {
        Error::Invalid(msg.into())
    }

    /// Make an [`Error::File`].
    pub fn file(path: impl Into<PathBuf>, problem: FileProblem) -> Self {
        Error::File {
            path: path.into(),
            problem,
        }
    }

    /// The stable machine name of this error.
    pub fn code(&self) -> &'static str {
        match self {
            Error::NotFound(_) => "not_found",
            Error::Duplicate(_) => "duplicate",
            Error::Invalid(_) => "invalid",
            Error::HistoryMismatch(_) => "history_mismatch",
            Error::File { problem, .. } => match problem {
                FileProblem::Missing => "file_missing",
                FileProblem::Exists => "file_exists",
                FileProblem::NotWaymark => "not_waymark",
                FileProblem::Corrupt(_) => "file_corrupt",
                FileProblem::Newer { .. } => "file_newer",
                FileProblem::Locked => "file_locked",
                FileProblem::Io(_) => "file_io",
            },
            Error::Import(_) => "import_refused",
            Error::Image(_) => "image_refused",
            Error::Storage(_) => "storage",
            Error::Export(_) => "export_failed",
        }
    }
}
