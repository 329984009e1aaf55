//! The vocabularies as data for the page: one descriptor per lane kind,
//! channel, level, map kind, card field and template, with its stable
//! spelling, the key of its label in the translation catalog and what the
//! page needs to draw and offer it (colours from `assets/theme.json`, icon
//! files, the card fields a lane kind carries).
//!
//! The descriptors are built from the same tables the core's rules read
//! ([`LaneKind::spec`]), and `make generate` writes them into the page as a
//! constant (`ui/src/lib/generated/vocabulary.ts`), so the page offers a field
//! exactly where the core accepts it.

use crate::error::Result;
use crate::layout::Theme;
use crate::layout::frame::Rgba;
use crate::model::{CardField, Channel, Flow, KPI_NAMES, LaneHolds, LaneKind, Level, MapKind};
use crate::templates::Template;
use serde::Serialize;
use ts_rs::TS;

/// A lane kind as the page sees it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct LaneKindInfo {
    /// The stable spelling.
    pub kind: LaneKind,
    /// Catalog key of its label (`lane-kind-pain-points`).
    pub label_key: String,
    /// Cards or emotion points.
    pub holds: LaneHolds,
    /// The card fields its cards carry, in inspector order.
    #[ts(type = "ReadonlyArray<CardField>")]
    pub fields: Vec<CardField>,
    /// Its cards can show a picture (`fields` holds `picture`).
    pub picture: bool,
    /// Header accent, icons and badges (`#rrggbb`).
    pub accent: String,
    /// Default card fill (`#rrggbb`).
    pub card: String,
    /// Height of a new lane of this kind, in layout units.
    pub default_height: u32,
}

/// A touchpoint channel as the page sees it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct ChannelInfo {
    /// The stable spelling.
    pub channel: Channel,
    /// Catalog key of its label (`channel-mobile-app`).
    pub label_key: String,
    /// File stem of its icon in `assets/icons` (`mobile_app` for `mobile_app.svg`).
    pub icon: String,
}

/// A level (severity, impact, effort) as the page sees it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct LevelInfo {
    /// The stable spelling.
    pub level: Level,
    /// Catalog key of its label (`level-high`).
    pub label_key: String,
    /// Badge colour (`#rrggbb`) for a severity or an effort; an impact uses
    /// the opposite level's colour (high impact is the good news).
    pub color: String,
}

/// A map kind as the page sees it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct MapKindInfo {
    /// The stable spelling.
    pub kind: MapKind,
    /// Catalog key of its label (`map-kind-current-state`).
    pub label_key: String,
}

/// A map flow (which way the stages run) as the page sees it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct FlowInfo {
    /// The stable spelling.
    pub flow: Flow,
    /// Catalog key of its label (`map-flow-rtl`).
    pub label_key: String,
}

/// A kind-specific card field as the page sees it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct CardFieldInfo {
    /// The stable spelling.
    pub field: CardField,
    /// Catalog key of its label (`card-field-severity`).
    pub label_key: String,
}

/// A built-in template as the page sees it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct TemplateInfo {
    /// The name `create_map` takes.
    pub name: Template,
    /// Catalog key of its label (`template-b2c`).
    pub label_key: String,
    /// Catalog key of its one-line description (`template-b2c-blurb`).
    pub blurb_key: String,
    /// The kind of map it makes.
    pub kind: MapKind,
    /// How many stages it starts with.
    pub stages: u32,
}

/// Every vocabulary, in palette and menu order.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Vocabulary {
    /// Lane kinds.
    #[ts(type = "ReadonlyArray<LaneKindInfo>")]
    pub lane_kinds: Vec<LaneKindInfo>,
    /// Touchpoint channels.
    #[ts(type = "ReadonlyArray<ChannelInfo>")]
    pub channels: Vec<ChannelInfo>,
    /// Levels, low to high.
    #[ts(type = "ReadonlyArray<LevelInfo>")]
    pub levels: Vec<LevelInfo>,
    /// Map kinds.
    #[ts(type = "ReadonlyArray<MapKindInfo>")]
    pub map_kinds: Vec<MapKindInfo>,
    /// Map flows.
    #[ts(type = "ReadonlyArray<FlowInfo>")]
    pub flows: Vec<FlowInfo>,
    /// Kind-specific card fields.
    #[ts(type = "ReadonlyArray<CardFieldInfo>")]
    pub card_fields: Vec<CardFieldInfo>,
    /// Built-in templates.
    #[ts(type = "ReadonlyArray<TemplateInfo>")]
    pub templates: Vec<TemplateInfo>,
    /// Catalog keys of the usual KPI names a metric card suggests.
    pub metric_names: Vec<String>,
}

/// `#rrggbb` of an opaque theme colour.
fn hex(c: Rgba) -> String {
    format!("#{:02x}{:02x}{:02x}", c.r, c.g, c.b)
}

