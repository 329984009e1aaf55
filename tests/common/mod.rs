//! Shared helpers for the core's integration tests: fresh documents and
//! sessions, and random user actions resolved against the current document.
#![allow(dead_code)]

use proptest::prelude::*;
use std::path::PathBuf;
use waymark::command::{CardPatch, Command, PersonaPatch};
use waymark::id::*;
use waymark::model::*;
use waymark::templates::Template;
use waymark::{Document, Session};

/// A document with one map made from `template`.
pub fn doc_with(template: Template) -> (Document, MapId) {
    let mut doc = Document::new(Project {
        id: ProjectId::new(),
        title: "Test project".into(),
        description: String::new(),
        language: "en".into(),
    });
    let map = MapId::new();
    waymark::apply::apply(
        &mut doc,
        &Command::CreateMap {
            id: Some(map),
            template,
            title: None,
            kind: None,
            language: None,
        },
    )
    .expect("template map");
    (doc, map)
}

/// A temporary folder that lives as long as the value.
pub struct TempDir(pub tempfile::TempDir);

impl TempDir {
    pub fn new() -> Self {
        TempDir(tempfile::tempdir().expect("temp dir"))
    }
    pub fn file(&self, name: &str) -> PathBuf {
        self.0.path().join(name)
    }
}

/// A session on a fresh file in a temp folder.
pub fn session_with(template: Template) -> (TempDir, Session, MapId) {
    let dir = TempDir::new();
    let (doc, map) = doc_with(template);
    let s = Session::create(&dir.file("test.waymark"), doc).expect("create");
    (dir, s, map)
}

/// A map's language and flow, the rest of its header left alone.
pub fn set_map(map: MapId, language: Option<&str>, flow: Option<Flow>) -> Command {
    Command::SetMapInfo {
        map,
        title: None,
        scenario: None,
        business_goal: None,
        kind: None,
        last_reviewed: None,
        language: language.map(str::to_string),
        flow,
    }
}

/// The first lane of a kind in a map.
pub fn lane_of(doc: &Document, map: MapId, kind: LaneKind) -> LaneId {
    doc.lanes(map)
        .into_iter()
        .find(|l| l.kind == kind)
        .map(|l| l.id)
        .expect("lane of kind")
}

/// Stage ids of a map, left to right.
pub fn stage_ids(doc: &Document, map: MapId) -> Vec<StageId> {
    doc.stages(map).into_iter().map(|s| s.id).collect()
}

/// Texts of one cell's cards, in order.
pub fn cell_texts(
    doc: &Document,
    lane: LaneId,
    stage: StageId,
    step: Option<StepId>,
) -> Vec<String> {
    doc.cards_in(lane, stage, step)
        .into_iter()
        .map(|c| c.text.clone())
        .collect()
}

/// A user action with random choices, resolved against the document when it
/// runs (so it names ids that exist, most of the time).
#[derive(Clone, Debug)]
pub enum Action {
    AddStage(usize, usize),
    RenameStage(usize, String),
    MoveStage(usize, usize),
    ResizeStage(usize, u32),
    DeleteStage(usize),
    AddStep(usize),
    DeleteStep(usize),
    AddLane(usize, usize),
    MoveLane(usize, usize),
    DeleteLane(usize),
    ChangeLaneKind(usize, usize),
    AddCard(usize, usize, usize, String),
    EditCard(usize, String),
    MoveCard(usize, usize, usize, usize),
    ColourCard(usize, bool),
    DeleteCard(usize),
    SetEmotion(usize, usize, i8, bool),
    ClearEmotion(usize, usize),
    AddPersona(String),
    LinkPersona(usize),
    DeletePersona(usize),
    DuplicateMap(bool),
    DeleteMap(usize),
    SetMapKind(usize),
    SetMapFlow(usize, usize),
    Batch(Vec<Action>),
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Pays at the desk".to_string()),
        Just("نقشه سفر مشتری".to_string()),
        Just("Мапа шляху клієнта".to_string()),
        Just("Müştərinin səyahət xəritəsi".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        "[a-zA-Z ]{0,12}",
        Just("".to_string()),
        Just("bad\u{7}text".to_string()),
    ]
}

