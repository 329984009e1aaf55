//! Card and emotion commands: add, edit, move, recolour and delete cards; set
//! and clear the points of an emotion curve.

use super::{check_room, drop_asset_if_unused, key_at};
use crate::change::Tx;
use crate::command::{CardPatch, Command};
use crate::error::Result;
use crate::i18n::escaped;
use crate::id::*;
use crate::invalid;
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
            check_room("project_cards", doc.counts()[4], MAX_CARDS)?;
            let siblings = doc.cards_in(*lane, *stage, *step);
            check_room("cell_cards", siblings.len(), MAX_CARDS_PER_CELL)?;
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
                check_room("cell_cards", siblings.len(), MAX_CARDS_PER_CELL)?;
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
                .ok_or_else(|| invalid!("problem-no-emotion-point"))?;
            tx.remove(id)
        }
        _ => unreachable!("cards::run got {command:?}"),
    }
}

/// Refuse a field that has no meaning in the lane (a severity on a touchpoint):
/// the lane kind's spec lists the fields its cards carry. Clearing a field is
/// always allowed.
fn check_fields(lane: &Lane, p: &CardPatch) -> Result<()> {
    let spec = lane.kind.spec();
    let Some(field) = fields_set(p).into_iter().find(|f| !spec.takes(*f)) else {
        return Ok(());
    };
    Err(invalid!(
        "problem-field-wrong-lane",
        field = field.as_str(),
        lane = escaped(&lane.name)
    ))
}

/// The kind-specific fields a patch gives a value (an owner only when it is
/// not empty), in [`CardField::ALL`] order.
fn fields_set(p: &CardPatch) -> Vec<CardField> {
    CardField::ALL
        .iter()
        .copied()
        .filter(|f| match f {
            CardField::Channel => set(&p.channel),
            CardField::Severity => set(&p.severity),
            CardField::Impact => set(&p.impact),
            CardField::Effort => set(&p.effort),
            CardField::Metric => set(&p.metric),
            CardField::Owner => p.owner.as_deref().is_some_and(|o| !o.is_empty()),
            CardField::Picture => set(&p.image),
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn lane(kind: LaneKind) -> Lane {
        Lane {
            id: LaneId::new(),
            map: MapId::new(),
            kind,
            name: kind.as_str().to_string(),
            key: "V".into(),
            height: 120,
            color: None,
        }
    }

    /// A patch that sets only `field`.
    fn setting(field: CardField) -> CardPatch {
        let mut p = CardPatch::default();
        match field {
            CardField::Channel => p.channel = Some(Some(Channel::Email)),
            CardField::Severity => p.severity = Some(Some(Level::High)),
            CardField::Impact => p.impact = Some(Some(Level::Low)),
            CardField::Effort => p.effort = Some(Some(Level::Medium)),
            CardField::Metric => p.metric = Some(Some(Metric::default())),
            CardField::Owner => p.owner = Some("Service desk".into()),
            CardField::Picture => p.image = Some(Some(AssetId::new())),
        }
        p
    }

    #[test]
    fn a_patch_names_exactly_the_fields_it_sets() {
        for f in CardField::ALL {
            assert_eq!(fields_set(&setting(*f)), [*f]);
        }
        let clearing = CardPatch {
            channel: Some(None),
            image: Some(None),
            owner: Some(String::new()),
            text: Some("text".into()),
            alt: Some("alt".into()),
            ..CardPatch::default()
        };
        assert!(fields_set(&clearing).is_empty());
    }

    #[test]
    fn check_fields_accepts_a_field_exactly_where_the_lane_kind_spec_lists_it() {
        for kind in LaneKind::ALL {
            let l = lane(*kind);
            for field in CardField::ALL {
                let result = check_fields(&l, &setting(*field));
                assert_eq!(
                    result.is_ok(),
                    kind.spec().takes(*field),
                    "{field:?} on {kind:?}: {result:?}"
                );
                if let Err(e) = result {
                    assert_eq!(e.code(), "invalid");
                }
            }
        }
    }

    #[test]
    fn clearing_a_field_is_allowed_in_any_lane() {
        let clear_all = CardPatch {
            channel: Some(None),
            severity: Some(None),
            impact: Some(None),
            effort: Some(None),
            metric: Some(None),
            owner: Some(String::new()),
            image: Some(None),
            ..CardPatch::default()
        };
        for kind in LaneKind::ALL {
            assert!(check_fields(&lane(*kind), &clear_all).is_ok(), "{kind:?}");
        }
    }

    /// A project with one map of every lane kind (one stage) and one picture.
    fn project_with_every_lane() -> (Document, StageId, AssetId) {
        let mut doc = Document::new(Project {
            id: ProjectId::new(),
            title: "Pictures".into(),
            description: String::new(),
            language: String::new(),
        });
        let map = MapId::new();
        let stage = StageId::new();
        let asset = AssetId::new();
        let mut png = Vec::new();
        image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(8, 6, image::Rgb([9, 99, 200])))
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .expect("png");
        let mut commands = vec![
            Command::CreateMap {
                id: Some(map),
                template: crate::templates::Template::Blank,
                title: None,
                kind: None,
                language: None,
            },
            Command::AddStage {
                map,
                id: Some(stage),
                name: "Here".into(),
                index: None,
                width: None,
            },
            Command::AddImage {
                id: Some(asset),
                data: png,
            },
        ];
        commands.extend(LaneKind::ALL.iter().map(|&kind| Command::AddLane {
            map,
            id: None,
            kind,
            name: None,
            index: None,
            height: None,
        }));
        for c in &commands {
            crate::apply::apply(&mut doc, c).expect("setup");
        }
        (doc, stage, asset)
    }

    #[test]
    fn a_picture_is_accepted_on_a_new_card_exactly_where_the_lane_kind_takes_one() {
        let (doc, stage, asset) = project_with_every_lane();
        let map = doc.maps()[0].id;
        let mut seen = 0;
        for lane in doc.lanes(map).iter().filter(|l| !l.kind.holds_emotions()) {
            let mut d = doc.clone();
            let result = crate::apply::apply(
                &mut d,
                &Command::AddCard {
                    id: None,
                    lane: lane.id,
                    stage,
                    step: None,
                    index: None,
                    color: None,
                    content: CardPatch {
                        image: Some(Some(asset)),
                        alt: Some("A photo".into()),
                        ..CardPatch::default()
                    },
                },
            );
            assert_eq!(
                result.is_ok(),
                lane.kind.spec().takes_picture(),
                "{:?}: {result:?}",
                lane.kind
            );
            seen += 1;
        }
        assert!(
            seen >= LaneKind::ALL.len() - 1,
            "every card lane kind was tried"
        );
    }
}