/// The catalog key of a template's label (`template-<name>`).
pub fn template_label_key(t: Template) -> String {
    format!("template-{}", t.as_str().replace('_', "-"))
}

/// The catalog key of a template's one-line description (`template-<name>-blurb`).
pub fn template_blurb_key(t: Template) -> String {
    format!("{}-blurb", template_label_key(t))
}

impl Vocabulary {
    /// The built-in vocabularies with the built-in theme's colours.
    pub fn builtin() -> Result<Vocabulary> {
        let theme = Theme::builtin()?;
        Ok(Vocabulary {
            lane_kinds: LaneKind::ALL
                .iter()
                .map(|&kind| {
                    let spec = kind.spec();
                    let colors = theme.lane(kind);
                    LaneKindInfo {
                        kind,
                        label_key: kind.label_key().to_string(),
                        holds: spec.holds,
                        fields: spec.fields.to_vec(),
                        picture: spec.takes_picture(),
                        accent: hex(colors.accent),
                        card: hex(colors.card),
                        default_height: spec.default_height,
                    }
                })
                .collect(),
            channels: Channel::ALL
                .iter()
                .map(|&channel| ChannelInfo {
                    channel,
                    label_key: channel.label_key().to_string(),
                    icon: channel.as_str().to_string(),
                })
                .collect(),
            levels: Level::ALL
                .iter()
                .map(|&level| LevelInfo {
                    level,
                    label_key: level.label_key().to_string(),
                    color: hex(theme.level(level)),
                })
                .collect(),
            map_kinds: MapKind::ALL
                .iter()
                .map(|&kind| MapKindInfo {
                    kind,
                    label_key: kind.label_key().to_string(),
                })
                .collect(),
            flows: Flow::ALL
                .iter()
                .map(|&flow| FlowInfo {
                    flow,
                    label_key: flow.label_key().to_string(),
                })
                .collect(),
            card_fields: CardField::ALL
                .iter()
                .map(|&field| CardFieldInfo {
                    field,
                    label_key: field.label_key().to_string(),
                })
                .collect(),
            templates: Template::ALL
                .iter()
                .map(|&name| {
                    let spec = name.spec();
                    TemplateInfo {
                        name,
                        label_key: template_label_key(name),
                        blurb_key: template_blurb_key(name),
                        kind: spec.kind,
                        stages: spec.stages.len() as u32,
                    }
                })
                .collect(),
            metric_names: KPI_NAMES.iter().map(|k| k.to_string()).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn the_page_gets_every_value_of_every_vocabulary_in_order() {
        let v = Vocabulary::builtin().unwrap();
        let kinds: Vec<LaneKind> = v.lane_kinds.iter().map(|k| k.kind).collect();
        assert_eq!(kinds, LaneKind::ALL);
        let channels: Vec<Channel> = v.channels.iter().map(|c| c.channel).collect();
        assert_eq!(channels, Channel::ALL);
        let levels: Vec<Level> = v.levels.iter().map(|l| l.level).collect();
        assert_eq!(levels, Level::ALL);
        let maps: Vec<MapKind> = v.map_kinds.iter().map(|m| m.kind).collect();
        assert_eq!(maps, MapKind::ALL);
        let fields: Vec<CardField> = v.card_fields.iter().map(|f| f.field).collect();
        assert_eq!(fields, CardField::ALL);
        let templates: Vec<Template> = v.templates.iter().map(|t| t.name).collect();
        assert_eq!(templates, Template::ALL);
    }

    #[test]
    fn lane_kind_descriptors_say_what_the_core_rules_allow() {
        for info in Vocabulary::builtin().unwrap().lane_kinds {
            let spec = info.kind.spec();
            assert_eq!(info.fields, spec.fields, "{:?}", info.kind);
            assert_eq!(info.picture, spec.takes(CardField::Picture));
            assert_eq!(info.holds, spec.holds);
            assert_eq!(info.default_height, info.kind.default_height());
        }
    }

    #[test]
    fn lane_colours_come_from_the_theme() {
        let v = Vocabulary::builtin().unwrap();
        let pains = v
            .lane_kinds
            .iter()
            .find(|k| k.kind == LaneKind::PainPoints)
            .unwrap();
        assert_eq!(
            (pains.accent.as_str(), pains.card.as_str()),
            ("#cf222e", "#ffebe9")
        );
        let high = v.levels.iter().find(|l| l.level == Level::High).unwrap();
        assert_eq!(high.color, "#cf222e");
    }

    #[test]
    fn every_channel_icon_is_a_bundled_file() {
        let icons = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icons");
        for c in Vocabulary::builtin().unwrap().channels {
            let file = icons.join(format!("{}.svg", c.icon));
            assert!(file.is_file(), "{} is missing", file.display());
        }
    }

    #[test]
    fn template_keys_follow_the_catalog_scheme() {
        assert_eq!(template_label_key(Template::B2c), "template-b2c");
        assert_eq!(
            template_blurb_key(Template::Service),
            "template-service-blurb"
        );
    }
}