fn leaf() -> impl Strategy<Value = Action> {
    let n = 0usize..64;
    prop_oneof![
        (n.clone(), n.clone()).prop_map(|(a, b)| Action::AddStage(a, b)),
        (n.clone(), text()).prop_map(|(a, t)| Action::RenameStage(a, t)),
        (n.clone(), n.clone()).prop_map(|(a, b)| Action::MoveStage(a, b)),
        (n.clone(), 0u32..2500).prop_map(|(a, w)| Action::ResizeStage(a, w)),
        n.clone().prop_map(Action::DeleteStage),
        n.clone().prop_map(Action::AddStep),
        n.clone().prop_map(Action::DeleteStep),
        (n.clone(), n.clone()).prop_map(|(a, b)| Action::AddLane(a, b)),
        (n.clone(), n.clone()).prop_map(|(a, b)| Action::MoveLane(a, b)),
        n.clone().prop_map(Action::DeleteLane),
        (n.clone(), n.clone()).prop_map(|(a, b)| Action::ChangeLaneKind(a, b)),
        (n.clone(), n.clone(), n.clone(), text())
            .prop_map(|(a, b, c, t)| Action::AddCard(a, b, c, t)),
        (n.clone(), text()).prop_map(|(a, t)| Action::EditCard(a, t)),
        (n.clone(), n.clone(), n.clone(), n.clone())
            .prop_map(|(a, b, c, d)| Action::MoveCard(a, b, c, d)),
        (n.clone(), any::<bool>()).prop_map(|(a, b)| Action::ColourCard(a, b)),
        n.clone().prop_map(Action::DeleteCard),
        (n.clone(), n.clone(), -3i8..4, any::<bool>())
            .prop_map(|(a, b, v, c)| Action::SetEmotion(a, b, v, c)),
        (n.clone(), n.clone()).prop_map(|(a, b)| Action::ClearEmotion(a, b)),
        text().prop_map(Action::AddPersona),
        n.clone().prop_map(Action::LinkPersona),
        n.clone().prop_map(Action::DeletePersona),
        any::<bool>().prop_map(Action::DuplicateMap),
        n.clone().prop_map(Action::DeleteMap),
        n.clone().prop_map(Action::SetMapKind),
        (n.clone(), n.clone()).prop_map(|(f, l)| Action::SetMapFlow(f, l)),
    ]
}

/// Random actions, some of them batches.
pub fn actions(max: usize) -> impl Strategy<Value = Vec<Action>> {
    let action = prop_oneof![
        9 => leaf(),
        1 => proptest::collection::vec(leaf(), 0..5).prop_map(Action::Batch),
    ];
    proptest::collection::vec(action, 1..max)
}

fn pick<T: Copy>(items: &[T], i: usize) -> Option<T> {
    if items.is_empty() {
        None
    } else {
        Some(items[i % items.len()])
    }
}

