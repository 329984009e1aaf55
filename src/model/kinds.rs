//! The closed vocabularies of a map: lane kinds, map kinds, touchpoint channels,
//! levels. Their serde names are the stable spellings used in the project file,
//! the JSON format and the UI.

use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal / $label:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
        Goals = "goals" / "Goals and needs",
        /// What the customer does.
        Actions = "actions" / "Actions",
        /// Where the customer meets the business; cards carry a channel.
        Touchpoints = "touchpoints" / "Touchpoints",
        /// What the customer thinks, often a quote.
        Thoughts = "thoughts" / "Thoughts",
        /// One point per column drawn as a curve; holds emotion points, not cards.
        Emotions = "emotions" / "Emotions",
        /// Frustrations and obstacles; cards carry a severity.
        PainPoints = "pain_points" / "Pain points",
        /// Ideas to fix or delight; cards carry impact and effort.
        Opportunities = "opportunities" / "Opportunities",
        /// Per-stage figures; cards carry a metric with current and target values.
        Metrics = "metrics" / "Metrics and KPIs",
        /// What staff do in view of the customer; cards may name an owner.
        FrontStage = "front_stage" / "Front stage",
        /// What staff and systems do out of view; cards may name an owner.
        BackStage = "back_stage" / "Back stage",
        /// Processes that support the service; cards may name an owner.
        SupportProcesses = "support_processes" / "Support processes",
        /// What the business has and still needs.
        Resources = "resources" / "Resources",
        /// Events such as sign-up or activation.
        Milestones = "milestones" / "Milestones",
        /// Free text.
        Notes = "notes" / "Notes",
        /// Pictures with alternative text.
        Images = "images" / "Images",
    }
);

impl LaneKind {
    /// Tell whether cards in this lane carry an owner team (service blueprint lanes).
    pub fn has_owner(self) -> bool {
        matches!(
            self,
            LaneKind::FrontStage | LaneKind::BackStage | LaneKind::SupportProcesses
        )
    }

    /// Height a new lane of this kind gets: the emotion curve needs more room.
    pub fn default_height(self) -> u32 {
        match self {
            LaneKind::Emotions => 160,
            _ => super::values::DEFAULT_LANE_HEIGHT,
        }
    }
}

vocabulary!(
    /// Which state of the journey a map shows.
    MapKind {
        /// How the journey is today, pains included.
        CurrentState = "current_state" / "Current state",
        /// How the journey should be.
        FutureState = "future_state" / "Future state",
        /// The customer's whole day, not only the contact with the business.
        DayInTheLife = "day_in_the_life" / "Day in the life",
        /// The journey plus the staff and system lanes behind it.
        ServiceBlueprint = "service_blueprint" / "Service blueprint",
    }
);

vocabulary!(
    /// Where a customer meets the business; each has an icon in `assets/icons`.
    Channel {
        /// A website.
        Website = "website" / "Website",
        /// A mobile app.
        MobileApp = "mobile_app" / "Mobile app",
        /// Social media.
        Social = "social" / "Social media",
        /// Email.
        Email = "email" / "Email",
        /// A phone call.
        Phone = "phone" / "Phone",
        /// In person, in a store or office.
        Store = "store" / "In person / store",
        /// Chat or messenger.
        Chat = "chat" / "Chat / messenger",
        /// Advertising.
        Advertising = "advertising" / "Advertising",
        /// Packaging.
        Packaging = "packaging" / "Packaging",
        /// Delivery.
        Delivery = "delivery" / "Delivery",
        /// Events.
        Event = "event" / "Events",
    }
);

vocabulary!(
    /// A three-step rating: pain severity, opportunity impact and effort.
    Level {
        /// Low.
        Low = "low" / "Low",
        /// Medium.
        Medium = "medium" / "Medium",
        /// High.
        High = "high" / "High",
    }
);
