//! The versioned JSON format for a whole project (`docs/json-format.md`).
//!
//! Export writes maps nested with their stages, lanes, cards and emotion
//! points, in display order, without the internal order keys, so the file is
//! easy to read and to diff. Import is the single door for foreign data: it
//! parses strictly (unknown fields, wrong version, absurd sizes refused),
//! rebuilds order keys from array order, re-checks every image and runs the
//! model's full validation before anything is created.

use crate::error::{Error, Result};
use crate::i18n::{Message, escaped};
use crate::id::*;
use crate::images;
use crate::model::*;
use crate::msg;
use crate::order;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// The `format` field every Waymark JSON file carries.
pub const FORMAT: &str = "waymark-project";
/// The JSON format version this build writes and reads.
pub const VERSION: u32 = 1;
/// Largest JSON document accepted, in bytes.
pub const MAX_JSON_BYTES: usize = 256 * 1024 * 1024;

/// A whole project as JSON.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectFile {
    /// Always `waymark-project`.
    pub format: String,
    /// Format version.
    pub version: u32,
    /// The project record.
    pub project: Project,
    /// Images used by personas and cards.
    #[serde(default)]
    pub images: Vec<Asset>,
    /// Personas.
    #[serde(default)]
    pub personas: Vec<Persona>,
    /// Maps in display order.
    #[serde(default)]
    pub maps: Vec<MapJson>,
}

/// A map with its content nested.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapJson {
    /// Map id.
    pub id: MapId,
    /// Title.
    pub title: String,
    /// Scenario.
    #[serde(default)]
    pub scenario: String,
    /// Business goal.
    #[serde(default)]
    pub business_goal: String,
    /// Kind.
    pub kind: MapKind,
    /// Linked personas.
    #[serde(default)]
    pub personas: Vec<PersonaId>,
    /// Last review date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_reviewed: Option<Date>,
    /// The map this one was derived from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derived_from: Option<MapId>,
    /// The map's own language (BCP 47); absent: the project's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// Which way the stages run; absent: `auto`.
    #[serde(default, skip_serializing_if = "is_auto")]
    pub flow: Flow,
    /// Stages in journey order (first to last).
    #[serde(default)]
    pub stages: Vec<StageJson>,
    /// Lanes top to bottom.
    #[serde(default)]
    pub lanes: Vec<LaneJson>,
    /// Cards; within one cell, in order.
    #[serde(default)]
    pub cards: Vec<CardJson>,
    /// Emotion points.
    #[serde(default)]
    pub emotions: Vec<EmotionJson>,
}

fn is_auto(flow: &Flow) -> bool {
    *flow == Flow::Auto
}

/// A stage with its steps.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageJson {
    /// Stage id.
    pub id: StageId,
    /// Name.
    pub name: String,
    /// Description.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Width.
    pub width: u32,
    /// Colour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
    /// Steps left to right.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<StepJson>,
}

/// A step.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepJson {
    /// Step id.
    pub id: StepId,
    /// Name.
    pub name: String,
    /// Width.
    pub width: u32,
}

/// A lane.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LaneJson {
    /// Lane id.
    pub id: LaneId,
    /// Kind.
    pub kind: LaneKind,
    /// Name.
    pub name: String,
    /// Height.
    pub height: u32,
    /// Colour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
}

/// A card; the cell is named by stage, step and lane ids.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct CardJson {
    pub id: CardId,
    pub stage: StageId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<StepId>,
    pub lane: LaneId,
    #[serde(default)]
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effort: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<Metric>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<AssetId>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub alt: String,
}

/// An emotion point.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct EmotionJson {
    pub id: EmotionId,
    pub lane: LaneId,
    pub stage: StageId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<StepId>,
    pub value: i8,
    #[serde(default)]
    pub critical: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Turn a document into its JSON form.
