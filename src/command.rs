//! The closed set of edits a user can make, as serde data.
//!
//! A command says what the user meant ("put this card second in that cell"),
//! not which records change; [`crate::apply::apply`] turns it into a
//! [`crate::change::Change`]. Commands travel as JSON from the UI and from
//! `waymark apply`, tagged by `"type"`; unknown fields are refused so a typo is
//! an error rather than a silent no-op. Optional fields left out mean "keep";
//! for fields that can be cleared, `null` means "clear".

use crate::i18n::Label;
use crate::id::*;
use crate::model::{Channel, Color, Date, Flow, LaneKind, Level, MapKind, Metric};
use crate::templates::Template;
use serde::{Deserialize, Deserializer, Serialize};
use ts_rs::TS;

/// Read a present field as `Some(value)`, even when the value is `null`, so
/// `Option<Option<T>>` can tell "leave alone" (absent) from "clear" (`null`).
fn some<'de, T: Deserialize<'de>, D: Deserializer<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// Changes to a persona; every field left out stays as it is.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(optional_fields)]
#[allow(missing_docs)]
pub struct PersonaPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `null` removes the photo.
    #[serde(deserialize_with = "some", skip_serializing_if = "Option::is_none")]
    pub photo: Option<Option<AssetId>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub occupation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub income: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub education: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frequency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub triggers: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lifestyle: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goals: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub motivations: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frustrations: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segment: Option<String>,
}

/// Changes to a card's content; every field left out stays as it is.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(optional_fields)]
pub struct CardPatch {
    /// New text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Touchpoint channel; `null` clears it.
    #[serde(deserialize_with = "some", skip_serializing_if = "Option::is_none")]
    pub channel: Option<Option<Channel>>,
    /// Pain severity; `null` clears it.
    #[serde(deserialize_with = "some", skip_serializing_if = "Option::is_none")]
    pub severity: Option<Option<Level>>,
    /// Opportunity impact; `null` clears it.
    #[serde(deserialize_with = "some", skip_serializing_if = "Option::is_none")]
    pub impact: Option<Option<Level>>,
    /// Opportunity effort; `null` clears it.
    #[serde(deserialize_with = "some", skip_serializing_if = "Option::is_none")]
    pub effort: Option<Option<Level>>,
    /// KPI figures; `null` clears them.
    #[serde(deserialize_with = "some", skip_serializing_if = "Option::is_none")]
    pub metric: Option<Option<Metric>>,
    /// Owner team.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Picture; `null` removes it.
    #[serde(deserialize_with = "some", skip_serializing_if = "Option::is_none")]
    pub image: Option<Option<AssetId>>,
    /// Alternative text of the picture.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alt: Option<String>,
}

