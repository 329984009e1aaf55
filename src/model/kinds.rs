//! The closed vocabularies of a map: lane kinds, map kinds, touchpoint channels,
//! levels and the kind-specific card fields. Their serde names are the stable
//! spellings used in the project file, the JSON format and the UI; each value
//! also has a message key (`lane-kind-pain-points`...) that the page and the
//! exports look up in the translation catalog.
//!
//! What a lane kind allows is data here ([`LaneKind::spec`]): the rules in
//! `apply` read it, and the page receives the same table (`crate::vocab`), so
//! the rule and the UI cannot disagree.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal / $label:literal / $key:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $text)] $variant,)+
        }

        impl $name {
            /// Every value, in the order a palette shows them.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable spelling stored in files.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)+ }
            }

            /// A plain English label for people.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)+ }
            }

            /// The key of its label in the translation catalog.
            pub fn label_key(self) -> &'static str {
                match self { $($name::$variant => $key,)+ }
            }

            /// Read the stable spelling back.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

vocabulary!(
    /// What a lane holds; decides how its cells look and which card fields apply.
    LaneKind {
        /// What the customer wants at this stage (goals, needs, expectations).
        Goals = "goals" / "Goals and needs" / "lane-kind-goals",
        /// What the customer does.
        Actions = "actions" / "Actions" / "lane-kind-actions",
        /// Where the customer meets the business; cards carry a channel.
        Touchpoints = "touchpoints" / "Touchpoints" / "lane-kind-touchpoints",
        /// What the customer thinks, often a quote.
        Thoughts = "thoughts" / "Thoughts" / "lane-kind-thoughts",
        /// One point per column drawn as a curve; holds emotion points, not cards.
        Emotions = "emotions" / "Emotions" / "lane-kind-emotions",
        /// Frustrations and obstacles; cards carry a severity.
        PainPoints = "pain_points" / "Pain points" / "lane-kind-pain-points",
        /// Ideas to fix or delight; cards carry impact and effort.
        Opportunities = "opportunities" / "Opportunities" / "lane-kind-opportunities",
        /// Per-stage figures; cards carry a metric with current and target values.
        Metrics = "metrics" / "Metrics and KPIs" / "lane-kind-metrics",
        /// What staff do in view of the customer; cards may name an owner.
        FrontStage = "front_stage" / "Front stage" / "lane-kind-front-stage",
        /// What staff and systems do out of view; cards may name an owner.
        BackStage = "back_stage" / "Back stage" / "lane-kind-back-stage",
        /// Processes that support the service; cards may name an owner.
        SupportProcesses = "support_processes" / "Support processes" / "lane-kind-support-processes",
        /// What the business has and still needs.
        Resources = "resources" / "Resources" / "lane-kind-resources",
        /// Events such as sign-up or activation.
        Milestones = "milestones" / "Milestones" / "lane-kind-milestones",
        /// Free text.
        Notes = "notes" / "Notes" / "lane-kind-notes",
        /// Pictures with alternative text.
        Images = "images" / "Images" / "lane-kind-images",
    }
);

vocabulary!(
    /// A kind-specific field of a card, beyond its text and colour. Which
    /// lane kinds carry which fields is [`LaneKindSpec::fields`].
    CardField {
        /// The touchpoint channel (`channel`).
        Channel = "channel" / "Channel" / "card-field-channel",
        /// The pain point severity (`severity`).
        Severity = "severity" / "Severity" / "card-field-severity",
        /// The opportunity impact (`impact`).
        Impact = "impact" / "Impact" / "card-field-impact",
        /// The opportunity effort (`effort`).
        Effort = "effort" / "Effort" / "card-field-effort",
        /// The KPI figures (`metric`).
        Metric = "metric" / "Metric" / "card-field-metric",
        /// The owner team (`owner`).
        Owner = "owner" / "Owner" / "card-field-owner",
        /// A picture with its alternative text (`image` and `alt`).
        Picture = "picture" / "Picture" / "card-field-picture",
    }
);

/// What the cells of a lane hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LaneHolds {
    /// Cards, in order, in each cell.
    Cards,
    /// At most one emotion point per column, drawn as a curve.
    EmotionPoints,
}

