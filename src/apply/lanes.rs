//! Lane commands: add from the palette of kinds, rename, change kind or colour,
//! reorder, resize, delete.

use super::{check_room, default_name, key_at, remove_cards};
use crate::change::Tx;
use crate::command::Command;
use crate::error::Result;
use crate::i18n::escaped;
use crate::id::*;
use crate::invalid;
use crate::model::*;

pub(super) fn run(tx: &mut Tx<'_>, command: &Command) -> Result<()> {
    match command {
        Command::AddLane {
            map,
            id,
            kind,
            name,
            index,
            height,
        } => {
            tx.doc().map(*map)?;
            let lanes = tx.doc().lanes(*map);
            check_room("map_lanes", lanes.len(), MAX_LANES)?;
            let keys: Vec<&str> = lanes.iter().map(|l| l.key.as_str()).collect();
            let key = key_at(&keys, *index)?;
            let made_up = default_name(tx.doc(), *map, kind.label_key());
            tx.add(Lane {
                id: id.unwrap_or_default(),
                map: *map,
                kind: *kind,
                name: name.clone().unwrap_or(made_up),
                key,
                height: height.unwrap_or(kind.default_height()),
                color: None,
            })
        }
        Command::UpdateLane {
            lane,
            name,
            kind,
            color,
        } => {
            let mut l = tx.doc().lane(*lane)?.clone();
            if let Some(n) = name {
                l.name = n.clone();
            }
            if let Some(k) = kind {
                check_kind_change(tx.doc(), &l, *k)?;
                l.kind = *k;
            }
            if let Some(c) = color {
                l.color = c.clone();
            }
            tx.update(l)
        }
        Command::MoveLane { lane, index } => {
            let mut l = tx.doc().lane(*lane)?.clone();
            let siblings = tx.doc().lanes(l.map);
            let keys: Vec<&str> = siblings
                .iter()
                .filter(|o| o.id != l.id)
                .map(|o| o.key.as_str())
                .collect();
            l.key = key_at(&keys, Some(*index))?;
            tx.update(l)
        }
        Command::ResizeLane { lane, height } => {
            let l = tx.doc().lane(*lane)?.clone();
            tx.update(Lane {
                height: *height,
                ..l
            })
        }
        Command::DeleteLane { lane } => {
            let doc = tx.doc();
            let l = doc.lane(*lane)?;
            let cards: Vec<CardId> = doc
                .cards_of(l.map)
                .filter(|c| c.lane == *lane)
                .map(|c| c.id)
                .collect();
            let emotions: Vec<EmotionId> = doc
                .emotions_of(l.map)
                .filter(|e| e.lane == *lane)
                .map(|e| e.id)
                .collect();
            remove_cards(tx, cards)?;
            for e in emotions {
                tx.remove(e)?;
            }
            tx.remove(*lane)
        }
        _ => unreachable!("lanes::run got {command:?}"),
    }
}

/// A lane can become an emotion lane only while it holds no cards, and stop
/// being one only once its curve is cleared: nothing is thrown away silently.
fn check_kind_change(doc: &Document, lane: &Lane, kind: LaneKind) -> Result<()> {
    let to_emotions = kind.holds_emotions() && !lane.kind.holds_emotions();
    let from_emotions = !kind.holds_emotions() && lane.kind.holds_emotions();
    if to_emotions && doc.cards_of(lane.map).any(|c| c.lane == lane.id) {
        return Err(invalid!(
            "problem-lane-holds-cards",
            lane = escaped(&lane.name)
        ));
    }
    if from_emotions && doc.emotions_of(lane.map).any(|e| e.lane == lane.id) {
        return Err(invalid!(
            "problem-lane-holds-curve",
            lane = escaped(&lane.name)
        ));
    }
    Ok(())
}
