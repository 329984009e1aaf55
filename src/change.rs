//! What applying a command did, record by record, and how to apply or undo it.
//!
//! A [`Change`] lists records added, updated (from, to) and removed, in the order
//! they happened. Its inverse swaps adds and removes, swaps from and to, and runs
//! backwards, so undo and redo need no code per command. The same list is what
//! the store writes as rows and what the UI patches its view with.

use crate::error::{Error, Result, record};
use crate::model::{Document, Record, RecordId};
use crate::{invalid, msg};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One record-level edit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "op", rename_all = "snake_case")]
// An update carries two records by design (before and after); ops live only
// as long as one edit, so boxing them would buy nothing but allocations.
#[allow(clippy::large_enum_variant)]
pub enum Op {
    /// A record was created.
    Add {
        /// The new record.
        record: Record,
    },
    /// A record was changed.
    Update {
        /// The record before.
        from: Record,
        /// The record after.
        to: Record,
    },
    /// A record was deleted.
    Remove {
        /// The record as it was.
        record: Record,
    },
}

impl Op {
    /// The id of the record this op touches.
    pub fn id(&self) -> RecordId {
        match self {
            Op::Add { record } | Op::Remove { record } => record.id(),
            Op::Update { to, .. } => to.id(),
        }
    }

    /// The op that undoes this one.
    pub fn inverse(&self) -> Op {
        match self {
            Op::Add { record } => Op::Remove {
                record: record.clone(),
            },
            Op::Remove { record } => Op::Add {
                record: record.clone(),
            },
            Op::Update { from, to } => Op::Update {
                from: to.clone(),
                to: from.clone(),
            },
        }
    }

    /// Tell whether records depending on this one must be re-checked.
    fn structural(&self) -> bool {
        match self {
            Op::Remove { .. } => true,
            Op::Add { record } => matches!(record, Record::Step(_)),
            Op::Update { to, .. } => matches!(to, Record::Lane(_) | Record::Step(_)),
        }
    }
}

/// Everything one command (or one undo or redo) did to the document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Change {
    /// Record edits in the order they were made.
    pub ops: Vec<Op>,
}

impl Change {
    /// The change that undoes this one.
    pub fn inverse(&self) -> Change {
        Change {
            ops: self.ops.iter().rev().map(Op::inverse).collect(),
        }
    }

    /// Tell whether the change does nothing.
    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }

    /// Apply this change to a document, all or nothing: every `from` must match
    /// the document, and the result must pass the model's checks.
    pub fn apply_to(&self, doc: &mut Document) -> Result<()> {
        let mut tx = Tx::new(doc);
        for op in &self.ops {
            tx.push(op.clone()).map_err(|e| match e {
                Error::NotFound(_) | Error::Duplicate(_) => Error::HistoryMismatch(e.message()),
                other => other,
            })?;
        }
        tx.commit().map(|_| ())
    }
}

/// An edit in progress: ops applied to the document as they are made and
/// collected into a [`Change`]. Dropped without [`Tx::commit`], it rolls the
/// document back, so a failed command leaves no trace.
pub struct Tx<'d> {
    doc: &'d mut Document,
    ops: Vec<Op>,
    done: bool,
}

impl<'d> Tx<'d> {
    /// Start an edit of `doc`.
    pub fn new(doc: &'d mut Document) -> Self {
        Tx {
            doc,
            ops: Vec::new(),
            done: false,
        }
    }

    /// The document as edited so far.
    pub fn doc(&self) -> &Document {
        self.doc
    }

    /// Apply one op and remember it. Checks existence only; references are
    /// checked by [`Tx::commit`].
    pub fn push(&mut self, op: Op) -> Result<()> {
        match &op {
            Op::Add { record } => self.doc.insert(record.clone())?,
            Op::Update { from, to } => {
                if from.id() != to.id() {
                    return Err(invalid!("problem-update-changes-id"));
                }
                let current = self.doc.get(to.id()).ok_or(Error::NotFound(to.id()))?;
                if &current != from {
                    return Err(Error::HistoryMismatch(msg!(
                        "problem-changed-elsewhere",
                        record = record(to.id())
                    )));
                }
                self.doc.replace(to.clone())?;
            }
            Op::Remove { record } => {
                let current = self
                    .doc
                    .get(record.id())
                    .ok_or(Error::NotFound(record.id()))?;
                if &current != record {
                    return Err(Error::HistoryMismatch(msg!(
                        "problem-changed-elsewhere",
                        record = crate::error::record(record.id())
                    )));
                }
                self.doc.delete(record.id())?;
            }
        }
        self.ops.push(op);
        Ok(())
    }

    /// Add a new record.
    pub fn add(&mut self, record: impl Into<Record>) -> Result<()> {
        self.push(Op::Add {
            record: record.into(),
        })
    }

    /// Replace a record by a new version of it; a version equal to the current
    /// one is skipped, so no-op edits leave no history.
    pub fn update(&mut self, record: impl Into<Record>) -> Result<()> {
        let to = record.into();
        let from = self.doc.get(to.id()).ok_or(Error::NotFound(to.id()))?;
        if from == to {
            return Ok(());
        }
        self.push(Op::Update { from, to })
    }

    /// Remove a record.
    pub fn remove(&mut self, id: impl Into<RecordId>) -> Result<()> {
        let id = id.into();
        let record = self.doc.get(id).ok_or(Error::NotFound(id))?;
        self.push(Op::Remove { record })
    }

    /// Check everything the ops touched and hand back the change; on a failed
    /// check the document is rolled back.
    pub fn commit(mut self) -> Result<Change> {
        let touched: Vec<(RecordId, bool)> = self
            .ops
            .iter()
            .map(|op| (op.id(), op.structural()))
            .collect();
        self.doc.check_after(&touched)?;
        self.done = true;
        Ok(Change {
            ops: std::mem::take(&mut self.ops),
        })
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        for op in self.ops.drain(..).rev() {
            // Undoing ops we just applied cannot fail: each inverse finds
            // exactly the record its op left behind.
            let _ = match op.inverse() {
                Op::Add { record } => self.doc.insert(record),
                Op::Update { to, .. } => self.doc.replace(to).map(|_| ()),
                Op::Remove { record } => self.doc.delete(record.id()).map(|_| ()),
            };
        }
    }
}
