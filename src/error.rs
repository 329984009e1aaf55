//! Typed errors with stable codes and language-neutral messages.
//!
//! Every failure a user can cause has a variant here. Its `code()` is a stable
//! machine name; its `key()` and `params()` name the sentence for people in the
//! catalog (`assets/locales/*/core.ftl`), so the page can say it in the user's
//! language (the shell sends `{code, message, key, params}`). `Display` renders
//! the English catalog; the CLI prints it. Where a sentence is about a finer
//! problem (a name that is too long, a picture that cannot be read), the
//! problem is a [`Message`] of its own (`problem-...`) carried as a param, or,
//! for `invalid`, as the error's own key.

use crate::i18n::{Arg, Message};
use crate::id::RecordId;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Result with the crate's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Build a [`Message`] from a key and named arguments:
/// `msg!("problem-blank", field = Message::new("field-stage-name"))`.
#[macro_export]
macro_rules! msg {
    ($key:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($key)$(.arg(stringify!($name), $value))*
    };
}

/// Make an [`Error::Invalid`] from a problem key and named arguments.
#[macro_export]
macro_rules! invalid {
    ($($t:tt)*) => {
        $crate::error::Error::Invalid($crate::msg!($($t)*))
    };
}

/// What went wrong with a project file.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FileProblem {
    /// The file does not exist.
    #[error("{}", self.message())]
    Missing,
    /// A file is already there and would be overwritten.
    #[error("{}", self.message())]
    Exists,
    /// The file is not a SQLite database, or a database of another program.
    #[error("{}", self.message())]
    NotWaymark,
    /// The file is damaged (truncated, overwritten, failed integrity check).
    #[error("{}", self.message())]
    Corrupt(Message),
    /// The file was written by a newer Waymark.
    #[error("{}", self.message())]
    Newer {
        /// Schema version in the file.
        found: i64,
        /// Newest schema version this build reads.
        supported: i64,
    },
    /// Another process holds the file.
    #[error("{}", self.message())]
    Locked,
    /// The operating system refused (permissions, disk full...).
    #[error("{}", self.message())]
    Io(Message),
}

impl FileProblem {
    /// The system's own words for an IO failure (they come from the OS, in
    /// its language).
    pub fn io(e: &std::io::Error) -> Self {
        FileProblem::Io(crate::msg!("problem-system", detail = e.to_string()))
    }

    /// A damaged file, with what was found.
    pub fn corrupt(detail: impl Into<Arg>) -> Self {
        FileProblem::Corrupt(crate::msg!("problem-damaged", detail = detail))
    }

    /// The stable machine name of this problem (the error's code).
    pub fn code(&self) -> &'static str {
        match self {
            FileProblem::Missing => "file_missing",
            FileProblem::Exists => "file_exists",
            FileProblem::NotWaymark => "not_waymark",
            FileProblem::Corrupt(_) => "file_corrupt",
            FileProblem::Newer { .. } => "file_newer",
            FileProblem::Locked => "file_locked",
            FileProblem::Io(_) => "file_io",
        }
    }

    /// The problem alone, without the file's name (`file-problem-<code>`).
    pub fn message(&self) -> Message {
        let m = Message::new(format!("file-problem-{}", self.code().replace('_', "-")));
        match self {
            FileProblem::Corrupt(p) | FileProblem::Io(p) => m.arg("problem", p.clone()),
            FileProblem::Newer { found, supported } => {
                m.arg("found", *found).arg("supported", *supported)
            }
            _ => m,
        }
    }
}

/// Every error the core reports.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A command named a record that does not exist.
    #[error("{}", self.message())]
    NotFound(RecordId),
    /// A command tried to create a record whose id is taken.
    #[error("{}", self.message())]
    Duplicate(RecordId),
    /// A command or record breaks a rule of the model; the message says which
    /// (`problem-...`).
    #[error("{}", self.message())]
    Invalid(Message),
    /// A history entry no longer matches the document (the file was edited by
    /// something else); nothing was changed.
    #[error("{}", self.message())]
    HistoryMismatch(Message),
    /// A project file could not be opened, created or written.
    #[error("{}", self.message())]
    File {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        problem: FileProblem,
    },
    /// Foreign data (JSON import) was refused.
    #[error("{}", self.message())]
    Import(Message),
    /// An image could not be read or is too large.
    #[error("{}", self.message())]
    Image(Message),
    /// The database failed while reading or writing; the edit was not saved.
    #[error("{}", self.message())]
    Storage(#[from] rusqlite::Error),
    /// Export failed.
    #[error("{}", self.message())]
    Export(Message),
}