/// Every edit a user can make. Each applied command is one undo step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Command {
    /// Change the project's title, description or language.
    SetProject {
        /// New title.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        /// New description.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        /// New BCP 47 language tag.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        language: Option<String>,
    },

    /// Create a map from a built-in template, after the last map.
    CreateMap {
        /// Id for the new map; made up when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<MapId>,
        /// Which template fills it.
        #[serde(default)]
        #[ts(as = "Option<Template>", optional)]
        template: Template,
        /// Title; the template's when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        /// Kind; the template's (current state, or service blueprint for the
        /// service template) when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kind: Option<MapKind>,
        /// BCP 47 tag of the language to write the template's words in; it
        /// becomes the map's language. Left out: the project's language
        /// (English words when that is empty too).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        language: Option<String>,
    },
    /// Copy a map with everything in it, marked as derived from the original
    /// (with `kind: future_state`, this is "duplicate as future state").
    DuplicateMap {
        /// The map to copy.
        map: MapId,
        /// Id for the copy; made up when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<MapId>,
        /// Title of the copy; derived from the original's when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        /// Kind of the copy; the original's when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kind: Option<MapKind>,
    },
    /// Change a map's title, scenario, business goal, kind or review date.
    SetMapInfo {
        /// The map.
        map: MapId,
        /// New title.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        /// New scenario.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        scenario: Option<String>,
        /// New business goal.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        business_goal: Option<String>,
        /// New kind.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kind: Option<MapKind>,
        /// Date of the last review; `null` clears it.
        #[serde(
            default,
            deserialize_with = "some",
            skip_serializing_if = "Option::is_none"
        )]
        #[ts(optional)]
        last_reviewed: Option<Option<Date>>,
        /// New BCP 47 language tag; empty follows the project's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        language: Option<String>,
        /// New flow (which way the stages run).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        flow: Option<Flow>,
    },
    /// Move a map to another place in the project's list.
    MoveMap {
        /// The map.
        map: MapId,
        /// Its new index (0 = first).
        index: usize,
    },
    /// Delete a map and everything in it (personas stay in the project).
    DeleteMap {
        /// The map.
        map: MapId,
    },

    /// Add a stage (a column).
    AddStage {
        /// The map.
        map: MapId,
        /// Id for the new stage; made up when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<StageId>,
        /// Its name.
        name: String,
        /// Where it goes (0 = first); last when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        index: Option<usize>,
        /// Column width; the default when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        width: Option<u32>,
    },
    /// Rename a stage, or change its description or colour.
    UpdateStage {
        /// The stage.
        stage: StageId,
        /// New name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        /// New description.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        /// New colour; `null` goes back to the theme's.
        #[serde(
            default,
            deserialize_with = "some",
            skip_serializing_if = "Option::is_none"
        )]
        #[ts(optional)]
        color: Option<Option<Color>>,
    },
    /// Move a stage to another place among the map's stages.
    MoveStage {
        /// The stage.
        stage: StageId,
        /// Its new index (0 = first).
        index: usize,
    },
    /// Change a stage's width (a stage with steps is resized through its steps).
    ResizeStage {
        /// The stage.
        stage: StageId,
        /// New width in layout units.
        width: u32,
    },
    /// Delete a stage with its steps, cards and emotion points.
    DeleteStage {
        /// The stage.
        stage: StageId,
    },

    /// Split a stage with a step; the first step takes over the stage's cards.
    AddStep {
        /// The stage.
        stage: StageId,
        /// Id for the new step; made up when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<StepId>,
        /// Its name.
        name: String,
        /// Where it goes (0 = first); last when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        index: Option<usize>,
        /// Column width; the default when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        width: Option<u32>,
    },
    /// Rename a step.
    RenameStep {
        /// The step.
        step: StepId,
        /// New name.
        name: String,
    },
    /// Move a step to another place within its stage.
    MoveStep {
        /// The step.
        step: StepId,
        /// Its new index (0 = first).
        index: usize,
    },
    /// Change a step's width.
    ResizeStep {
        /// The step.
        step: StepId,
        /// New width in layout units.
        width: u32,
    },
    /// Delete a step with its cards; deleting the last step moves its cards
    /// back to the stage.
    DeleteStep {
        /// The step.
        step: StepId,
    },

    /// Add a lane (a typed row).
    AddLane {
        /// The map.
        map: MapId,
        /// Id for the new lane; made up when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<LaneId>,
        /// What the lane holds.
        kind: LaneKind,
        /// Its name; the kind's label when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        /// Where it goes (0 = top); last when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        index: Option<usize>,
        /// Row height; the kind's default when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        height: Option<u32>,
    },
    /// Rename a lane, change its kind or its colour.
    UpdateLane {
        /// The lane.
        lane: LaneId,
        /// New name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        /// New kind (an emotion lane holds no cards, so the lane must suit it).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kind: Option<LaneKind>,
        /// New colour; `null` goes back to the theme's.
        #[serde(
            default,
            deserialize_with = "some",
            skip_serializing_if = "Option::is_none"
        )]
        #[ts(optional)]
        color: Option<Option<Color>>,
    },
    /// Move a lane to another place among the map's lanes.
    MoveLane {
        /// The lane.
        lane: LaneId,
        /// Its new index (0 = top).
        index: usize,
    },
    /// Change a lane's height.
    ResizeLane {
        /// The lane.
        lane: LaneId,
        /// New height in layout units.
        height: u32,
    },
    /// Delete a lane with its cards or emotion points.
    DeleteLane {
        /// The lane.
        lane: LaneId,
    },

    /// Add a card to a cell.
    AddCard {
        /// Id for the new card; made up when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<CardId>,
        /// Row.
        lane: LaneId,
        /// Column: stage...
        stage: StageId,
        /// ...and step, when the stage has steps.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        step: Option<StepId>,
        /// Place in the cell (0 = first); last when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        index: Option<usize>,
        /// Card colour; the lane's when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        color: Option<Color>,
        /// Text and kind-specific fields.
        #[serde(default)]
        #[ts(as = "Option<CardPatch>", optional)]
        content: CardPatch,
    },
    /// Change a card's text or kind-specific fields.
    EditCard {
        /// The card.
        card: CardId,
        /// What changes.
        patch: CardPatch,
    },
    /// Move a card to a cell and a place in it (the same cell reorders).
    MoveCard {
        /// The card.
        card: CardId,
        /// Target row.
        lane: LaneId,
        /// Target stage.
        stage: StageId,
        /// Target step, when the stage has steps.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        step: Option<StepId>,
        /// Place in the target cell, counted without the card itself.
        index: usize,
    },
    /// Change a card's colour; `null` goes back to the lane's.
    SetCardColor {
        /// The card.
        card: CardId,
        /// New colour.
        color: Option<Color>,
    },
    /// Delete a card.
    DeleteCard {
        /// The card.
        card: CardId,
    },

    /// Set (or create) the emotion point of an emotion lane in one column.
    SetEmotion {
        /// The emotion lane.
        lane: LaneId,
        /// Column: stage...
        stage: StageId,
        /// ...and step, when the stage has steps.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        step: Option<StepId>,
        /// From -2 to +2; kept when left out (0 for a new point).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        value: Option<i8>,
        /// Critical moment flag; kept when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        critical: Option<bool>,
        /// Note; kept when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// Remove the emotion point of an emotion lane in one column.
    ClearEmotion {
        /// The emotion lane.
        lane: LaneId,
        /// Column: stage...
        stage: StageId,
        /// ...and step, when the stage has steps.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        step: Option<StepId>,
    },

    /// Create a persona with a name (fill the rest with `update_persona`).
    CreatePersona {
        /// Id for the new persona; made up when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<PersonaId>,
        /// Its name.
        name: String,
    },
    /// Change a persona's fields.
    UpdatePersona {
        /// The persona.
        persona: PersonaId,
        /// What changes.
        patch: PersonaPatch,
    },
    /// Delete a persona, unlinking it from every map.
    DeletePersona {
        /// The persona.
        persona: PersonaId,
    },
    /// Say that a map is about a persona.
    LinkPersona {
        /// The map.
        map: MapId,
        /// The persona.
        persona: PersonaId,
    },
    /// Say that a map is no longer about a persona.
    UnlinkPersona {
        /// The map.
        map: MapId,
        /// The persona.
        persona: PersonaId,
    },

    /// Store an image (PNG or JPEG bytes, base64 in JSON): decoded, bounded
    /// and re-encoded before it enters the project.
    AddImage {
        /// Id for the new image; made up when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<AssetId>,
        /// The file's bytes.
        #[serde(with = "crate::model::base64_bytes")]
        #[ts(type = "string")]
        data: Vec<u8>,
    },

    /// Several commands as one undo step (a multi-card move, a paste...).
    Batch {
        /// What the history shows, e.g. `{"key": "history-move-cards",
        /// "args": {"count": 3}}`; a plain string (older callers) is shown
        /// as it is.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        label: Option<Label>,
        /// The commands, applied in order.
        commands: Vec<Command>,
    },
}

