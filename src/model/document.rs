//! The in-memory project: every record by id, ordered queries, and the checks
//! that keep references and values sound.
//!
//! Records go in and out only as whole records (`insert`, `replace`, `delete`),
//! which is what a [`crate::change::Change`] is made of. Those calls check that
//! the record exists (or not); references are checked once a whole change has
//! been applied ([`Document::check_after`]), because the middle of a change (a
//! step removed before its cards move back to the stage) may be briefly unsound.

use super::kinds::Flow;
use super::record::{Record, RecordId};
use super::records::*;
use super::values::*;
use crate::error::{Error, Result};
use crate::i18n::{Message, escaped};
use crate::id::*;
use crate::invalid;
use crate::order;
use std::collections::{BTreeMap, HashSet};

/// One project held in memory.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    project: Project,
    assets: BTreeMap<AssetId, Asset>,
    personas: BTreeMap<PersonaId, Persona>,
    maps: BTreeMap<MapId, Map>,
    stages: BTreeMap<StageId, Stage>,
    steps: BTreeMap<StepId, Step>,
    lanes: BTreeMap<LaneId, Lane>,
    cards: BTreeMap<CardId, Card>,
    emotions: BTreeMap<EmotionId, EmotionPoint>,
}

/// One column of a map: a stage without steps, or one step of a stage.
#[derive(Clone, Copy, Debug)]
pub struct Column<'a> {
    /// The stage.
    pub stage: &'a Stage,
    /// The step, when the stage has steps.
    pub step: Option<&'a Step>,
}

impl Column<'_> {
    /// Width in layout units.
    pub fn width(&self) -> u32 {
        self.step.map_or(self.stage.width, |s| s.width)
    }
}

fn by_key<T>(items: &mut [&T], key: impl Fn(&T) -> &str) {
    items.sort_by(|a, b| key(a).cmp(key(b)));
}

fn not_found(id: impl Into<RecordId>) -> Error {
    Error::NotFound(id.into())
}

impl Document {
    /// Make an empty project document.
    pub fn new(project: Project) -> Self {
        Document {
            project,
            assets: BTreeMap::new(),
            personas: BTreeMap::new(),
            maps: BTreeMap::new(),
            stages: BTreeMap::new(),
            steps: BTreeMap::new(),
            lanes: BTreeMap::new(),
            cards: BTreeMap::new(),
            emotions: BTreeMap::new(),
        }
    }

    /// The project record.
    pub fn project(&self) -> &Project {
        &self.project
    }

    // ----- lookups -----

    /// A persona by id.
    pub fn persona(&self, id: PersonaId) -> Result<&Persona> {
        self.personas.get(&id).ok_or_else(|| not_found(id))
    }
    /// An asset by id.
    pub fn asset(&self, id: AssetId) -> Result<&Asset> {
        self.assets.get(&id).ok_or_else(|| not_found(id))
    }
    /// A map by id.
    pub fn map(&self, id: MapId) -> Result<&Map> {
        self.maps.get(&id).ok_or_else(|| not_found(id))
    }
    /// The language a map is written in: its own, else the project's (empty
    /// when neither says; an unknown map gives the project's).
    pub fn map_language(&self, id: MapId) -> &str {
        self.maps
            .get(&id)
            .map(|m| m.language.as_str())
            .filter(|l| !l.is_empty())
            .unwrap_or(&self.project.language)
    }

    /// Whether a map's stages run right to left: its flow, or with `auto`
    /// the way its language is written.
    pub fn map_rtl(&self, id: MapId) -> bool {
        match self.maps.get(&id).map(|m| m.flow).unwrap_or_default() {
            Flow::Rtl => true,
            Flow::Ltr => false,
            Flow::Auto => {
                let lang = self.map_language(id);
                !lang.is_empty() && crate::i18n::direction(lang) == "rtl"
            }
        }
    }

