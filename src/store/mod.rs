//! The project file: one SQLite database per project (`.waymark`).
//!
//! Every change is written as row-level inserts, updates and deletes together
//! with its history entry in one transaction, so undo and redo survive closing
//! the file, and a crash at any moment loses no committed edit.
//!
//! Journal mode: rollback journal (`DELETE`) with `synchronous = FULL`. After a
//! commit returns, the whole project is in the `.waymark` file itself, so a copy
//! made with a file manager right after an edit is complete. The file is held
//! with `locking_mode = EXCLUSIVE`, so a second Waymark (or any other program)
//! cannot write it behind our back; they get a clear "locked" error instead.
//! (WAL with a checkpoint after every commit was measured too; see
//! `docs/benchmarks.md`.)
//!
//! In exclusive locking mode SQLite keeps the journal file
//! (`<file>-journal`, its header zeroed) between transactions instead of
//! deleting it, and a journal left by a process that died is only deleted by
//! a connection that writes. Closing a store ([`Store::close`], or dropping
//! it) therefore lets go of the file tidily: normal locking, then the journal
//! mode through `PERSIST` back to `DELETE`, which deletes the journal while
//! the lock is still held. A closed project is one file.

mod rows;
pub mod schema;

use crate::change::Change;
use crate::error::{Error, FileProblem, Result};
use crate::files::{publish, temp_beside};
use crate::i18n::{Label, Message};
use crate::model::Document;
use crate::{invalid, msg};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use rows::storage_problem;

/// Most undo steps kept in a file; older ones are dropped as new ones arrive.
pub const MAX_HISTORY: i64 = 1000;

/// An open project file, locked for this process. Closing it (or dropping
/// it) deletes the journal SQLite keeps beside it while it is open.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Set once the journal has been let go of, so `Drop` does not repeat it.
    released: bool,
}

/// One undo step as stored in the file.
#[derive(Clone, Debug)]
pub struct HistoryEntry {
    /// Position in the history (grows with every new edit).
    pub seq: i64,
    /// What the edit is called (`history-move-card`).
    pub label: Label,
    /// What it did.
    pub change: Change,
}

/// How a commit moves the history.
#[derive(Clone, Copy, Debug)]
pub enum HistoryStep<'a> {
    /// A new edit: forget the redo steps and record this one under its label.
    New(&'a Label),
    /// Undo of the entry with this `seq`.
    Undo(i64),
    /// Redo of the entry with this `seq`.
    Redo(i64),
}

/// A stored label: the JSON of a [`Label`]; anything else (a file edited by
/// hand) is shown as the text it is rather than failing the undo.
fn read_label(stored: String) -> Label {
    serde_json::from_str(&stored).unwrap_or(Label::Text { text: stored })
}

/// Set the pragmas every project connection uses. `locking_mode` first, so
/// the very first read takes the lock that is then kept.
fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(Duration::from_millis(200))?;
    conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
    Ok(())
}

/// Undo what exclusive locking leaves behind: back to normal locking, and
/// the journal mode from `PERSIST` to `DELETE`, a switch on which SQLite
/// deletes the journal file (only outside exclusive mode, and while this
/// connection still holds its lock, so no other connection's journal can be
/// touched). Must run outside a transaction, as closing does.
fn release(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "locking_mode", "NORMAL")?;
    conn.pragma_update(None, "journal_mode", "PERSIST")?;
    conn.pragma_update(None, "journal_mode", "DELETE")?;
    Ok(())
}

fn configure_writes(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "journal_mode", "DELETE")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

impl Store {
    /// Create a new project file holding `doc`, refusing to overwrite a file.
    /// The file appears complete or not at all.
    pub fn create(path: &Path, doc: &Document) -> Result<Store> {
        if path.exists() {
            return Err(Error::file(path, FileProblem::Exists));
        }
        Self::write_new(path, doc)?;
        Self::attach(path)
    }

    /// Create a new project file holding `doc` at `path`, replacing a file
    /// that is there (the user agreed to it). The new file is written beside
    /// it and renamed over it once complete, with the folder synced, so
    /// `path` holds the old file or the whole new one, never half of either.
    /// The caller makes sure no open store writes `path`.
    pub fn create_replacing(path: &Path, doc: &Document) -> Result<Store> {
        Self::write_new(path, doc)?;
        Self::attach(path)
    }

    /// Write `doc` into a fresh file at `path` (replacing what is there).
    fn write_new(path: &Path, doc: &Document) -> Result<()> {
        let tmp = temp_beside(path);
        let result = (|| -> Result<()> {
            let mut conn = Connection::open(&tmp)?;
            configure_writes(&conn)?;
            let tx = conn.transaction()?;
            schema::migrate(&tx, 0)?;
            for record in doc.records() {
                rows::insert(&tx, &record)?;
            }
            tx.commit()?;
            conn.close().map_err(|(_, e)| e)?;
            Ok(())
        })();
        if let Err(e) = result {
            let _ = std::fs::remove_file(&tmp);
            return Err(match e {
                Error::Storage(e) => storage_problem(path, e),
                other => other,
            });
        }
        publish(&tmp, path)
    }