impl Command {
    /// What the history and the Undo menu call this edit: the message
    /// `history-<type>` (`history-move-card`), or for a batch its own label,
    /// the label of its only command, or `history-several-edits`.
    pub fn label(&self) -> Label {
        match self {
            Command::Batch { label: Some(l), .. } => l.clone(),
            Command::Batch { commands, .. } => match commands.as_slice() {
                [one] => one.label(),
                _ => Label::key("history-several-edits"),
            },
            other => Label::key(&format!("history-{}", other.type_name().replace('_', "-"))),
        }
    }

    /// The command's `type` as it is spelled in JSON (`move_card`).
    pub fn type_name(&self) -> &'static str {
        match self {
            Command::SetProject { .. } => "set_project",
            Command::CreateMap { .. } => "create_map",
            Command::DuplicateMap { .. } => "duplicate_map",
            Command::SetMapInfo { .. } => "set_map_info",
            Command::MoveMap { .. } => "move_map",
            Command::DeleteMap { .. } => "delete_map",
            Command::AddStage { .. } => "add_stage",
            Command::UpdateStage { .. } => "update_stage",
            Command::MoveStage { .. } => "move_stage",
            Command::ResizeStage { .. } => "resize_stage",
            Command::DeleteStage { .. } => "delete_stage",
            Command::AddStep { .. } => "add_step",
            Command::RenameStep { .. } => "rename_step",
            Command::MoveStep { .. } => "move_step",
            Command::ResizeStep { .. } => "resize_step",
            Command::DeleteStep { .. } => "delete_step",
            Command::AddLane { .. } => "add_lane",
            Command::UpdateLane { .. } => "update_lane",
            Command::MoveLane { .. } => "move_lane",
            Command::ResizeLane { .. } => "resize_lane",
            Command::DeleteLane { .. } => "delete_lane",
            Command::AddCard { .. } => "add_card",
            Command::EditCard { .. } => "edit_card",
            Command::MoveCard { .. } => "move_card",
            Command::SetCardColor { .. } => "set_card_color",
            Command::DeleteCard { .. } => "delete_card",
            Command::SetEmotion { .. } => "set_emotion",
            Command::ClearEmotion { .. } => "clear_emotion",
            Command::CreatePersona { .. } => "create_persona",
            Command::UpdatePersona { .. } => "update_persona",
            Command::DeletePersona { .. } => "delete_persona",
            Command::LinkPersona { .. } => "link_persona",
            Command::UnlinkPersona { .. } => "unlink_persona",
            Command::AddImage { .. } => "add_image",
            Command::Batch { .. } => "batch",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n;
    use serde_json::json;

    /// One command of every type, as the page would send it.
    fn one_of_each() -> Vec<Command> {
        let id = "0193a1ee-5e02-70c6-a6a3-a4506513270e";
        let samples = [
            json!({"type": "set_project", "title": "T"}),
            json!({"type": "create_map"}),
            json!({"type": "duplicate_map", "map": id}),
            json!({"type": "set_map_info", "map": id}),
            json!({"type": "move_map", "map": id, "index": 0}),
            json!({"type": "delete_map", "map": id}),
            json!({"type": "add_stage", "map": id, "name": "S"}),
            json!({"type": "update_stage", "stage": id}),
            json!({"type": "move_stage", "stage": id, "index": 0}),
            json!({"type": "resize_stage", "stage": id, "width": 200}),
            json!({"type": "delete_stage", "stage": id}),
            json!({"type": "add_step", "stage": id, "name": "S"}),
            json!({"type": "rename_step", "step": id, "name": "S"}),
            json!({"type": "move_step", "step": id, "index": 0}),
            json!({"type": "resize_step", "step": id, "width": 200}),
            json!({"type": "delete_step", "step": id}),
            json!({"type": "add_lane", "map": id, "kind": "goals"}),
            json!({"type": "update_lane", "lane": id}),
            json!({"type": "move_lane", "lane": id, "index": 0}),
            json!({"type": "resize_lane", "lane": id, "height": 120}),
            json!({"type": "delete_lane", "lane": id}),
            json!({"type": "add_card", "lane": id, "stage": id}),
            json!({"type": "edit_card", "card": id, "patch": {}}),
            json!({"type": "move_card", "card": id, "lane": id, "stage": id, "index": 0}),
            json!({"type": "set_card_color", "card": id, "color": null}),
            json!({"type": "delete_card", "card": id}),
            json!({"type": "set_emotion", "lane": id, "stage": id}),
            json!({"type": "clear_emotion", "lane": id, "stage": id}),
            json!({"type": "create_persona", "name": "P"}),
            json!({"type": "update_persona", "persona": id, "patch": {}}),
            json!({"type": "delete_persona", "persona": id}),
            json!({"type": "link_persona", "map": id, "persona": id}),
            json!({"type": "unlink_persona", "map": id, "persona": id}),
            json!({"type": "add_image", "data": ""}),
            json!({"type": "batch", "commands": []}),
        ];
        samples
            .into_iter()
            .map(|v| serde_json::from_value(v).expect("a valid command"))
            .collect()
    }

    #[test]
    fn every_command_type_names_its_undo_step_with_a_catalog_key() {
        let all = one_of_each();
        for c in &all {
            let json = serde_json::to_value(c).unwrap();
            assert_eq!(json["type"], c.type_name(), "type_name follows serde");
            let Label::Message(m) = c.label() else {
                panic!("{c:?} has a text label");
            };
            assert!(i18n::has_key(&m.key), "{} is not in the catalog", m.key);
        }
        let mut keys: Vec<String> = all.iter().map(|c| format!("{:?}", c.label())).collect();
        keys.sort();
        keys.dedup();
        // Every type but the empty batch ("several edits") has a key of its own.
        assert_eq!(keys.len(), all.len());
        assert_eq!(
            all[23].label(),
            Label::key("history-move-card"),
            "the key is history-<type> with - for _"
        );
        assert_eq!(all[23].label().to_string(), "Move card");
    }

    #[test]
    fn a_batch_is_named_by_its_label_its_only_command_or_several_edits() {
        let id = CardId::new();
        let del = Command::DeleteCard { card: id };
        let batch =
            |label: Option<Label>, commands: Vec<Command>| Command::Batch { label, commands };
        assert_eq!(
            batch(None, vec![del.clone()]).label(),
            Label::key("history-delete-card")
        );
        assert_eq!(
            batch(None, vec![del.clone(), del.clone()]).label(),
            Label::key("history-several-edits")
        );
        let moved = crate::msg!("history-move-cards", count = 2);
        assert_eq!(
            batch(Some(moved.clone().into()), vec![del.clone(), del.clone()]).label(),
            Label::Message(moved)
        );
        // Older callers send a plain string: it is shown as it is.
        let old: Command = serde_json::from_value(json!({
            "type": "batch", "label": "Two stages", "commands": []
        }))
        .unwrap();
        assert_eq!(old.label(), Label::text("Two stages"));
        let new: Command = serde_json::from_value(json!({
            "type": "batch",
            "label": {"key": "history-delete-cards", "args": {"count": 2}},
            "commands": []
        }))
        .unwrap();
        assert_eq!(new.label().to_string(), "Delete 2 cards");
    }
}
