//! One open project: the document, its file and its history.
//!
//! The only way to edit: `apply` validates a command, applies it, commits the
//! change and its history entry to the file, and only then reports success.
//! Undo and redo are the same path with a stored change or its inverse.

use crate::apply;
use crate::change::Change;
use crate::command::Command;
use crate::error::Result;
use crate::i18n::Label;
use crate::id::{MapId, ProjectId};
use crate::images::{PictureTarget, picture_edit};
use crate::invalid;
use crate::model::{Document, Project};
use crate::store::{HistoryStep, Store};
use crate::templates::Template;
use std::path::Path;

/// An open project.
pub struct Session {
    doc: Document,
    store: Store,
}

/// Labels of the next undo and redo steps, as messages the page renders in
/// the user's language: `{"undo": {"key": "history-move-card", "args": {}},
/// "redo": null}` (a label from an old file may be `{"text": "..."}`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct HistoryState {
    /// What undo would take back (`history-move-card`), if anything.
    pub undo: Option<Label>,
    /// What redo would apply again, if anything.
    pub redo: Option<Label>,
}

impl Session {
    /// Create a new project file holding `doc`.
    pub fn create(path: &Path, doc: Document) -> Result<Session> {
        doc.validate()?;
        let store = Store::create(path, &doc)?;
        Ok(Session { doc, store })
    }

    /// Create a new project file with one map from a template, refusing to
    /// overwrite a file (`file_exists`). `language` (a BCP 47 tag, or empty
    /// for none) becomes the project's language and the template's words are
    /// written in it.
    pub fn create_from_template(
        path: &Path,
        template: Template,
        title: Option<String>,
        language: &str,
    ) -> Result<Session> {
        Session::create(path, template_document(template, title, language)?)
    }

    /// Create a new project file with one map from a template, replacing a
    /// file already at `path` (the user chose to in a save dialog). The old
    /// file is replaced only once the new one is complete: it is written
    /// beside it, renamed over it and the folder synced. `open` is the file
    /// of the project open now, if any; it is never replaced (`invalid`,
    /// `problem-replace-open-project`), however `path` spells it, because its
    /// session still holds and writes it.
    pub fn create_from_template_replacing(
        path: &Path,
        template: Template,
        title: Option<String>,
        language: &str,
        open: Option<&Path>,
    ) -> Result<Session> {
        if open.is_some_and(|o| same_file(path, o)) {
            return Err(invalid!(
                "problem-replace-open-project",
                path = path.display().to_string()
            ));
        }
        let doc = template_document(template, title, language)?;
        doc.validate()?;
        let store = Store::create_replacing(path, &doc)?;
        Ok(Session { doc, store })
    }

    /// Open an existing project file.
    pub fn open(path: &Path) -> Result<Session> {
        let (store, doc) = Store::open(path)?;
        Ok(Session { doc, store })
    }

    /// The document as it is now.
    pub fn doc(&self) -> &Document {
        &self.doc
    }

    /// The file this session writes.
    pub fn path(&self) -> &Path {
        self.store.path()
    }

    /// Apply a command, commit it with its history entry and return the change.
    /// On any error the document and the file are as they were.
    pub fn apply(&mut self, command: &Command) -> Result<Change> {
        let change = apply::apply(&mut self.doc, command)?;
        if change.is_empty() {
            return Ok(change);
        }
        self.persist(&change, HistoryStep::New(&command.label()))?;
        Ok(change)
    }

    /// Take back the last edit; `None` when there is nothing to undo.
    pub fn undo(&mut self) -> Result<Option<Change>> {
        let Some(entry) = self.store.undoable()? else {
            return Ok(None);
        };
        let change = entry.change.inverse();
        change.apply_to(&mut self.doc)?;
        self.persist(&change, HistoryStep::Undo(entry.seq))?;
        Ok(Some(change))
    }

    /// Apply the last undone edit again; `None` when there is nothing to redo.
    pub fn redo(&mut self) -> Result<Option<Change>> {
        let Some(entry) = self.store.redoable()? else {
            return Ok(None);
        };
        let change = entry.change;
        change.apply_to(&mut self.doc)?;
        self.persist(&change, HistoryStep::Redo(entry.seq))?;
        Ok(Some(change))
    }

    /// Store a picture file's bytes and put the picture on a persona, a card
    /// or a new card, as one undo step ([`picture_edit`]); `file_name` gives
    /// a new card its alternative text. A picture that cannot be used
    /// (`image_refused`) or a target that is gone changes nothing.
    pub fn set_picture(
        &mut self,
        target: PictureTarget,
        data: Vec<u8>,
        file_name: &str,
    ) -> Result<Change> {
        self.apply(&picture_edit(target, data, file_name))
    }

    /// What undo and redo would do next.
    pub fn history(&self) -> Result<HistoryState> {
        let (undo, redo) = self.store.history_labels()?;
        Ok(HistoryState { undo, redo })
    }

    /// Write a copy to `dest` and continue editing the copy (Save As). The
    /// original file stays as it was at this moment.
    /// If anything fails, the session keeps editing the original.
    pub fn save_as(&mut self, dest: &Path) -> Result<()> {
        if same_file(dest, self.store.path()) {
            return Ok(());
        }
        self.store.save_as(dest)?;
        let (store, doc) = Store::open(dest)?;
        self.store = store;
        self.doc = doc;
        Ok(())
    }

    /// Close the project: its edits are all in its file already; this lets
    /// go of the file so that it is the only file left (no journal beside
    /// it). Dropping a session does the same without reporting a failure.
    pub fn close(self) -> Result<()> {
        self.store.close()
    }

    /// Commit an applied change; if the file refuses it, put the document back
    /// so memory and file never disagree.
    fn persist(&mut self, change: &Change, step: HistoryStep<'_>) -> Result<()> {
        if let Err(e) = self.store.commit(change, step) {
            if change.inverse().apply_to(&mut self.doc).is_err() {
                // Memory can no longer be trusted: take the file's word for it.
                if let Ok(doc) = self.store.reload() {
                    self.doc = doc;
                }
            }
            return Err(e);
        }
        Ok(())
    }
}

/// A project in `language` holding one map made from `template`, titled
/// `title` (the template's own title in that language when left out).
fn template_document(
    template: Template,
    title: Option<String>,
    language: &str,
) -> Result<Document> {
    crate::model::check_language(language)?;
    let words = if language.is_empty() {
        crate::apply::NAMES_LANG
    } else {
        language
    };
    let title = title.unwrap_or_else(|| template.text(words, template.spec().title));
    let mut doc = Document::new(Project {
        id: ProjectId::new(),
        title: title.clone(),
        description: String::new(),
        language: language.to_string(),
    });
    apply::apply(
        &mut doc,
        &Command::CreateMap {
            id: Some(MapId::new()),
            template,
            title: Some(title),
            kind: None,
            language: None,
        },
    )?;
    Ok(doc)
}

/// Tell whether two paths name the same file, however they are spelled
/// (relative, through a symlink); `a` need not exist yet.
pub fn same_file(a: &Path, b: &Path) -> bool {
    let full = |p: &Path| -> Option<std::path::PathBuf> {
        if let Ok(c) = std::fs::canonicalize(p) {
            return Some(c);
        }
        let parent = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        Some(std::fs::canonicalize(parent).ok()?.join(p.file_name()?))
    };
    match (full(a), full(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Session({})", self.store.path().display())
    }
}
