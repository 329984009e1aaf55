//! One enum over every record type, so changes, the store and the history can
//! treat records uniformly (add / update / remove) without per-type code.
//! Their ids, tagged with the type, are [`RecordId`] (in [`crate::id`]).

use super::records::*;
pub use crate::id::RecordId;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

macro_rules! records {
    ($($variant:ident($ty:ident),)+) => {
        /// Any record of a project.
        // `Rec` in TypeScript: `Record` is a built-in type there.
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
        #[serde(tag = "type", rename_all = "snake_case")]
        #[ts(rename = "Rec")]
        pub enum Record {
            $(
                #[doc = concat!("A ", stringify!($variant), " record.")]
                $variant($ty),
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

        $(
            impl From<$ty> for Record {
                fn from(r: $ty) -> Record {
                    Record::$variant(r)
                }
            }
        )+
    };
}

records!(
    Project(Project),
    Asset(Asset),
    Persona(Persona),
    Map(Map),
    Stage(Stage),
    Step(Step),
    Lane(Lane),
    Card(Card),
    Emotion(EmotionPoint),
);
