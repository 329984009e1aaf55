//! The typed records of a project. Each is one row in the project file and one
//! unit of a [`crate::change::Change`]. Records refer to each other by id only.
//!
//! In the page's generated TypeScript each record type ends in `Rec`
//! (`CardRec`, `MapRec`): `Map` and `Record` are built-in names there.

use super::kinds::{Channel, Flow, LaneKind, Level, MapKind};
use super::values::{Color, Date};
use crate::id::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The project: one per file, holding maps and personas.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(rename = "ProjectRec")]
pub struct Project {
    /// Id of the project.
    pub id: ProjectId,
    /// Title shown in the window and on exports.
    pub title: String,
    /// What the project is about.
    #[serde(default)]
    pub description: String,
    /// BCP 47 language tag of the content (e.g. `az`, `uk`, `fa`), for text shaping hints.
    #[serde(default)]
    pub language: String,
}

/// A research-based, made-up customer a map is about.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(rename = "PersonaRec")]
pub struct Persona {
    /// Id of the persona.
    pub id: PersonaId,
    /// Name shown on the map header.
    pub name: String,
    /// Photo, an image asset of the project.
    pub photo: Option<AssetId>,
    /// A quote in the persona's voice.
    pub quote: String,
    /// Demographics: age (free text, e.g. "34" or "30-40").
    pub age: String,
    /// Demographics: gender.
    pub gender: String,
    /// Demographics: occupation.
    pub occupation: String,
    /// Demographics: income.
    pub income: String,
    /// Demographics: family.
    pub family: String,
    /// Demographics: education.
    pub education: String,
    /// Geography: region.
    pub region: String,
    /// Buying behaviour: how often they buy.
    pub frequency: String,
    /// Buying behaviour: how long they take to decide.
    pub decision_time: String,
    /// Buying behaviour: what triggers a purchase.
    pub triggers: String,
    /// Psychographics: values.
    pub values: String,
    /// Psychographics: lifestyle.
    pub lifestyle: String,
    /// Goals, one per item.
    pub goals: Vec<String>,
    /// Motivations, one per item.
    pub motivations: Vec<String>,
    /// Frustrations, one per item.
    pub frustrations: Vec<String>,
    /// The segment this persona stands for.
    pub segment: String,
}

/// One journey in one state: stages across, lanes down.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "MapRec")]
pub struct Map {
    /// Id of the map.
    pub id: MapId,
    /// Title of the map.
    pub title: String,
    /// The concrete job the customer is doing.
    #[serde(default)]
    pub scenario: String,
    /// What the business wants from this journey.
    #[serde(default)]
    pub business_goal: String,
    /// Current state, future state, day in the life or service blueprint.
    pub kind: MapKind,
    /// Personas the map is about, in display order.
    #[serde(default)]
    pub personas: Vec<PersonaId>,
    /// When the map was last reviewed (maps go stale).
    #[serde(default)]
    pub last_reviewed: Option<Date>,
    /// The map this one was made from (a future state from its current state).
    #[serde(default)]
    pub derived_from: Option<MapId>,
    /// BCP 47 tag of the language the map is written in; empty means the
    /// project's. Exports caption the map in it, and it decides the flow.
    #[serde(default)]
    pub language: String,
    /// Which way the stages run (`auto`: as the language is written).
    #[serde(default)]
    pub flow: Flow,
    /// Order key among the project's maps.
    pub key: String,
}

/// A column of a map: one stage of the journey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "StageRec")]
pub struct Stage {
    /// Id of the stage.
    pub id: StageId,
    /// The map it belongs to.
    pub map: MapId,
    /// Name shown in the header row.
    pub name: String,
    /// Longer description of the stage.
    #[serde(default)]
    pub description: String,
    /// Order key among the map's stages.
    pub key: String,
    /// Column width in layout units, used while the stage has no steps.
    pub width: u32,
    /// Header colour.
    #[serde(default)]
    pub color: Option<Color>,
}

