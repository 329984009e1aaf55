//! Turning commands into changes: validate against the document, edit it
//! through a [`Tx`], and hand back the [`Change`]. One file per area of the map.
//!
//! A command that fails anywhere leaves the document as it was (the `Tx` rolls
//! back on drop), so callers never see half an edit.

mod cards;
mod columns;
mod lanes;
mod maps;
mod personas;

use crate::change::{Change, Tx};
use crate::command::Command;
use crate::error::Result;
use crate::invalid;
use crate::model::Document;
use crate::order;

/// Most commands in one batch (nested batches count their members).
pub const MAX_BATCH: usize = 20_000;

/// Apply a command to the document and return what changed. On error the
/// document is unchanged.
pub fn apply(doc: &mut Document, command: &Command) -> Result<Change> {
    let mut tx = Tx::new(doc);
    let mut budget = MAX_BATCH;
    run(&mut tx, command, &mut budget)?;
    tx.commit()
}

fn run(tx: &mut Tx<'_>, command: &Command, budget: &mut usize) -> Result<()> {
    *budget = budget
        .checked_sub(1)
        .ok_or_else(|| invalid!("problem-batch-too-big", max = MAX_BATCH))?;
    use Command as C;
    match command {
        C::Batch { commands, .. } => {
            for c in commands {
                run(tx, c, budget)?;
            }
            Ok(())
        }
        C::SetProject { .. }
        | C::CreateMap { .. }
        | C::DuplicateMap { .. }
        | C::SetMapInfo { .. }
        | C::MoveMap { .. }
        | C::DeleteMap { .. } => maps::run(tx, command),
        C::AddStage { .. }
        | C::UpdateStage { .. }
        | C::MoveStage { .. }
        | C::ResizeStage { .. }
        | C::DeleteStage { .. }
        | C::AddStep { .. }
        | C::RenameStep { .. }
        | C::MoveStep { .. }
        | C::ResizeStep { .. }
        | C::DeleteStep { .. } => columns::run(tx, command),
        C::AddLane { .. }
        | C::UpdateLane { .. }
        | C::MoveLane { .. }
        | C::ResizeLane { .. }
        | C::DeleteLane { .. } => lanes::run(tx, command),
        C::AddCard { .. }
        | C::EditCard { .. }
        | C::MoveCard { .. }
        | C::SetCardColor { .. }
        | C::DeleteCard { .. }
        | C::SetEmotion { .. }
        | C::ClearEmotion { .. } => cards::run(tx, command),
        C::CreatePersona { .. }
        | C::UpdatePersona { .. }
        | C::DeletePersona { .. }
        | C::LinkPersona { .. }
        | C::UnlinkPersona { .. }
        | C::AddImage { .. } => personas::run(tx, command),
    }
}

/// The order key that puts an item at `index` among `keys` (siblings in order,
/// without the item itself); `None` means after the last.
fn key_at(keys: &[&str], index: Option<usize>) -> Result<String> {
    let i = index.unwrap_or(keys.len());
    if i > keys.len() {
        return Err(invalid!(
            "problem-position-past-end",
            index = i,
            count = keys.len()
        ));
    }
    let lo = i.checked_sub(1).map(|j| keys[j]);
    Ok(order::between(lo, keys.get(i).copied()))
}

/// The language of the names the core makes up when a command leaves one out
/// (a lane named after its kind, a map's copy) and the map says none: English.
pub(crate) const NAMES_LANG: &str = crate::i18n::FALLBACK;

/// The language to make up names in for a map: the map's own, else the
/// project's, else [`NAMES_LANG`].
fn names_language(doc: &crate::model::Document, map: crate::id::MapId) -> &str {
    Some(doc.map_language(map))
        .filter(|l| !l.is_empty())
        .unwrap_or(NAMES_LANG)
}

/// A name made up from a catalog key, in the map's language.
fn default_name(doc: &crate::model::Document, map: crate::id::MapId, key: &str) -> String {
    crate::i18n::text(names_language(doc, map), key)
}

/// Refuse a new item once a container holds `max` of them; `what` names the
/// container and its items (`map_lanes`) for the message's selector.
fn check_room(what: &str, count: usize, max: usize) -> Result<()> {
    if count >= max {
        Err(invalid!("problem-no-room", what = what, max = max))
    } else {
        Ok(())
    }
}

/// Remove cards, then the pictures only they showed (deleting a stage, lane
/// or map must not leave orphan images in the file).
fn remove_cards(tx: &mut Tx<'_>, cards: Vec<crate::id::CardId>) -> Result<()> {
    let mut images = Vec::new();
    for c in cards {
        if let Some(img) = tx.doc().card(c)?.image {
            images.push(img);
        }
        tx.remove(c)?;
    }
    images.sort();
    images.dedup();
    for img in images {
        drop_asset_if_unused(tx, img)?;
    }
    Ok(())
}

/// Remove an image once nothing shows it any more, so replaced and deleted
/// pictures do not pile up in the file (undo brings them back).
fn drop_asset_if_unused(tx: &mut Tx<'_>, asset: crate::id::AssetId) -> Result<()> {
    let doc = tx.doc();
    let used = doc.personas().any(|p| p.photo == Some(asset))
        || doc
            .maps()
            .iter()
            .any(|m| doc.cards_of(m.id).any(|c| c.image == Some(asset)));
    if used || !doc.contains(asset.into()) {
        Ok(())
    } else {
        tx.remove(asset)
    }
}
