//! Project and map commands: edit the project, create a map from a template,
//! duplicate (as future state), edit map info, reorder and delete maps.

use super::{NAMES_LANG, check_room, key_at, names_language, remove_cards};
use crate::change::Tx;
use crate::command::Command;
use crate::error::Result;
use crate::id::*;
use crate::model::*;
use crate::order;
use crate::templates::Template;
use crate::{invalid, msg};
use std::collections::HashMap;

pub(super) fn run(tx: &mut Tx<'_>, command: &Command) -> Result<()> {
    match command {
        Command::SetProject {
            title,
            description,
            language,
        } => {
            let mut p = tx.doc().project().clone();
            if let Some(t) = title {
                p.title = t.clone();
            }
            if let Some(d) = description {
                p.description = d.clone();
            }
            if let Some(l) = language {
                check_language(l)?;
                p.language = l.clone();
            }
            tx.update(p)
        }
        Command::CreateMap {
            id,
            template,
            title,
            kind,
            language,
        } => create_from_template(
            tx,
            id.unwrap_or_default(),
            *template,
            title.clone(),
            *kind,
            language.as_deref(),
        ),
        Command::DuplicateMap {
            map,
            id,
            title,
            kind,
        } => duplicate(tx, *map, id.unwrap_or_default(), title.clone(), *kind),
        Command::SetMapInfo {
            map,
            title,
            scenario,
            business_goal,
            kind,
            last_reviewed,
            language,
            flow,
        } => {
            let mut m = tx.doc().map(*map)?.clone();
            if let Some(l) = language {
                check_language(l)?;
                m.language = l.clone();
            }
            if let Some(f) = flow {
                m.flow = *f;
            }
            if let Some(t) = title {
                m.title = t.clone();
            }
            if let Some(s) = scenario {
                m.scenario = s.clone();
            }
            if let Some(g) = business_goal {
                m.business_goal = g.clone();
            }
            if let Some(k) = kind {
                m.kind = *k;
            }
            if let Some(d) = last_reviewed {
                m.last_reviewed = d.clone();
            }
            tx.update(m)
        }
        Command::MoveMap { map, index } => {
            let mut m = tx.doc().map(*map)?.clone();
            let maps = tx.doc().maps();
            let keys: Vec<&str> = maps
                .iter()
                .filter(|o| o.id != *map)
                .map(|o| o.key.as_str())
                .collect();
            m.key = key_at(&keys, Some(*index))?;
            tx.update(m)
        }
        Command::DeleteMap { map } => delete(tx, *map),
        _ => unreachable!("maps::run got {command:?}"),
    }
}

/// The order key after the project's last map (refusing past the limit).
fn last_map_key(tx: &Tx<'_>) -> Result<String> {
    let maps = tx.doc().maps();
    check_room("project_maps", maps.len(), MAX_MAPS)?;
    let keys: Vec<&str> = maps.iter().map(|m| m.key.as_str()).collect();
    key_at(&keys, None)
}

