//! The journey model: typed records, the closed vocabularies, validated values,
//! and the in-memory [`Document`] that holds one project. No IO here.

mod document;
mod kinds;
mod record;
mod records;
mod review;
mod values;

pub use document::{Column, Document, MAX_ASSET_BYTES};
pub use kinds::{
    CardField, Channel, Flow, KPI_NAMES, LaneHolds, LaneKind, LaneKindSpec, Level, MapKind,
};
pub use record::{Record, RecordId};
pub use records::{Asset, Card, EmotionPoint, Lane, Map, Metric, Persona, Project, Stage, Step};
pub use review::{REVIEW_MONTHS, Review, review};
pub use values::*;

/// Serde helper: bytes as a base64 string, so assets travel inside JSON.
pub(crate) mod base64_bytes {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        STANDARD
            .decode(text.as_bytes())
            .map_err(|e| serde::de::Error::custom(format!("bad base64: {e}")))
    }
}