    /// A stage by id.
    pub fn stage(&self, id: StageId) -> Result<&Stage> {
        self.stages.get(&id).ok_or_else(|| not_found(id))
    }
    /// A step by id.
    pub fn step(&self, id: StepId) -> Result<&Step> {
        self.steps.get(&id).ok_or_else(|| not_found(id))
    }
    /// A lane by id.
    pub fn lane(&self, id: LaneId) -> Result<&Lane> {
        self.lanes.get(&id).ok_or_else(|| not_found(id))
    }
    /// A card by id.
    pub fn card(&self, id: CardId) -> Result<&Card> {
        self.cards.get(&id).ok_or_else(|| not_found(id))
    }
    /// An emotion point by id.
    pub fn emotion(&self, id: EmotionId) -> Result<&EmotionPoint> {
        self.emotions.get(&id).ok_or_else(|| not_found(id))
    }

    /// Any record by id, cloned.
    pub fn get(&self, id: RecordId) -> Option<Record> {
        Some(match id {
            RecordId::Project(i) => {
                (self.project.id == i).then(|| Record::Project(self.project.clone()))?
            }
            RecordId::Asset(i) => Record::Asset(self.assets.get(&i)?.clone()),
            RecordId::Persona(i) => Record::Persona(self.personas.get(&i)?.clone()),
            RecordId::Map(i) => Record::Map(self.maps.get(&i)?.clone()),
            RecordId::Stage(i) => Record::Stage(self.stages.get(&i)?.clone()),
            RecordId::Step(i) => Record::Step(self.steps.get(&i)?.clone()),
            RecordId::Lane(i) => Record::Lane(self.lanes.get(&i)?.clone()),
            RecordId::Card(i) => Record::Card(self.cards.get(&i)?.clone()),
            RecordId::Emotion(i) => Record::Emotion(self.emotions.get(&i)?.clone()),
        })
    }

    /// Tell whether a record with this id exists.
    pub fn contains(&self, id: RecordId) -> bool {
        match id {
            RecordId::Project(i) => self.project.id == i,
            RecordId::Asset(i) => self.assets.contains_key(&i),
            RecordId::Persona(i) => self.personas.contains_key(&i),
            RecordId::Map(i) => self.maps.contains_key(&i),
            RecordId::Stage(i) => self.stages.contains_key(&i),
            RecordId::Step(i) => self.steps.contains_key(&i),
            RecordId::Lane(i) => self.lanes.contains_key(&i),
            RecordId::Card(i) => self.cards.contains_key(&i),
            RecordId::Emotion(i) => self.emotions.contains_key(&i),
        }
    }

    // ----- ordered queries -----