fn create_from_template(
    tx: &mut Tx<'_>,
    id: MapId,
    template: Template,
    title: Option<String>,
    kind: Option<MapKind>,
    language: Option<&str>,
) -> Result<()> {
    if let Some(l) = language {
        check_language(l)?;
    }
    let spec = template.spec();
    let key = last_map_key(tx)?;
    // The map keeps a language only where it differs from the project's.
    let project = tx.doc().project().language.clone();
    let map_language = language.filter(|l| *l != project).unwrap_or_default();
    let lang = language
        .filter(|l| !l.is_empty())
        .or(Some(project.as_str()).filter(|l| !l.is_empty()))
        .unwrap_or(NAMES_LANG)
        .to_string();
    let words = |part: &str| template.text(&lang, part);
    tx.add(Map {
        id,
        title: title.unwrap_or_else(|| words(spec.title)),
        scenario: words(spec.scenario),
        business_goal: String::new(),
        kind: kind.unwrap_or(spec.kind),
        personas: vec![],
        last_reviewed: None,
        derived_from: None,
        language: map_language.to_string(),
        flow: Flow::Auto,
        key,
    })?;
    let stage_ids: Vec<StageId> = spec.stages.iter().map(|_| StageId::new()).collect();
    for ((name, key), sid) in spec
        .stages
        .iter()
        .zip(order::spread(spec.stages.len()))
        .zip(&stage_ids)
    {
        tx.add(Stage {
            id: *sid,
            map: id,
            name: words(name),
            description: String::new(),
            key,
            width: DEFAULT_STAGE_WIDTH,
            color: None,
        })?;
    }
    let mut lane_of_kind: HashMap<LaneKind, LaneId> = HashMap::new();
    for (kind, key) in spec.lanes.iter().zip(order::spread(spec.lanes.len())) {
        let lid = LaneId::new();
        lane_of_kind.entry(*kind).or_insert(lid);
        tx.add(Lane {
            id: lid,
            map: id,
            kind: *kind,
            name: crate::i18n::text(&lang, kind.label_key()),
            key,
            height: kind.default_height(),
            color: None,
        })?;
    }
    // Cards of one cell get keys in template order.
    let mut cell_count: HashMap<(LaneId, usize), usize> = HashMap::new();
    let mut planned = Vec::new();
    for c in &spec.cards {
        let Some(lane) = c.lane.and_then(|k| lane_of_kind.get(&k)).copied() else {
            continue;
        };
        *cell_count.entry((lane, c.stage)).or_default() += 1;
        planned.push((lane, c));
    }
    let mut cell_keys: HashMap<(LaneId, usize), std::vec::IntoIter<String>> = cell_count
        .into_iter()
        .map(|(cell, n)| (cell, order::spread(n).into_iter()))
        .collect();
    for (lane, c) in planned {
        let key = cell_keys
            .get_mut(&(lane, c.stage))
            .and_then(Iterator::next)
            .ok_or_else(|| invalid!("problem-template-keys"))?;
        tx.add(Card {
            id: CardId::new(),
            map: id,
            stage: stage_ids[c.stage],
            step: None,
            lane,
            key,
            text: words(c.text),
            color: None,
            channel: c.channel,
            severity: c.severity,
            impact: c.impact_effort.map(|(i, _)| i),
            effort: c.impact_effort.map(|(_, e)| e),
            metric: c.metric.as_ref().map(|m| Metric {
                name: words(&m.name),
                unit: words(&m.unit),
                ..m.clone()
            }),
            owner: words(c.owner),
            image: None,
            alt: String::new(),
        })?;
    }
    if let Some(lane) = lane_of_kind.get(&LaneKind::Emotions) {
        for (stage, value, critical, note) in &spec.emotions {
            tx.add(EmotionPoint {
                id: EmotionId::new(),
                map: id,
                lane: *lane,
                stage: stage_ids[*stage],
                step: None,
                value: *value,
                critical: *critical,
                note: words(note),
            })?;
        }
    }
    Ok(())
}

/// The copy's id for an original record. A miss means a record of the map
/// points outside it (which only an earlier command of the same batch could
/// leave behind, and the batch's commit would refuse): an error, not a panic.
fn copy<K: std::hash::Hash + Eq + Into<RecordId> + Copy, V: Copy>(
    ids: &HashMap<K, V>,
    original: K,
) -> Result<V> {
    ids.get(&original).copied().ok_or_else(|| {
        invalid!(
            "problem-copy-off-map",
            record = crate::error::record(original.into())
        )
    })
}