    /// Open and lock a file this process just wrote, without reading it back.
    fn attach(path: &Path) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| storage_problem(path, e))?;
        let store = Store {
            conn,
            path: path.to_path_buf(),
            released: false,
        };
        store.lock().map_err(|e| storage_problem(path, e))?;
        Ok(store)
    }

    fn lock(&self) -> rusqlite::Result<()> {
        configure(&self.conn)?;
        configure_writes(&self.conn)?;
        // An empty exclusive transaction takes the write lock; in exclusive
        // locking mode it is then kept until the file is closed.
        self.conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;")
    }

    /// Open a project file, check it and load it. A file that is not a Waymark
    /// project, is damaged, newer, read-only or locked gives a clear error and
    /// is left exactly as it was.
    pub fn open(path: &Path) -> Result<(Store, Document)> {
        if !path.exists() {
            return Err(Error::file(path, FileProblem::Missing));
        }
        if path.is_dir() {
            return Err(Error::file(path, FileProblem::NotWaymark));
        }
        let fail = |e: rusqlite::Error| storage_problem(path, e);
        let mut conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(fail)?;
        configure(&conn).map_err(fail)?;
        let app: i64 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(fail)?;
        if app != schema::APPLICATION_ID {
            return Err(Error::file(path, FileProblem::NotWaymark));
        }
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(fail)?;
        if version > schema::current_version() {
            return Err(Error::file(
                path,
                FileProblem::Newer {
                    found: version,
                    supported: schema::current_version(),
                },
            ));
        }
        if conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true) {
            return Err(Error::file(
                path,
                FileProblem::Io(Message::new("problem-read-only")),
            ));
        }
        let check: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(fail)?;
        if check != "ok" {
            return Err(Error::file(path, FileProblem::corrupt(check)));
        }
        configure_writes(&conn).map_err(fail)?;
        // Upgrade (if needed) and load in one transaction: a file that fails to
        // load is rolled back to exactly what it was.
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Exclusive)
            .map_err(fail)?;
        if version < schema::current_version() {
            schema::migrate(&tx, version).map_err(fail)?;
        }
        let doc = rows::load(&tx, path)?;
        tx.commit().map_err(fail)?;
        Ok((
            Store {
                conn,
                path: path.to_path_buf(),
                released: false,
            },
            doc,
        ))
    }

    /// Close the file, deleting the journal SQLite kept beside it, so the
    /// project is one file again. Dropping a store does the same but cannot
    /// report a failure; the file itself is complete either way.
    pub fn close(mut self) -> Result<()> {
        self.released = true;
        release(&self.conn).map_err(|e| storage_problem(&self.path, e))
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Read the whole document again from the file.
    pub fn reload(&self) -> Result<Document> {
        rows::load(&self.conn, &self.path)
    }

    /// Write a change and move the history, in one transaction.
    pub fn commit(&mut self, change: &Change, step: HistoryStep<'_>) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for op in &change.ops {
            rows::write_op(&tx, op)?;
        }
        match step {
            HistoryStep::New(label) => {
                let json = serde_json::to_string(change)
                    .map_err(|e| invalid!("problem-change-unwritable", detail = e.to_string()))?;
                let label = serde_json::to_string(label)
                    .map_err(|e| invalid!("problem-change-unwritable", detail = e.to_string()))?;
                tx.prepare_cached("DELETE FROM history WHERE undone = 1")?
                    .execute([])?;
                tx.prepare_cached(
                    "INSERT INTO history (label, change, at) \
                     VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                )?
                .execute(rusqlite::params![label, json])?;
                let seq = tx.last_insert_rowid();
                tx.prepare_cached("DELETE FROM history WHERE seq <= ?1")?
                    .execute([seq - MAX_HISTORY])?;
            }
            HistoryStep::Undo(seq) | HistoryStep::Redo(seq) => {
                let undone = matches!(step, HistoryStep::Undo(_));
                tx.prepare_cached("UPDATE history SET undone = ?1 WHERE seq = ?2")?
                    .execute(rusqlite::params![undone, seq])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    fn entry(&self, sql: &str) -> Result<Option<HistoryEntry>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query([])?;
        let Some(row) = rows.next()? else {
            return Ok(None);
        };
        let json: String = row.get(2)?;
        let change = serde_json::from_str(&json).map_err(|e| {
            Error::HistoryMismatch(msg!("problem-history-unreadable", detail = e.to_string()))
        })?;
        Ok(Some(HistoryEntry {
            seq: row.get(0)?,
            label: read_label(row.get(1)?),
            change,
        }))
    }

    /// The step undo would take back, if any.
    pub fn undoable(&self) -> Result<Option<HistoryEntry>> {
        self.entry(
            "SELECT seq, label, change FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1",
        )
    }

    /// The step redo would apply again, if any.
    pub fn redoable(&self) -> Result<Option<HistoryEntry>> {
        self.entry(
            "SELECT seq, label, change FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1",
        )
    }

    /// Labels of the next undo and redo steps, for menus.
    pub fn history_labels(&self) -> Result<(Option<Label>, Option<Label>)> {
        let label = |sql: &str| -> Result<Option<Label>> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let mut rows = stmt.query([])?;
            Ok(match rows.next()? {
                Some(r) => Some(read_label(r.get(0)?)),
                None => None,
            })
        };
        Ok((
            label("SELECT label FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1")?,
            label("SELECT label FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1")?,
        ))
    }

    /// Write a complete copy of the project (history included) to `dest`
    /// through SQLite's backup API; the copy appears whole or not at all.
    pub fn save_as(&self, dest: &Path) -> Result<()> {
        let tmp = temp_beside(dest);
        if let Err(e) = self.conn.backup(
            rusqlite::MAIN_DB,
            &tmp,
            None::<fn(rusqlite::backup::Progress)>,
        ) {
            let _ = std::fs::remove_file(&tmp);
            return Err(storage_problem(dest, e));
        }
        publish(&tmp, dest)
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        if !self.released {
            // Nothing to report to: the file is complete, at worst the
            // journal stays until the next close.
            let _ = release(&self.conn);
        }
    }
}