/// A sub-column of a stage. A stage with steps holds its cards in step cells.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "StepRec")]
pub struct Step {
    /// Id of the step.
    pub id: StepId,
    /// The map it belongs to (same as its stage's).
    pub map: MapId,
    /// The stage it splits.
    pub stage: StageId,
    /// Name shown under the stage header.
    pub name: String,
    /// Order key among the stage's steps.
    pub key: String,
    /// Column width in layout units.
    pub width: u32,
}

/// A typed row of a map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "LaneRec")]
pub struct Lane {
    /// Id of the lane.
    pub id: LaneId,
    /// The map it belongs to.
    pub map: MapId,
    /// What the lane holds.
    pub kind: LaneKind,
    /// Name shown in the lane header column.
    pub name: String,
    /// Order key among the map's lanes.
    pub key: String,
    /// Row height in layout units.
    pub height: u32,
    /// Lane colour (header and default card colour).
    #[serde(default)]
    pub color: Option<Color>,
}

/// A metric on a KPI card: a name, a unit, today's and the wanted value.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct Metric {
    /// Name, e.g. CSAT, NPS, conversion rate.
    pub name: String,
    /// Unit, e.g. `%`, `days`, `EUR`.
    pub unit: String,
    /// Current value.
    pub current: Option<f64>,
    /// Target value.
    pub target: Option<f64>,
}

/// An item in one cell (stage or step x lane), in order.
///
/// Kind-specific fields stay on the card when it moves to a lane of another
/// kind, so moving it back restores them; they are shown only where they apply.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "CardRec")]
pub struct Card {
    /// Id of the card.
    pub id: CardId,
    /// The map it belongs to.
    pub map: MapId,
    /// Column: the stage...
    pub stage: StageId,
    /// ...and the step, when the stage has steps.
    #[serde(default)]
    pub step: Option<StepId>,
    /// Row.
    pub lane: LaneId,
    /// Order key within the cell.
    pub key: String,
    /// The card's text (any script, any direction).
    #[serde(default)]
    pub text: String,
    /// Card colour; `None` uses the lane's.
    #[serde(default)]
    pub color: Option<Color>,
    /// Touchpoint channel.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// Pain point severity.
    #[serde(default)]
    pub severity: Option<Level>,
    /// Opportunity impact.
    #[serde(default)]
    pub impact: Option<Level>,
    /// Opportunity effort.
    #[serde(default)]
    pub effort: Option<Level>,
    /// KPI figures.
    #[serde(default)]
    pub metric: Option<Metric>,
    /// Owner team for front stage, back stage and support cards.
    #[serde(default)]
    pub owner: String,
    /// Picture for image cards.
    #[serde(default)]
    pub image: Option<AssetId>,
    /// Alternative text of the picture.
    #[serde(default)]
    pub alt: String,
}

/// One point of an emotion lane's curve, for one stage or step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "EmotionRec")]
pub struct EmotionPoint {
    /// Id of the point.
    pub id: EmotionId,
    /// The map it belongs to.
    pub map: MapId,
    /// The emotion lane.
    pub lane: LaneId,
    /// Column: the stage...
    pub stage: StageId,
    /// ...and the step, when the stage has steps.
    #[serde(default)]
    pub step: Option<StepId>,
    /// From -2 (very negative) to +2 (very positive).
    pub value: i8,
    /// Marks a critical moment ("moment of truth").
    #[serde(default)]
    pub critical: bool,
    /// Why the customer feels this way.
    #[serde(default)]
    pub note: String,
}

/// An image stored inside the project (persona photo, image card), already
/// decoded, bounded and re-encoded on the way in.
#[derive(Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(rename = "AssetRec")]
pub struct Asset {
    /// Id of the asset.
    pub id: AssetId,
    /// `image/png` or `image/jpeg`.
    pub mime: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Encoded bytes (base64 in JSON). The shell leaves them out of what it
    /// sends the page, which loads pictures by id.
    #[serde(with = "crate::model::base64_bytes")]
    #[ts(as = "Option<String>", optional)]
    pub data: Vec<u8>,
}

impl std::fmt::Debug for Asset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Asset({}, {}, {}x{}, {} bytes)",
            self.id,
            self.mime,
            self.width,
            self.height,
            self.data.len()
        )
    }
}