fn duplicate(
    tx: &mut Tx<'_>,
    source: MapId,
    id: MapId,
    title: Option<String>,
    kind: Option<MapKind>,
) -> Result<()> {
    let doc = tx.doc();
    let src = doc.map(source)?.clone();
    check_room("project_maps", doc.maps().len(), MAX_MAPS)?;
    // Place the copy right after its original.
    let maps = doc.maps();
    let pos = maps.iter().position(|m| m.id == source).unwrap_or(0);
    let key = order::between(
        Some(&maps[pos].key),
        maps.get(pos + 1).map(|m| m.key.as_str()),
    );
    let kind = kind.unwrap_or(src.kind);
    let title = title.unwrap_or_else(|| {
        let m = if kind != src.kind {
            msg!(
                "name-map-derived",
                title = src.title.as_str(),
                kind = kind.as_str()
            )
        } else {
            msg!("name-map-copy", title = src.title.as_str())
        };
        m.render(names_language(doc, source))
    });
    let stages: Vec<Stage> = doc.stages(source).into_iter().cloned().collect();
    let steps: Vec<Step> = stages
        .iter()
        .flat_map(|s| doc.steps(s.id))
        .cloned()
        .collect();
    let lanes: Vec<Lane> = doc.lanes(source).into_iter().cloned().collect();
    let cards: Vec<Card> = doc.cards_of(source).cloned().collect();
    let emotions: Vec<EmotionPoint> = doc.emotions_of(source).cloned().collect();

    tx.add(Map {
        id,
        title,
        kind,
        derived_from: Some(source),
        key,
        ..src
    })?;
    let stage_map: HashMap<StageId, StageId> =
        stages.iter().map(|s| (s.id, StageId::new())).collect();
    let step_map: HashMap<StepId, StepId> = steps.iter().map(|s| (s.id, StepId::new())).collect();
    let lane_map: HashMap<LaneId, LaneId> = lanes.iter().map(|l| (l.id, LaneId::new())).collect();
    for s in stages {
        tx.add(Stage {
            id: copy(&stage_map, s.id)?,
            map: id,
            ..s
        })?;
    }
    for s in steps {
        tx.add(Step {
            id: copy(&step_map, s.id)?,
            map: id,
            stage: copy(&stage_map, s.stage)?,
            ..s
        })?;
    }
    for l in lanes {
        tx.add(Lane {
            id: copy(&lane_map, l.id)?,
            map: id,
            ..l
        })?;
    }
    for c in cards {
        tx.add(Card {
            id: CardId::new(),
            map: id,
            stage: copy(&stage_map, c.stage)?,
            step: c.step.map(|s| copy(&step_map, s)).transpose()?,
            lane: copy(&lane_map, c.lane)?,
            ..c
        })?;
    }
    for e in emotions {
        tx.add(EmotionPoint {
            id: EmotionId::new(),
            map: id,
            stage: copy(&stage_map, e.stage)?,
            step: e.step.map(|s| copy(&step_map, s)).transpose()?,
            lane: copy(&lane_map, e.lane)?,
            ..e
        })?;
    }
    Ok(())
}

fn delete(tx: &mut Tx<'_>, map: MapId) -> Result<()> {
    let doc = tx.doc();
    doc.map(map)?;
    let cards: Vec<CardId> = doc.cards_of(map).map(|c| c.id).collect();
    let emotions: Vec<EmotionId> = doc.emotions_of(map).map(|e| e.id).collect();
    let stages: Vec<StageId> = doc.stages(map).iter().map(|s| s.id).collect();
    let steps: Vec<StepId> = stages
        .iter()
        .flat_map(|s| doc.steps(*s))
        .map(|s| s.id)
        .collect();
    let lanes: Vec<LaneId> = doc.lanes(map).iter().map(|l| l.id).collect();
    let derived: Vec<Map> = doc
        .maps()
        .into_iter()
        .filter(|m| m.derived_from == Some(map))
        .cloned()
        .collect();
    remove_cards(tx, cards)?;
    for e in emotions {
        tx.remove(e)?;
    }
    for s in steps {
        tx.remove(s)?;
    }
    for s in stages {
        tx.remove(s)?;
    }
    for l in lanes {
        tx.remove(l)?;
    }
    for m in derived {
        tx.update(Map {
            derived_from: None,
            ..m
        })?;
    }
    tx.remove(map)
}
