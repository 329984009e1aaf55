//! One enum over every record type, so changes, the store and the history can
//! treat records uniformly (add / update / remove) without per-type code.

use super::records::*;
use crate::id::*;
use serde::{Deserialize, Serialize};

macro_rules! records {
    ($($variant:ident($ty:ident, $id:ident, $name:literal),)+) => {
        /// Any record of a project.
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[serde(tag = "type", rename_all = "snake_case")]
        pub enum Record {
            $(
                #[doc = concat!("A ", $name, ".")]
                $variant($ty),
            )+
        }

        /// The id of any record, tagged with its type.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(tag = "type", content = "id", rename_all = "snake_case")]
        pub enum RecordId {
            $(
                #[doc = concat!("Id of a ", $name, ".")]
                $variant($id),
            )+
        }

        impl Record {
            /// The record's id.
            pub fn id(&self) -> RecordId {
                match self {
                    $(Record::$variant(r) => RecordId::$variant(r.id),)+
                }
            }
        }

        impl RecordId {
            /// The record type's name in plain words, for messages.
            pub fn kind_name(&self) -> &'static str {
                match self {
                    $(RecordId::$variant(_) => $name,)+
                }
            }

            /// The bare UUID.
            pub fn uuid(&self) -> uuid::Uuid {
                match self {
                    $(RecordId::$variant(id) => id.0,)+
                }
            }
        }

        $(
            impl From<$ty> for Record {
                fn from(r: $ty) -> Record {
                    Record::$variant(r)
                }
            }

            impl From<$id> for RecordId {
                fn from(id: $id) -> RecordId {
                    RecordId::$variant(id)
                }
            }
        )+
    };
}

records!(
    Project(Project, ProjectId, "project"),
    Asset(Asset, AssetId, "image"),
    Persona(Persona, PersonaId, "persona"),
    Map(Map, MapId, "map"),
    Stage(Stage, StageId, "stage"),
    Step(Step, StepId, "step"),
    Lane(Lane, LaneId, "lane"),
    Card(Card, CardId, "card"),
    Emotion(EmotionPoint, EmotionId, "emotion point"),
);

impl std::fmt::Display for RecordId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.kind_name(), self.uuid())
    }
}