pub fn to_file(doc: &Document) -> ProjectFile {
    let maps = doc
        .maps()
        .into_iter()
        .map(|m| {
            let stages: Vec<StageJson> = doc
                .stages(m.id)
                .into_iter()
                .map(|s| StageJson {
                    id: s.id,
                    name: s.name.clone(),
                    description: s.description.clone(),
                    width: s.width,
                    color: s.color.clone(),
                    steps: doc
                        .steps(s.id)
                        .into_iter()
                        .map(|st| StepJson {
                            id: st.id,
                            name: st.name.clone(),
                            width: st.width,
                        })
                        .collect(),
                })
                .collect();
            let lanes = doc.lanes(m.id);
            let columns = doc.columns(m.id);
            let mut cards = Vec::new();
            for lane in &lanes {
                for col in &columns {
                    for c in doc.cards_in(lane.id, col.stage.id, col.step.map(|s| s.id)) {
                        cards.push(card_json(c));
                    }
                }
            }
            let mut emotions: Vec<EmotionJson> = doc
                .emotions_of(m.id)
                .map(|e| EmotionJson {
                    id: e.id,
                    lane: e.lane,
                    stage: e.stage,
                    step: e.step,
                    value: e.value,
                    critical: e.critical,
                    note: e.note.clone(),
                })
                .collect();
            emotions.sort_by_key(|e| e.id);
            MapJson {
                id: m.id,
                title: m.title.clone(),
                scenario: m.scenario.clone(),
                business_goal: m.business_goal.clone(),
                kind: m.kind,
                personas: m.personas.clone(),
                last_reviewed: m.last_reviewed.clone(),
                derived_from: m.derived_from,
                language: m.language.clone(),
                flow: m.flow,
                stages,
                lanes: lanes
                    .into_iter()
                    .map(|l| LaneJson {
                        id: l.id,
                        kind: l.kind,
                        name: l.name.clone(),
                        height: l.height,
                        color: l.color.clone(),
                    })
                    .collect(),
                cards,
                emotions,
            }
        })
        .collect();
    ProjectFile {
        format: FORMAT.to_string(),
        version: VERSION,
        project: doc.project().clone(),
        images: doc.assets().cloned().collect(),
        personas: doc.personas().cloned().collect(),
        maps,
    }
}

fn card_json(c: &Card) -> CardJson {
    CardJson {
        id: c.id,
        stage: c.stage,
        step: c.step,
        lane: c.lane,
        text: c.text.clone(),
        color: c.color.clone(),
        channel: c.channel,
        severity: c.severity,
        impact: c.impact,
        effort: c.effort,
        metric: c.metric.clone(),
        owner: c.owner.clone(),
        image: c.image,
        alt: c.alt.clone(),
    }
}

/// Write a document as pretty JSON.
pub fn export(doc: &Document) -> Result<String> {
    serde_json::to_string_pretty(&to_file(doc))
        .map_err(|e| Error::Export(msg!("problem-json-unwritable", detail = e.to_string())))
}

/// Read a project from JSON text, refusing anything malformed or hostile.
pub fn import(text: &str) -> Result<Document> {
    if text.len() > MAX_JSON_BYTES {
        return Err(Error::Import(msg!(
            "problem-json-too-big",
            max = MAX_JSON_BYTES / (1024 * 1024)
        )));
    }
    // Check the envelope first, so a file from a newer Waymark says so instead
    // of failing on a field this version does not know.
    #[derive(Deserialize)]
    struct Envelope {
        format: Option<String>,
        version: Option<u32>,
    }
    let env: Envelope = serde_json::from_str(text)
        .map_err(|e| Error::Import(msg!("problem-json-invalid", detail = e.to_string())))?;
    if env.format.as_deref() != Some(FORMAT) {
        return Err(Error::Import(msg!(
            "problem-json-not-waymark",
            format = FORMAT
        )));
    }
    match env.version {
        Some(VERSION) => {}
        Some(v) if v > VERSION => {
            return Err(Error::Import(msg!(
                "problem-json-newer",
                found = v,
                supported = VERSION
            )));
        }
        other => {
            return Err(Error::Import(msg!(
                "problem-json-version",
                found = other.map_or_else(|| "none".to_string(), |v| v.to_string())
            )));
        }
    }
    let file: ProjectFile = serde_json::from_str(text)
        .map_err(|e| Error::Import(msg!("problem-json-malformed", detail = e.to_string())))?;
    from_file(file)
}

