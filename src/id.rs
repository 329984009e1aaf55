//! Typed record ids.
//!
//! Every record is named by a UUID v7 (time-ordered, so rows sort by creation and
//! maps can later be copied or merged between projects without renumbering). Each
//! record type gets its own id type so a stage id can never be passed where a lane
//! id is expected.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS)]
        #[serde(transparent)]
        #[ts(type = "string")]
        pub struct $name(pub Uuid);

        impl $name {
            /// Make a fresh, time-ordered id.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

typed_id!(
    /// Names the project record (one per file).
    ProjectId
);
typed_id!(
    /// Names a persona.
    PersonaId
);
typed_id!(
    /// Names a map (one journey in one state).
    MapId
);
typed_id!(
    /// Names a stage (a column of a map).
    StageId
);
typed_id!(
    /// Names a step (a sub-column of a stage).
    StepId
);
typed_id!(
    /// Names a lane (a typed row of a map).
    LaneId
);
typed_id!(
    /// Names a card (an item in one cell).
    CardId
);
typed_id!(
    /// Names an emotion point (one per lane and column of an emotion lane).
    EmotionId
);
typed_id!(
    /// Names an image asset stored inside the project.
    AssetId
);

macro_rules! record_ids {
    ($($variant:ident($id:ident, $name:literal),)+) => {
        /// The id of any record, tagged with its type.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(tag = "type", content = "id", rename_all = "snake_case")]
        pub enum RecordId {
            $(
                #[doc = concat!("Id of a ", $name, ".")]
                $variant($id),
            )+
        }

        impl RecordId {
            /// The record type's name in plain words, for messages.
            pub fn kind_name(&self) -> &'static str {
                match self {
                    $(RecordId::$variant(_) => $name,)+
                }
            }

            /// The bare UUID.
            pub fn uuid(&self) -> Uuid {
                match self {
                    $(RecordId::$variant(id) => id.0,)+
                }
            }
        }

        $(
            impl From<$id> for RecordId {
                fn from(id: $id) -> RecordId {
                    RecordId::$variant(id)
                }
            }
        )+
    };
}

record_ids!(
    Project(ProjectId, "project"),
    Asset(AssetId, "image"),
    Persona(PersonaId, "persona"),
    Map(MapId, "map"),
    Stage(StageId, "stage"),
    Step(StepId, "step"),
    Lane(LaneId, "lane"),
    Card(CardId, "card"),
    Emotion(EmotionId, "emotion point"),
);

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.kind_name(), self.uuid())
    }
}