/// Turn an action into a concrete command for the current document.
pub fn resolve(doc: &Document, action: &Action) -> Option<Command> {
    let maps: Vec<MapId> = doc.maps().iter().map(|m| m.id).collect();
    let map = pick(&maps, 0)?;
    let stages: Vec<StageId> = maps
        .iter()
        .flat_map(|m| doc.stages(*m))
        .map(|s| s.id)
        .collect();
    let lanes: Vec<LaneId> = maps
        .iter()
        .flat_map(|m| doc.lanes(*m))
        .map(|l| l.id)
        .collect();
    let cards: Vec<CardId> = maps
        .iter()
        .flat_map(|m| doc.cards_of(*m))
        .map(|c| c.id)
        .collect();
    let steps: Vec<StepId> = stages
        .iter()
        .flat_map(|s| doc.steps(*s))
        .map(|s| s.id)
        .collect();
    let personas: Vec<PersonaId> = doc.personas().map(|p| p.id).collect();
    let column = |i: usize| -> Option<(StageId, Option<StepId>)> {
        let cols: Vec<(StageId, Option<StepId>)> = maps
            .iter()
            .flat_map(|m| doc.columns(*m))
            .map(|c| (c.stage.id, c.step.map(|s| s.id)))
            .collect();
        pick(&cols, i)
    };
    Some(match action {
        Action::AddStage(m, i) => Command::AddStage {
            map: pick(&maps, *m)?,
            id: None,
            name: format!("Stage {i}"),
            index: Some(i % 3),
            width: None,
        },
        Action::RenameStage(s, t) => Command::UpdateStage {
            stage: pick(&stages, *s)?,
            name: Some(t.clone()),
            description: None,
            color: None,
        },
        Action::MoveStage(s, i) => Command::MoveStage {
            stage: pick(&stages, *s)?,
            index: i % 8,
        },
        Action::ResizeStage(s, w) => Command::ResizeStage {
            stage: pick(&stages, *s)?,
            width: *w,
        },
        Action::DeleteStage(s) => Command::DeleteStage {
            stage: pick(&stages, *s)?,
        },
        Action::AddStep(s) => Command::AddStep {
            stage: pick(&stages, *s)?,
            id: None,
            name: "Step".into(),
            index: None,
            width: None,
        },
        Action::DeleteStep(s) => Command::DeleteStep {
            step: pick(&steps, *s)?,
        },
        Action::AddLane(k, i) => Command::AddLane {
            map,
            id: None,
            kind: LaneKind::ALL[k % LaneKind::ALL.len()],
            name: None,
            index: Some(i % 4),
            height: None,
        },
        Action::MoveLane(l, i) => Command::MoveLane {
            lane: pick(&lanes, *l)?,
            index: i % 9,
        },
        Action::DeleteLane(l) => Command::DeleteLane {
            lane: pick(&lanes, *l)?,
        },
        Action::ChangeLaneKind(l, k) => Command::UpdateLane {
            lane: pick(&lanes, *l)?,
            name: None,
            kind: Some(LaneKind::ALL[k % LaneKind::ALL.len()]),
            color: None,
        },
        Action::AddCard(l, c, i, t) => {
            let (stage, step) = column(*c)?;
            Command::AddCard {
                id: None,
                lane: pick(&lanes, *l)?,
                stage,
                step,
                index: Some(i % 3),
                color: None,
                content: CardPatch {
                    text: Some(t.clone()),
                    ..CardPatch::default()
                },
            }
        }
        Action::EditCard(c, t) => Command::EditCard {
            card: pick(&cards, *c)?,
            patch: CardPatch {
                text: Some(t.clone()),
                ..CardPatch::default()
            },
        },
        Action::MoveCard(c, l, col, i) => {
            let (stage, step) = column(*col)?;
            Command::MoveCard {
                card: pick(&cards, *c)?,
                lane: pick(&lanes, *l)?,
                stage,
                step,
                index: i % 3,
            }
        }
        Action::ColourCard(c, set) => Command::SetCardColor {
            card: pick(&cards, *c)?,
            color: set.then(|| Color::parse("#ffd166").expect("colour")),
        },
        Action::DeleteCard(c) => Command::DeleteCard {
            card: pick(&cards, *c)?,
        },
        Action::SetEmotion(l, c, v, crit) => {
            let (stage, step) = column(*c)?;
            Command::SetEmotion {
                lane: pick(&lanes, *l)?,
                stage,
                step,
                value: Some(*v),
                critical: Some(*crit),
                note: None,
            }
        }
        Action::ClearEmotion(l, c) => {
            let (stage, step) = column(*c)?;
            Command::ClearEmotion {
                lane: pick(&lanes, *l)?,
                stage,
                step,
            }
        }
        Action::AddPersona(t) => Command::CreatePersona {
            id: None,
            name: t.clone(),
        },
        Action::LinkPersona(p) => Command::LinkPersona {
            map,
            persona: pick(&personas, *p)?,
        },
        Action::DeletePersona(p) => Command::DeletePersona {
            persona: pick(&personas, *p)?,
        },
        Action::DuplicateMap(future) => Command::DuplicateMap {
            map,
            id: None,
            title: None,
            kind: future.then_some(MapKind::FutureState),
        },
        Action::DeleteMap(m) => Command::DeleteMap {
            map: pick(&maps, *m)?,
        },
        Action::SetMapKind(k) => Command::SetMapInfo {
            map,
            title: None,
            scenario: None,
            business_goal: None,
            kind: Some(MapKind::ALL[k % MapKind::ALL.len()]),
            last_reviewed: None,
            language: None,
            flow: None,
        },
        Action::SetMapFlow(f, l) => set_map(
            map,
            Some(["", "fa", "uk", "az"][l % 4]),
            Some(Flow::ALL[f % Flow::ALL.len()]),
        ),
        Action::Batch(items) => Command::Batch {
            label: None,
            commands: items.iter().filter_map(|a| resolve(doc, a)).collect(),
        },
    })
}

/// A persona patch that fills every field, for round-trip tests.
pub fn full_persona_patch() -> PersonaPatch {
    PersonaPatch {
        name: Some("Olena Kovalenko".into()),
        quote: Some("Хочу знати, коли машина буде готова".into()),
        age: Some("41".into()),
        gender: Some("female".into()),
        occupation: Some("Teacher".into()),
        income: Some("Middle".into()),
        family: Some("Two children".into()),
        education: Some("Master's degree".into()),
        region: Some("Lviv".into()),
        frequency: Some("Twice a year".into()),
        decision_time: Some("A week".into()),
        triggers: Some("Winter tyres".into()),
        values: Some("Honesty".into()),
        lifestyle: Some("Commutes by car".into()),
        goals: Some(vec!["Safe car".into(), "Fair price".into()]),
        motivations: Some(vec!["Family trips".into()]),
        frustrations: Some(vec!["Waiting without news".into()]),
        segment: Some("Families".into()),
        photo: None,
    }
}