/// The rules of one lane kind, as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LaneKindSpec {
    /// The kind described.
    pub kind: LaneKind,
    /// Cards or emotion points.
    pub holds: LaneHolds,
    /// The card fields its cards carry; a command setting any other field
    /// on a card of this lane is refused.
    pub fields: &'static [CardField],
    /// Height a new lane of this kind gets (the emotion curve needs more room).
    pub default_height: u32,
}

impl LaneKindSpec {
    /// Tell whether cards of this kind carry `field`.
    pub fn takes(&self, field: CardField) -> bool {
        self.fields.contains(&field)
    }

    /// Tell whether cards of this kind can show a picture.
    pub fn takes_picture(&self) -> bool {
        self.takes(CardField::Picture)
    }
}

const fn cards(kind: LaneKind, fields: &'static [CardField]) -> LaneKindSpec {
    LaneKindSpec {
        kind,
        holds: LaneHolds::Cards,
        fields,
        default_height: super::values::DEFAULT_LANE_HEIGHT,
    }
}

/// Owner team: the service blueprint lanes.
const OWNER: &[CardField] = &[CardField::Owner];
/// Pictures: image lanes, and notes (a sketch or a photo with a remark).
const PICTURE: &[CardField] = &[CardField::Picture];

/// One spec per lane kind, in the order of [`LaneKind::ALL`].
const LANE_SPECS: [LaneKindSpec; 15] = [
    cards(LaneKind::Goals, &[]),
    cards(LaneKind::Actions, &[]),
    cards(LaneKind::Touchpoints, &[CardField::Channel]),
    cards(LaneKind::Thoughts, &[]),
    LaneKindSpec {
        kind: LaneKind::Emotions,
        holds: LaneHolds::EmotionPoints,
        fields: &[],
        default_height: 160,
    },
    cards(LaneKind::PainPoints, &[CardField::Severity]),
    cards(
        LaneKind::Opportunities,
        &[CardField::Impact, CardField::Effort],
    ),
    cards(LaneKind::Metrics, &[CardField::Metric]),
    cards(LaneKind::FrontStage, OWNER),
    cards(LaneKind::BackStage, OWNER),
    cards(LaneKind::SupportProcesses, OWNER),
    cards(LaneKind::Resources, &[]),
    cards(LaneKind::Milestones, &[]),
    cards(LaneKind::Notes, PICTURE),
    cards(LaneKind::Images, PICTURE),
];

impl LaneKind {
    /// The rules of this kind: what it holds, its card fields, its default height.
    pub fn spec(self) -> &'static LaneKindSpec {
        // `LANE_SPECS` follows the declaration order, which `ALL` follows too
        // (checked by a test).
        &LANE_SPECS[self as usize]
    }

    /// Tell whether cards in this lane carry an owner team (service blueprint lanes).
    pub fn has_owner(self) -> bool {
        self.spec().takes(CardField::Owner)
    }

    /// Tell whether this lane holds emotion points rather than cards.
    pub fn holds_emotions(self) -> bool {
        self.spec().holds == LaneHolds::EmotionPoints
    }

    /// Height a new lane of this kind gets: the emotion curve needs more room.
    pub fn default_height(self) -> u32 {
        self.spec().default_height
    }
}

vocabulary!(
    /// Which state of the journey a map shows.
    MapKind {
        /// How the journey is today, pains included.
        CurrentState = "current_state" / "Current state" / "map-kind-current-state",
        /// How the journey should be.
        FutureState = "future_state" / "Future state" / "map-kind-future-state",
        /// The customer's whole day, not only the contact with the business.
        DayInTheLife = "day_in_the_life" / "Day in the life" / "map-kind-day-in-the-life",
        /// The journey plus the staff and system lanes behind it.
        ServiceBlueprint = "service_blueprint" / "Service blueprint" / "map-kind-service-blueprint",
    }
);

vocabulary!(
    /// Which way a map's stages run: as its language is written (Persian right
    /// to left, the others left to right), or either way by choice.
    Flow {
        /// As the map's language is written.
        Auto = "auto" / "As the language is written" / "map-flow-auto",
        /// First stage at the left.
        Ltr = "ltr" / "Left to right" / "map-flow-ltr",
        /// First stage at the right, lane headers on the right.
        Rtl = "rtl" / "Right to left" / "map-flow-rtl",
    }
);

