//! Card and emotion commands: add, edit, move, recolour and delete cards; set
//! and clear the points of an emotion curve.

use super::{check_room, drop_asset_if_unused, key_at};
use crate::change::Tx;
use crate::command::{CardPatch, Command};
use crate::error::{Error, Result};
use crate::id::*;
use crate::model::*;

pub(super) fn run(tx: &mut Tx<'_>, command: &Command) -> Result<()> {
    match command {
        Command::AddCard {
            id,
            lane,
            stage,
            step,
            index,
            color,
            content,
        } => {
            let doc = tx.doc();
            let l = doc.lane(*lane)?;
            doc.check_column(l.map, *stage, *step)?;
            check_fields(l, content)?;
            check_room("project (cards)", doc.counts()[4], MAX_CARDS)?;
            let siblings = doc.cards_in(*lane, *stage, *step);
            check_room("cell (cards)", siblings.len(), MAX_CARDS_PER_CELL)?;
            let keys: Vec<&str> = siblings.iter().map(|c| c.key.as_str()).collect();
            let mut card = Card {
                id: id.unwrap_or_default(),
                map: l.map,
                stage: *stage,
                step: *step,
                lane: *lane,
                key: key_at(&keys, *index)?,
                text: String::new(),
                color: color.clone(),
                channel: None,
                severity: None,
                impact: None,
                effort: None,
                metric: None,
                owner: String::new(),
                image: None,
                alt: String::new(),
            };
            patch_card(&mut card, content);
            tx.add(card)
        }
        Command::EditCard { card, patch } => {
            let doc = tx.doc();
            let old = doc.card(*card)?.clone();
            check_fields(doc.lane(old.lane)?, patch)?;
            let mut new = old.clone();
            patch_card(&mut new, patch);
            tx.update(new)?;
            match old.image {
                Some(img) if patch.image.is_some() => drop_asset_if_unused(tx, img),
                _ => Ok(()),
            }
        }
        Command::MoveCard {
            card,
            lane,
            stage,
            step,
            index,
        } => {
            let doc = tx.doc();
            let mut c = doc.card(*card)?.clone();
            doc.check_column(c.map, *stage, *step)?;
            let siblings: Vec<&Card> = doc
                .cards_in(*lane, *stage, *step)
                .into_iter()
                .filter(|o| o.id != c.id)
                .collect();
            let same_cell = c.lane == *lane && c.stage == *stage && c.step == *step;
            if !same_cell {
                check_room("cell (cards)", siblings.len(), MAX_CARDS_PER_CELL)?;
            }
            let keys: Vec<&str> = siblings.iter().map(|o| o.key.as_str()).collect();
            c.key = key_at(&keys, Some(*index))?;
            c.lane = *lane;
            c.stage = *stage;
            c.step = *step;
            tx.update(c)
        }
        Command::SetCardColor { card, color } => {
            let c = tx.doc().card(*card)?.clone();
            tx.update(Card {
                color: color.clone(),
                ..c
            })
        }
        Command::DeleteCard { card } => {
            let image = tx.doc().card(*card)?.image;
            tx.remove(*card)?;
            match image {
                Some(img) => drop_asset_if_unused(tx, img),
                None => Ok(()),
            }
        }
        Command::SetEmotion {
            lane,
            stage,
            step,
            value,
            critical,
            note,
        } => {
            let doc = tx.doc();
            let l = doc.lane(*lane)?;
            doc.check_column(l.map, *stage, *step)?;
            let mut point = match doc.emotion_at(*lane, *stage, *step) {
                Some(e) => e.clone(),
                None => EmotionPoint {
                    id: EmotionId::new(),
                    map: l.map,
                    lane: *lane,
                    stage: *stage,
                    step: *step,
                    value: 0,
                    critical: false,
                    note: String::new(),
                },
            };
            if let Some(v) = value {
                point.value = *v;
            }
            if let Some(c) = critical {
                point.critical = *c;
            }
            if let Some(n) = note {
                point.note = n.clone();
            }
            if doc.contains(point.id.into()) {
                tx.update(point)
            } else {
                tx.add(point)
            }
        }
        Command::ClearEmotion { lane, stage, step } => {
            let doc = tx.doc();
            doc.lane(*lane)?;
            let id = doc
                .emotion_at(*lane, *stage, *step)
                .map(|e| e.id)
                .ok_or_else(|| Error::invalid("there is no emotion point in this column"))?;
            tx.remove(id)
        }
        _ => unreachable!("cards::run got {command:?}"),
    }
}

/// Refuse a field that has no meaning in the lane (a severity on a touchpoint);
/// clearing a field is always allowed.
fn check_fields(lane: &Lane, p: &CardPatch) -> Result<()> {
    let k = lane.kind;
    let wrong = |field: &str, lanes: &str| {
        Err(Error::invalid(format!(
            "a {field} belongs on {lanes} cards, not in the {} lane {:?}",
            k.label().to_lowercase(),
            lane.name
        )))
    };
    if set(&p.channel) && k != LaneKind::Touchpoints {
        return wrong("channel", "touchpoint");
    }
    if set(&p.severity) && k != LaneKind::PainPoints {
        return wrong("severity", "pain point");
    }
    if (set(&p.impact) || set(&p.effort)) && k != LaneKind::Opportunities {
        return wrong("impact or effort", "opportunity");
    }
    if set(&p.metric) && k != LaneKind::Metrics {
        return wrong("metric", "KPI");
    }
    if p.owner.as_deref().is_some_and(|o| !o.is_empty()) && !k.has_owner() {
        return wrong("owner", "front stage, back stage or support");
    }
    if set(&p.image) && !matches!(k, LaneKind::Images | LaneKind::Notes) {
        return wrong("picture", "image or note");
    }
    Ok(())
}

/// Tell whether a patch field sets a value (rather than leaving or clearing it).
fn set<T>(field: &Option<Option<T>>) -> bool {
    matches!(field, Some(Some(_)))
}

fn patch_card(card: &mut Card, p: &CardPatch) {
    if let Some(t) = &p.text {
        card.text = t.clone();
    }
    if let Some(v) = p.channel {
        card.channel = v;
    }
    if let Some(v) = p.severity {
        card.severity = v;
    }
    if let Some(v) = p.impact {
        card.impact = v;
    }
    if let Some(v) = p.effort {
        card.effort = v;
    }
    if let Some(v) = &p.metric {
        card.metric = v.clone();
    }
    if let Some(v) = &p.owner {
        card.owner = v.clone();
    }
    if let Some(v) = p.image {
        card.image = v;
    }
    if let Some(v) = &p.alt {
        card.alt = v.clone();
    }
}