/// A record named in a message: `record-<type>` with its id.
pub fn record(id: RecordId) -> Message {
    Message::new(format!("record-{}", id.kind_name().replace(' ', "-")))
        .arg("id", id.uuid().to_string())
}

impl Error {
    /// Make an [`Error::Invalid`] from a problem message.
    pub fn invalid(problem: Message) -> Self {
        Error::Invalid(problem)
    }

    /// Make an [`Error::File`].
    pub fn file(path: impl Into<PathBuf>, problem: FileProblem) -> Self {
        Error::File {
            path: path.into(),
            problem,
        }
    }

    /// Make an [`Error::Export`] from a problem key without arguments.
    pub fn export(key: &str) -> Self {
        Error::Export(Message::new(key))
    }

    /// The stable machine name of this error.
    pub fn code(&self) -> &'static str {
        match self {
            Error::NotFound(_) => "not_found",
            Error::Duplicate(_) => "duplicate",
            Error::Invalid(_) => "invalid",
            Error::HistoryMismatch(_) => "history_mismatch",
            Error::File { problem, .. } => problem.code(),
            Error::Import(_) => "import_refused",
            Error::Image(_) => "image_refused",
            Error::Storage(_) => "storage",
            Error::Export(_) => "export_failed",
        }
    }

    /// The catalog key of the sentence: `error-<code>` (with `-` for `_`), or
    /// for `invalid` the problem's own key (`problem-...`).
    pub fn key(&self) -> String {
        match self {
            Error::Invalid(p) => p.key.clone(),
            other => format!("error-{}", other.code().replace('_', "-")),
        }
    }

    /// The sentence's arguments. Values are strings, numbers or messages
    /// (`{"key", "args"}`, rendered first): `problem` is the finer problem,
    /// `record` a record, `path` a file.
    pub fn params(&self) -> BTreeMap<String, Arg> {
        let one = |name: &str, value: Arg| BTreeMap::from([(name.to_string(), value)]);
        match self {
            Error::NotFound(id) | Error::Duplicate(id) => one("record", record(*id).into()),
            Error::Invalid(p) => p.args.clone(),
            Error::HistoryMismatch(p) | Error::Import(p) | Error::Image(p) | Error::Export(p) => {
                one("problem", p.clone().into())
            }
            Error::File { path, problem } => {
                let mut args = match problem {
                    FileProblem::Corrupt(p) | FileProblem::Io(p) => {
                        one("problem", p.clone().into())
                    }
                    FileProblem::Newer { found, supported } => BTreeMap::from([
                        ("found".to_string(), Arg::from(*found)),
                        ("supported".to_string(), Arg::from(*supported)),
                    ]),
                    _ => BTreeMap::new(),
                };
                args.insert("path".into(), path.display().to_string().into());
                args
            }
            Error::Storage(e) => one("detail", e.to_string().into()),
        }
    }

    /// The sentence as a message (`key()` with `params()`).
    pub fn message(&self) -> Message {
        Message {
            key: self.key(),
            args: self.params(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n;
    use crate::id::*;

    fn one_of_each() -> Vec<Error> {
        let path = PathBuf::from("/tmp/shop.waymark");
        let file = |problem| Error::file(&path, problem);
        vec![
            Error::NotFound(CardId::new().into()),
            Error::Duplicate(StageId::new().into()),
            crate::invalid!("problem-blank", field = Message::new("field-stage-name")),
            Error::HistoryMismatch(crate::msg!(
                "problem-changed-elsewhere",
                record = record(LaneId::new().into())
            )),
            file(FileProblem::Missing),
            file(FileProblem::Exists),
            file(FileProblem::NotWaymark),
            file(FileProblem::corrupt("database disk image is malformed")),
            file(FileProblem::Newer {
                found: 7,
                supported: 2,
            }),
            file(FileProblem::Locked),
            file(FileProblem::io(&std::io::Error::other("disk full"))),
            Error::Import(crate::msg!("problem-json-id-twice", id = "x")),
            Error::Image(crate::msg!("problem-picture-format")),
            Error::Storage(rusqlite::Error::InvalidQuery),
            Error::export("problem-no-map-to-export"),
        ]
    }

    #[test]
    fn every_error_names_a_catalog_key_and_renders_a_plain_sentence() {
        for e in one_of_each() {
            let key = e.key();
            assert!(i18n::has_key(&key), "{} has no catalog key {key}", e.code());
            if !matches!(e, Error::Invalid(_)) {
                assert_eq!(key, format!("error-{}", e.code().replace('_', "-")));
            }
            let text = e.to_string();
            assert!(!text.contains('{') && !text.contains("problem-"), "{text}");
            assert_eq!(text, e.message().render("en"));
        }
    }

    #[test]
    fn error_sentences_read_as_before() {
        let e = crate::invalid!("problem-blank", field = Message::new("field-stage-name"));
        assert_eq!(e.code(), "invalid");
        assert_eq!(e.key(), "problem-blank");
        assert_eq!(e.to_string(), "stage name must not be empty");
        let id = CardId::new();
        assert_eq!(
            Error::NotFound(id.into()).to_string(),
            format!("card {} does not exist", id.0)
        );
        let newer = Error::file(
            "/tmp/shop.waymark",
            FileProblem::Newer {
                found: 7,
                supported: 2,
            },
        );
        assert_eq!(
            newer.to_string(),
            "/tmp/shop.waymark: the file was made by a newer Waymark (format 7; this one reads \
             up to 2); update Waymark to open it"
        );
        assert_eq!(
            FileProblem::Locked.to_string(),
            "the file is open in another Waymark window or program"
        );
        let import = Error::Import(crate::msg!(
            "problem-json-image",
            id = "0193",
            problem = Error::Image(crate::msg!("problem-picture-format")).message()
        ));
        assert_eq!(
            import.to_string(),
            "import refused: image 0193: image refused: only PNG and JPEG pictures can be used"
        );
    }

    #[test]
    fn params_carry_the_finer_problem_the_record_and_the_path() {
        let id = CardId::new();
        let p = Error::NotFound(id.into()).params();
        assert_eq!(
            serde_json::to_value(&p).unwrap(),
            serde_json::json!({"record": {"key": "record-card", "args": {"id": id.0.to_string()}}})
        );
        let e = crate::invalid!(
            "problem-size-range",
            field = Message::new("field-lane-height"),
            value = 5,
            min = 40,
            max = 2000
        );
        assert_eq!(e.to_string(), "lane height 5 is outside 40..=2000");
        assert_eq!(e.params()["value"], Arg::Int(5));
        let f = Error::file("/tmp/a.waymark", FileProblem::Locked).params();
        assert_eq!(f["path"], Arg::Text("/tmp/a.waymark".into()));
        let i = Error::Image(crate::msg!("problem-picture-format")).params();
        assert_eq!(
            i["problem"],
            Arg::Message(Box::new(Message::new("problem-picture-format")))
        );
    }

    #[test]
    fn every_record_type_and_container_has_words() {
        let ids: [RecordId; 9] = [
            ProjectId::new().into(),
            AssetId::new().into(),
            PersonaId::new().into(),
            MapId::new().into(),
            StageId::new().into(),
            StepId::new().into(),
            LaneId::new().into(),
            CardId::new().into(),
            EmotionId::new().into(),
        ];
        for id in ids {
            let m = record(id);
            assert!(i18n::has_key(&m.key), "{}", m.key);
            assert_eq!(m.to_string(), id.to_string());
        }
        // The selector values the code passes each have their own words.
        for what in [
            "project_maps",
            "project_cards",
            "project_images",
            "project_personas",
            "cell_cards",
            "map_personas",
            "map_stages",
            "map_lanes",
            "stage_steps",
        ] {
            let (a, b) = what.split_once('_').unwrap();
            let text = crate::msg!("problem-no-room", what = what, max = 5).to_string();
            assert_eq!(text, format!("a {a} ({b}) can hold at most 5"));
        }
    }
}