// The `vocabulary!` macro derives for every vocabulary; only this one has a default.
#[allow(clippy::derivable_impls)]
impl Default for Flow {
    fn default() -> Self {
        Flow::Auto
    }
}

vocabulary!(
    /// Where a customer meets the business; each has an icon in `assets/icons`.
    Channel {
        /// A website.
        Website = "website" / "Website" / "channel-website",
        /// A mobile app.
        MobileApp = "mobile_app" / "Mobile app" / "channel-mobile-app",
        /// Social media.
        Social = "social" / "Social media" / "channel-social",
        /// Email.
        Email = "email" / "Email" / "channel-email",
        /// A phone call.
        Phone = "phone" / "Phone" / "channel-phone",
        /// In person, in a store or office.
        Store = "store" / "In person / store" / "channel-store",
        /// Chat or messenger.
        Chat = "chat" / "Chat / messenger" / "channel-chat",
        /// Advertising.
        Advertising = "advertising" / "Advertising" / "channel-advertising",
        /// Packaging.
        Packaging = "packaging" / "Packaging" / "channel-packaging",
        /// Delivery.
        Delivery = "delivery" / "Delivery" / "channel-delivery",
        /// Events.
        Event = "event" / "Events" / "channel-event",
    }
);

vocabulary!(
    /// A three-step rating: pain severity, opportunity impact and effort.
    Level {
        /// Low.
        Low = "low" / "Low" / "level-low",
        /// Medium.
        Medium = "medium" / "Medium" / "level-medium",
        /// High.
        High = "high" / "High" / "level-high",
    }
);

/// The usual KPIs a metric card suggests by name (catalog keys of their
/// names): the figures a journey map tracks per stage. A card may name any
/// other metric; these only fill the suggestions.
pub const KPI_NAMES: &[&str] = &[
    "kpi-csat",
    "kpi-nps",
    "kpi-conversion-rate",
    "kpi-retention-rate",
    "kpi-customer-lifetime-value",
    "kpi-average-resolution-time",
    "kpi-complaint-rate",
    "kpi-return-rate",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The key scheme shared with the catalogs: a prefix, then the spelling
    /// with `_` written as `-`.
    fn key(prefix: &str, spelling: &str) -> String {
        format!("{prefix}{}", spelling.replace('_', "-"))
    }

    #[test]
    fn label_keys_follow_the_catalog_scheme() {
        for k in LaneKind::ALL {
            assert_eq!(k.label_key(), key("lane-kind-", k.as_str()));
        }
        for k in MapKind::ALL {
            assert_eq!(k.label_key(), key("map-kind-", k.as_str()));
        }
        for c in Channel::ALL {
            assert_eq!(c.label_key(), key("channel-", c.as_str()));
        }
        for l in Level::ALL {
            assert_eq!(l.label_key(), key("level-", l.as_str()));
        }
        for f in CardField::ALL {
            assert_eq!(f.label_key(), key("card-field-", f.as_str()));
        }
    }

    #[test]
    fn every_lane_kind_has_its_own_spec() {
        assert_eq!(LaneKind::ALL.len(), LANE_SPECS.len());
        for k in LaneKind::ALL {
            assert_eq!(k.spec().kind, *k);
        }
    }

    #[test]
    fn only_emotion_lanes_hold_emotion_points_and_they_carry_no_card_fields() {
        for k in LaneKind::ALL {
            let spec = k.spec();
            assert_eq!(
                spec.holds == LaneHolds::EmotionPoints,
                *k == LaneKind::Emotions
            );
            if k.holds_emotions() {
                assert!(spec.fields.is_empty(), "{k:?}");
            }
        }
    }

    #[test]
    fn each_card_field_belongs_to_some_lane_kind() {
        for f in CardField::ALL {
            assert!(
                LaneKind::ALL.iter().any(|k| k.spec().takes(*f)),
                "{f:?} is carried by no lane kind"
            );
        }
    }

    #[test]
    fn pictures_go_on_image_and_note_cards_only() {
        let with: Vec<LaneKind> = LaneKind::ALL
            .iter()
            .copied()
            .filter(|k| k.spec().takes_picture())
            .collect();
        assert_eq!(with, [LaneKind::Notes, LaneKind::Images]);
    }
}