    /// Personas in creation order.
    pub fn personas(&self) -> impl Iterator<Item = &Persona> {
        self.personas.values()
    }
    /// Assets in creation order.
    pub fn assets(&self) -> impl Iterator<Item = &Asset> {
        self.assets.values()
    }
    /// Maps in display order.
    pub fn maps(&self) -> Vec<&Map> {
        let mut v: Vec<&Map> = self.maps.values().collect();
        by_key(&mut v, |m| &m.key);
        v
    }
    /// Stages of a map, left to right.
    pub fn stages(&self, map: MapId) -> Vec<&Stage> {
        let mut v: Vec<&Stage> = self.stages.values().filter(|s| s.map == map).collect();
        by_key(&mut v, |s| &s.key);
        v
    }
    /// Steps of a stage, left to right.
    pub fn steps(&self, stage: StageId) -> Vec<&Step> {
        let mut v: Vec<&Step> = self.steps.values().filter(|s| s.stage == stage).collect();
        by_key(&mut v, |s| &s.key);
        v
    }
    /// Tell whether a stage is split into steps (its cells are then step cells).
    pub fn has_steps(&self, stage: StageId) -> bool {
        self.steps.values().any(|s| s.stage == stage)
    }
    /// Lanes of a map, top to bottom.
    pub fn lanes(&self, map: MapId) -> Vec<&Lane> {
        let mut v: Vec<&Lane> = self.lanes.values().filter(|l| l.map == map).collect();
        by_key(&mut v, |l| &l.key);
        v
    }
    /// Columns of a map, left to right: each stage, or each step of a split stage.
    pub fn columns(&self, map: MapId) -> Vec<Column<'_>> {
        let mut out = Vec::new();
        for stage in self.stages(map) {
            let steps = self.steps(stage.id);
            if steps.is_empty() {
                out.push(Column { stage, step: None });
            } else {
                out.extend(steps.into_iter().map(|step| Column {
                    stage,
                    step: Some(step),
                }));
            }
        }
        out
    }
    /// Cards of one cell, in order.
    pub fn cards_in(&self, lane: LaneId, stage: StageId, step: Option<StepId>) -> Vec<&Card> {
        let mut v: Vec<&Card> = self
            .cards
            .values()
            .filter(|c| c.lane == lane && c.stage == stage && c.step == step)
            .collect();
        by_key(&mut v, |c| &c.key);
        v
    }
    /// All cards of a map, in no particular order.
    pub fn cards_of(&self, map: MapId) -> impl Iterator<Item = &Card> {
        self.cards.values().filter(move |c| c.map == map)
    }
    /// Emotion points of a map, in no particular order.
    pub fn emotions_of(&self, map: MapId) -> impl Iterator<Item = &EmotionPoint> {
        self.emotions.values().filter(move |e| e.map == map)
    }
    /// The emotion point of one lane and column, if set.
    pub fn emotion_at(
        &self,
        lane: LaneId,
        stage: StageId,
        step: Option<StepId>,
    ) -> Option<&EmotionPoint> {
        self.emotions
            .values()
            .find(|e| e.lane == lane && e.stage == stage && e.step == step)
    }

    /// How many records of each type the project holds:
    /// (maps, stages, steps, lanes, cards, emotion points, personas, assets).
    pub fn counts(&self) -> [usize; 8] {
        [
            self.maps.len(),
            self.stages.len(),
            self.steps.len(),
            self.lanes.len(),
            self.cards.len(),
            self.emotions.len(),
            self.personas.len(),
            self.assets.len(),
        ]
    }

    /// Every record, parents before children (the order to insert them in).
    pub fn records(&self) -> impl Iterator<Item = Record> + '_ {
        std::iter::once(Record::Project(self.project.clone()))
            .chain(self.assets.values().cloned().map(Record::Asset))
            .chain(self.personas.values().cloned().map(Record::Persona))
            .chain(self.maps.values().cloned().map(Record::Map))
            .chain(self.stages.values().cloned().map(Record::Stage))
            .chain(self.steps.values().cloned().map(Record::Step))
            .chain(self.lanes.values().cloned().map(Record::Lane))
            .chain(self.cards.values().cloned().map(Record::Card))
            .chain(self.emotions.values().cloned().map(Record::Emotion))
    }

    // ----- raw record access, used by changes -----

    /// Insert a record that must not exist yet (references are checked later).
    pub(crate) fn insert(&mut self, record: Record) -> Result<()> {
        use std::collections::btree_map::Entry;
        /// Insert into a map unless the id is taken (one lookup, not two:
        /// loading a big project inserts every record once).
        fn fresh<K: Ord + Copy, V>(map: &mut BTreeMap<K, V>, id: K, v: V) -> bool {
            match map.entry(id) {
                Entry::Vacant(e) => {
                    e.insert(v);
                    true
                }
                Entry::Occupied(_) => false,
            }
        }
        let id = record.id();
        let added = match record {
            Record::Project(r) => {
                let new = self.project.id != r.id;
                if new {
                    self.project = r;
                }
                new
            }
            Record::Asset(r) => fresh(&mut self.assets, r.id, r),
            Record::Persona(r) => fresh(&mut self.personas, r.id, r),
            Record::Map(r) => fresh(&mut self.maps, r.id, r),
            Record::Stage(r) => fresh(&mut self.stages, r.id, r),
            Record::Step(r) => fresh(&mut self.steps, r.id, r),
            Record::Lane(r) => fresh(&mut self.lanes, r.id, r),
            Record::Card(r) => fresh(&mut self.cards, r.id, r),
            Record::Emotion(r) => fresh(&mut self.emotions, r.id, r),
        };
        if added {
            Ok(())
        } else {
            Err(Error::Duplicate(id))
        }
    }

    /// Replace an existing record, returning the old one.
    pub(crate) fn replace(&mut self, record: Record) -> Result<Record> {
        let id = record.id();
        let old = self.get(id).ok_or(Error::NotFound(id))?;
        self.put(record);
        Ok(old)
    }

    /// Delete a record, returning it. The project record cannot be deleted.
    pub(crate) fn delete(&mut self, id: RecordId) -> Result<Record> {
        let gone = match id {
            RecordId::Project(_) => {
                return Err(invalid!("problem-delete-project"));
            }
            RecordId::Asset(i) => self.assets.remove(&i).map(Record::Asset),
            RecordId::Persona(i) => self.personas.remove(&i).map(Record::Persona),
            RecordId::Map(i) => self.maps.remove(&i).map(Record::Map),
            RecordId::Stage(i) => self.stages.remove(&i).map(Record::Stage),
            RecordId::Step(i) => self.steps.remove(&i).map(Record::Step),
            RecordId::Lane(i) => self.lanes.remove(&i).map(Record::Lane),
            RecordId::Card(i) => self.cards.remove(&i).map(Record::Card),
            RecordId::Emotion(i) => self.emotions.remove(&i).map(Record::Emotion),
        };
        gone.ok_or(Error::NotFound(id))
    }

    fn put(&mut self, record: Record) {
        match record {
            Record::Project(r) => self.project = r,
            Record::Asset(r) => drop(self.assets.insert(r.id, r)),
            Record::Persona(r) => drop(self.personas.insert(r.id, r)),
            Record::Map(r) => drop(self.maps.insert(r.id, r)),
            Record::Stage(r) => drop(self.stages.insert(r.id, r)),
            Record::Step(r) => drop(self.steps.insert(r.id, r)),
            Record::Lane(r) => drop(self.lanes.insert(r.id, r)),
            Record::Card(r) => drop(self.cards.insert(r.id, r)),
            Record::Emotion(r) => drop(self.emotions.insert(r.id, r)),
        }
    }

    // ----- checks -----

    /// Check a record's own values and the records it points to.
    pub fn check_record(&self, record: &Record) -> Result<()> {
        match record {
            Record::Project(p) => self.check_project(p),
            Record::Asset(a) => check_asset(a),
            Record::Persona(p) => self.check_persona(p),
            Record::Map(m) => self.check_map(m),
            Record::Stage(s) => self.check_stage(s),
            Record::Step(s) => self.check_step(s),
            Record::Lane(l) => self.check_lane(l),
            Record::Card(c) => self.check_card(c),
            Record::Emotion(e) => self.check_emotion(e),
        }
    }

    fn check_project(&self, p: &Project) -> Result<()> {
        check_name("field-project-title", &p.title)?;
        check_text("field-project-description", &p.description, MAX_TEXT)?;
        check_language(&p.language)
    }

    fn check_stage(&self, s: &Stage) -> Result<()> {
        self.map(s.map)?;
        check_name("field-stage-name", &s.name)?;
        check_text("field-stage-description", &s.description, MAX_TEXT)?;
        check_key(&s.key)?;
        check_size("field-stage-width", s.width, COLUMN_WIDTH)
    }

    fn check_step(&self, s: &Step) -> Result<()> {
        let stage = self.stage(s.stage)?;
        if stage.map != s.map {
            return Err(invalid!("problem-step-map"));
        }
        check_name("field-step-name", &s.name)?;
        check_key(&s.key)?;
        check_size("field-step-width", s.width, COLUMN_WIDTH)
    }

    fn check_lane(&self, l: &Lane) -> Result<()> {
        self.map(l.map)?;
        check_name("field-lane-name", &l.name)?;
        check_key(&l.key)?;
        check_size("field-lane-height", l.height, LANE_HEIGHT)
    }

    fn check_persona(&self, p: &Persona) -> Result<()> {
        check_name("field-persona-name", &p.name)?;
        if let Some(photo) = p.photo {
            self.asset(photo)?;
        }
        for (what, text) in [
            ("field-persona-quote", &p.quote),
            ("field-persona-age", &p.age),
            ("field-persona-gender", &p.gender),
            ("field-persona-occupation", &p.occupation),
            ("field-persona-income", &p.income),
            ("field-persona-family", &p.family),
            ("field-persona-education", &p.education),
            ("field-persona-region", &p.region),
            ("field-persona-buying-frequency", &p.frequency),
            ("field-persona-decision-time", &p.decision_time),
            ("field-persona-triggers", &p.triggers),
            ("field-persona-values", &p.values),
            ("field-persona-lifestyle", &p.lifestyle),
            ("field-persona-segment", &p.segment),
        ] {
            check_text(what, text, MAX_TEXT)?;
        }
        for (what, list) in [
            ("field-persona-goals", &p.goals),
            ("field-persona-motivations", &p.motivations),
            ("field-persona-frustrations", &p.frustrations),
        ] {
            if list.len() > MAX_LIST {
                return Err(invalid!(
                    "problem-list-too-long",
                    field = Message::new(what),
                    count = list.len(),
                    max = MAX_LIST
                ));
            }
            for item in list {
                check_text(what, item, MAX_TEXT)?;
            }
        }
        Ok(())
    }

    fn check_map(&self, m: &Map) -> Result<()> {
        check_name("field-map-title", &m.title)?;
        check_text("field-map-scenario", &m.scenario, MAX_TEXT)?;
        check_text("field-map-business-goal", &m.business_goal, MAX_TEXT)?;
        check_language(&m.language)?;
        check_key(&m.key)?;
        if m.personas.len() > MAX_PERSONAS_PER_MAP {
            return Err(invalid!(
                "problem-too-many-map-personas",
                max = MAX_PERSONAS_PER_MAP,
                count = m.personas.len()
            ));
        }
        let mut seen = HashSet::new();
        for p in &m.personas {
            self.persona(*p)?;
            if !seen.insert(*p) {
                return Err(invalid!("problem-persona-twice"));
            }
        }
        if let Some(src) = m.derived_from {
            if src == m.id {
                return Err(invalid!("problem-derived-from-itself"));
            }
            self.map(src)?;
        }
        Ok(())
    }

    /// Check that a (stage, step) pair names a column of `map`. Commands call
    /// it before they act, so a later command of the same batch never sees a
    /// record pointing into another map.
    pub(crate) fn check_column(
        &self,
        map: MapId,
        stage: StageId,
        step: Option<StepId>,
    ) -> Result<()> {
        let s = self.stage(stage)?;
        if s.map != map {
            return Err(invalid!("problem-stage-other-map"));
        }
        match step {
            Some(step) if self.step(step)?.stage != stage => {
                Err(invalid!("problem-step-other-stage"))
            }
            None if self.has_steps(stage) => {
                Err(invalid!("problem-step-needed", stage = escaped(&s.name)))
            }
            _ => Ok(()),
        }
    }

    fn check_card(&self, c: &Card) -> Result<()> {
        let lane = self.lane(c.lane)?;
        if lane.map != c.map {
            return Err(invalid!("problem-lane-other-map"));
        }
        if lane.kind.holds_emotions() {
            return Err(invalid!("problem-card-in-emotion-lane"));
        }
        self.check_column(c.map, c.stage, c.step)?;
        check_key(&c.key)?;
        check_text("field-card-text", &c.text, MAX_TEXT)?;
        check_line("field-card-owner", &c.owner)?;
        check_text("field-image-description", &c.alt, MAX_TEXT)?;
        if let Some(m) = &c.metric {
            check_line("field-metric-name", &m.name)?;
            check_line("field-metric-unit", &m.unit)?;
            for v in [m.current, m.target].into_iter().flatten() {
                if !v.is_finite() {
                    return Err(invalid!("problem-metric-not-finite"));
                }
            }
        }
        if let Some(img) = c.image {
            self.asset(img)?;
        }
        Ok(())
    }

    fn check_emotion(&self, e: &EmotionPoint) -> Result<()> {
        self.check_emotion_values(e)?;
        if self
            .emotions
            .values()
            .any(|o| o.id != e.id && o.lane == e.lane && o.stage == e.stage && o.step == e.step)
        {
            return Err(invalid!("problem-emotion-point-taken"));
        }
        Ok(())
    }

    /// An emotion point's own values and references (not its uniqueness).
    fn check_emotion_values(&self, e: &EmotionPoint) -> Result<()> {
        let lane = self.lane(e.lane)?;
        if lane.map != e.map {
            return Err(invalid!("problem-lane-other-map"));
        }
        if !lane.kind.holds_emotions() {
            return Err(invalid!(
                "problem-not-emotion-lane",
                lane = escaped(&lane.name)
            ));
        }
        self.check_column(e.map, e.stage, e.step)?;
        if !EMOTION_RANGE.contains(&e.value) {
            return Err(invalid!("problem-emotion-scale", value = e.value));
        }
        check_text("field-emotion-note", &e.note, MAX_TEXT)
    }

    /// Check that nothing still points at a record that is gone or has changed
    /// in a way its dependants care about (a lane's kind, a stage's steps).
    fn check_dependants(&self, id: RecordId) -> Result<()> {
        let dangling = |user: &str| {
            Err(invalid!(
                "problem-still-used",
                record = crate::error::record(id),
                user = user
            ))
        };
        match id {
            RecordId::Project(_) | RecordId::Card(_) | RecordId::Emotion(_) => Ok(()),
            RecordId::Asset(a) => {
                if self.contains(id) {
                    return Ok(());
                }
                if self.personas.values().any(|p| p.photo == Some(a)) {
                    return dangling("persona");
                }
                if self.cards.values().any(|c| c.image == Some(a)) {
                    return dangling("card");
                }
                Ok(())
            }
            RecordId::Persona(p) => {
                if !self.contains(id) && self.maps.values().any(|m| m.personas.contains(&p)) {
                    return dangling("map");
                }
                Ok(())
            }
            RecordId::Map(m) => {
                if self.contains(id) {
                    return Ok(());
                }
                if self.maps.values().any(|o| o.derived_from == Some(m)) {
                    return dangling("derived_map");
                }
                if self.stages.values().any(|s| s.map == m)
                    || self.lanes.values().any(|l| l.map == m)
                {
                    return dangling("stage_or_lane");
                }
                Ok(())
            }
            RecordId::Stage(s) => {
                // Its cells must match its steps whether it still exists or not.
                for c in self.cards.values().filter(|c| c.stage == s) {
                    self.check_card(c)?;
                }
                for e in self.emotions.values().filter(|e| e.stage == s) {
                    self.check_emotion(e)?;
                }
                if !self.contains(id) && self.steps.values().any(|st| st.stage == s) {
                    return dangling("step");
                }
                Ok(())
            }
            RecordId::Step(st) => {
                let stages: HashSet<StageId> = self
                    .cards
                    .values()
                    .filter(|c| c.step == Some(st))
                    .map(|c| c.stage)
                    .chain(self.steps.get(&st).map(|s| s.stage))
                    .collect();
                for stage in stages {
                    self.check_dependants(RecordId::Stage(stage))?;
                }
                if !self.contains(id)
                    && (self.cards.values().any(|c| c.step == Some(st))
                        || self.emotions.values().any(|e| e.step == Some(st)))
                {
                    return dangling("card_or_emotion_point");
                }
                Ok(())
            }
            RecordId::Lane(l) => {
                for c in self.cards.values().filter(|c| c.lane == l) {
                    self.check_card(c)?;
                }
                for e in self.emotions.values().filter(|e| e.lane == l) {
                    self.check_emotion(e)?;
                }
                Ok(())
            }
        }
    }

    /// Check the records a change touched, once the whole change is applied:
    /// each added or updated record, and whatever depends on a removed or
    /// updated one. Cheap for the common edits (a card edit checks one card).
    pub(crate) fn check_after(&self, touched: &[(RecordId, bool)]) -> Result<()> {
        let mut seen = HashSet::new();
        for &(id, structural) in touched {
            if !seen.insert(id) {
                continue;
            }
            if let Some(record) = self.get(id) {
                self.check_record(&record)?;
            }
            if structural {
                self.check_dependants(id)?;
            }
        }
        Ok(())
    }

    /// Check the whole document: every record, sibling order keys unique, and
    /// no dangling references. Used after loading a file or importing JSON.
    ///
    /// Every reference is checked from the side that holds it (a card checks
    /// its lane, stage and step exist and agree), so one pass over the records
    /// covers what the dependant checks of an edit cover, without cloning
    /// records or scanning all cards once per stage.
    pub fn validate(&self) -> Result<()> {
        self.check_project(&self.project)?;
        for a in self.assets.values() {
            check_asset(a)?;
        }
        for p in self.personas.values() {
            self.check_persona(p)?;
        }
        for m in self.maps.values() {
            self.check_map(m)?;
        }
        for s in self.stages.values() {
            self.check_stage(s)?;
        }
        for s in self.steps.values() {
            self.check_step(s)?;
        }
        for l in self.lanes.values() {
            self.check_lane(l)?;
        }
        for c in self.cards.values() {
            self.check_card(c)?;
        }
        let mut points = HashSet::new();
        for e in self.emotions.values() {
            self.check_emotion_values(e)?;
            if !points.insert((e.lane, e.stage, e.step)) {
                return Err(invalid!("problem-emotion-point-taken"));
            }
        }
        /// Which siblings an order key is unique among.
        #[derive(PartialEq, Eq, Hash)]
        enum Scope {
            Maps,
            Stages(MapId),
            Steps(StageId),
            Lanes(MapId),
            Cell(LaneId, StageId, Option<StepId>),
        }
        let mut keys: HashSet<(Scope, &str)> = HashSet::new();
        let all = self
            .maps
            .values()
            .map(|m| (Scope::Maps, m.key.as_str()))
            .chain(
                self.stages
                    .values()
                    .map(|s| (Scope::Stages(s.map), s.key.as_str())),
            )
            .chain(
                self.steps
                    .values()
                    .map(|s| (Scope::Steps(s.stage), s.key.as_str())),
            )
            .chain(
                self.lanes
                    .values()
                    .map(|l| (Scope::Lanes(l.map), l.key.as_str())),
            )
            .chain(
                self.cards
                    .values()
                    .map(|c| (Scope::Cell(c.lane, c.stage, c.step), c.key.as_str())),
            );
        for (scope, key) in all {
            if !keys.insert((scope, key)) {
                return Err(invalid!("problem-shared-key", value = escaped(key)));
            }
        }
        Ok(())
    }
}

fn check_key(key: &str) -> Result<()> {
    if order::is_valid(key) {
        Ok(())
    } else {
        Err(invalid!("problem-bad-key", value = escaped(key)))
    }
}

/// Largest encoded image kept in a project, in bytes.
pub const MAX_ASSET_BYTES: usize = 8 * 1024 * 1024;

fn check_asset(a: &Asset) -> Result<()> {
    if a.mime != "image/png" && a.mime != "image/jpeg" {
        return Err(invalid!("problem-image-type", mime = escaped(&a.mime)));
    }
    if a.width == 0 || a.height == 0 || a.data.is_empty() {
        return Err(invalid!("problem-image-empty"));
    }
    if a.data.len() > MAX_ASSET_BYTES {
        return Err(invalid!("problem-stored-image-too-big"));
    }
    Ok(())
}