fn from_file(file: ProjectFile) -> Result<Document> {
    let refuse = |problem: Message| Err(Error::Import(problem));
    // Sizes first, before any work proportional to them.
    let cards: usize = file.maps.iter().map(|m| m.cards.len()).sum();
    if file.maps.len() > MAX_MAPS
        || file.personas.len() > MAX_PERSONAS
        || file.images.len() > MAX_ASSETS
        || cards > MAX_CARDS
    {
        return refuse(msg!(
            "problem-json-project-too-big",
            maps = file.maps.len(),
            personas = file.personas.len(),
            images = file.images.len(),
            cards = cards
        ));
    }
    for m in &file.maps {
        if m.stages.len() > MAX_STAGES || m.lanes.len() > MAX_LANES {
            return refuse(msg!("problem-json-map-too-big", map = escaped(&m.title)));
        }
        if let Some(s) = m.stages.iter().find(|s| s.steps.len() > MAX_STEPS) {
            return refuse(msg!("problem-json-stage-too-big", stage = escaped(&s.name)));
        }
    }
    // Every id once, across all record types.
    let mut ids: HashSet<uuid::Uuid> = HashSet::new();
    let mut seen = |u: uuid::Uuid| -> Result<()> {
        if ids.insert(u) {
            Ok(())
        } else {
            Err(Error::Import(msg!(
                "problem-json-id-twice",
                id = u.to_string()
            )))
        }
    };
    seen(file.project.id.0)?;
    for a in &file.images {
        seen(a.id.0)?;
    }
    for p in &file.personas {
        seen(p.id.0)?;
    }
    for m in &file.maps {
        seen(m.id.0)?;
        for s in &m.stages {
            seen(s.id.0)?;
            for st in &s.steps {
                seen(st.id.0)?;
            }
        }
        for l in &m.lanes {
            seen(l.id.0)?;
        }
        for c in &m.cards {
            seen(c.id.0)?;
        }
        for e in &m.emotions {
            seen(e.id.0)?;
        }
    }

    let mut doc = Document::new(file.project);
    let mut records: Vec<Record> = Vec::new();
    for a in file.images {
        images::verify(&a).map_err(|e| {
            Error::Import(msg!(
                "problem-json-image",
                id = a.id.to_string(),
                problem = e.message()
            ))
        })?;
        records.push(Record::Asset(a));
    }
    records.extend(file.personas.into_iter().map(Record::Persona));
    let map_keys = order::spread(file.maps.len());
    for (m, key) in file.maps.into_iter().zip(map_keys) {
        let map_title = m.title.clone();
        records.push(Record::Map(Map {
            id: m.id,
            title: m.title,
            scenario: m.scenario,
            business_goal: m.business_goal,
            kind: m.kind,
            personas: m.personas,
            last_reviewed: m.last_reviewed,
            derived_from: m.derived_from,
            language: m.language,
            flow: m.flow,
            key,
        }));
        let stage_keys = order::spread(m.stages.len());
        for (s, key) in m.stages.into_iter().zip(stage_keys) {
            let step_keys = order::spread(s.steps.len());
            for (st, key) in s.steps.into_iter().zip(step_keys) {
                records.push(Record::Step(Step {
                    id: st.id,
                    map: m.id,
                    stage: s.id,
                    name: st.name,
                    key,
                    width: st.width,
                }));
            }
            records.push(Record::Stage(Stage {
                id: s.id,
                map: m.id,
                name: s.name,
                description: s.description,
                key,
                width: s.width,
                color: s.color,
            }));
        }
        let lane_keys = order::spread(m.lanes.len());
        for (l, key) in m.lanes.into_iter().zip(lane_keys) {
            records.push(Record::Lane(Lane {
                id: l.id,
                map: m.id,
                kind: l.kind,
                name: l.name,
                key,
                height: l.height,
                color: l.color,
            }));
        }
        // Keys per cell, from the order cards appear in.
        let mut per_cell: HashMap<(LaneId, StageId, Option<StepId>), usize> = HashMap::new();
        for c in &m.cards {
            *per_cell.entry((c.lane, c.stage, c.step)).or_default() += 1;
        }
        if per_cell.values().any(|n| *n > MAX_CARDS_PER_CELL) {
            return refuse(msg!("problem-json-cell-too-big", map = escaped(&map_title)));
        }
        let mut cell_keys: HashMap<_, std::vec::IntoIter<String>> = per_cell
            .into_iter()
            .map(|(cell, n)| (cell, order::spread(n).into_iter()))
            .collect();
        for c in m.cards {
            let key = cell_keys
                .get_mut(&(c.lane, c.stage, c.step))
                .and_then(Iterator::next)
                .unwrap_or_default();
            records.push(Record::Card(Card {
                id: c.id,
                map: m.id,
                stage: c.stage,
                step: c.step,
                lane: c.lane,
                key,
                text: c.text,
                color: c.color,
                channel: c.channel,
                severity: c.severity,
                impact: c.impact,
                effort: c.effort,
                metric: c.metric,
                owner: c.owner,
                image: c.image,
                alt: c.alt,
            }));
        }
        for e in m.emotions {
            records.push(Record::Emotion(EmotionPoint {
                id: e.id,
                map: m.id,
                lane: e.lane,
                stage: e.stage,
                step: e.step,
                value: e.value,
                critical: e.critical,
                note: e.note,
            }));
        }
    }
    for r in records {
        doc.insert(r)?;
    }
    doc.validate()
        .map_err(|e| Error::Import(msg!("problem-json-unsound", problem = e.message())))?;
    Ok(doc)
}
