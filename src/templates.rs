//! Built-in maps a user starts from: blank, retail B2C, B2B (seven stages) and a
//! service business (a car service centre). Each is plain data; creating a map
//! from one is an ordinary command, so it is one undo step like any other.

use crate::model::{Channel, LaneKind, Level, MapKind, Metric};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which built-in map to start from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Template {
    /// Five empty stages and the usual lanes.
    #[default]
    Blank,
    /// Retail / B2C: awareness to advocacy.
    B2c,
    /// B2B: the seven stages from out of market to expansion.
    B2b,
    /// Service business: a car service centre, with blueprint lanes.
    Service,
}

impl Template {
    /// Every template, in menu order.
    pub const ALL: [Template; 4] = [
        Template::Blank,
        Template::B2c,
        Template::B2b,
        Template::Service,
    ];

    /// Parse the CLI / file spelling (`blank`, `b2c`, `b2b`, `service`).
    pub fn parse(s: &str) -> Option<Template> {
        Template::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The CLI / file spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Template::Blank => "blank",
            Template::B2c => "b2c",
            Template::B2b => "b2b",
            Template::Service => "service",
        }
    }

    /// The template's content.
    pub fn spec(self) -> TemplateSpec {
        match self {
            Template::Blank => blank(),
            Template::B2c => b2c(),
            Template::B2b => b2b(),
            Template::Service => service(),
        }
    }
}

/// The content of a template, by index into its stages and lanes.
#[derive(Clone, Debug)]
pub struct TemplateSpec {
    /// Default map title.
    pub title: &'static str,
    /// Default map kind.
    pub kind: MapKind,
    /// Scenario text.
    pub scenario: &'static str,
    /// Stage names, left to right.
    pub stages: Vec<&'static str>,
    /// Lanes, top to bottom.
    pub lanes: Vec<LaneKind>,
    /// Example cards.
    pub cards: Vec<CardSpec>,
    /// Emotion points: (stage index, value, critical, note), on the first emotion lane.
    pub emotions: Vec<(usize, i8, bool, &'static str)>,
}

/// One example card of a template.
#[derive(Clone, Debug, Default)]
pub struct CardSpec {
    /// Stage index.
    pub stage: usize,
    /// Lane kind (the first lane of that kind gets it).
    pub lane: Option<LaneKind>,
    /// Text.
    pub text: &'static str,
    /// Touchpoint channel.
    pub channel: Option<Channel>,
    /// Pain severity.
    pub severity: Option<Level>,
    /// Opportunity impact and effort.
    pub impact_effort: Option<(Level, Level)>,
    /// KPI.
    pub metric: Option<Metric>,
    /// Owner team.
    pub owner: &'static str,
}

fn card(stage: usize, lane: LaneKind, text: &'static str) -> CardSpec {
    CardSpec {
        stage,
        lane: Some(lane),
        text,
        ..CardSpec::default()
    }
}

fn touch(stage: usize, channel: Channel, text: &'static str) -> CardSpec {
    CardSpec {
        channel: Some(channel),
        ..card(stage, LaneKind::Touchpoints, text)
    }
}

fn pain(stage: usize, severity: Level, text: &'static str) -> CardSpec {
    CardSpec {
        severity: Some(severity),
        ..card(stage, LaneKind::PainPoints, text)
    }
}

fn idea(stage: usize, impact: Level, effort: Level, text: &'static str) -> CardSpec {
    CardSpec {
        impact_effort: Some((impact, effort)),
        ..card(stage, LaneKind::Opportunities, text)
    }
}

fn kpi(stage: usize, name: &'static str, unit: &'static str, now: f64, target: f64) -> CardSpec {
    CardSpec {
        metric: Some(Metric {
            name: name.into(),
            unit: unit.into(),
            current: Some(now),
            target: Some(target),
        }),
        ..card(stage, LaneKind::Metrics, name)
    }
}

fn staff(stage: usize, lane: LaneKind, owner: &'static str, text: &'static str) -> CardSpec {
    CardSpec {
        owner,
        ..card(stage, lane, text)
    }
}

use Channel as C;
use LaneKind as L;
use Level::{High, Low, Medium};

fn blank() -> TemplateSpec {
    TemplateSpec {
        title: "Untitled journey",
        kind: MapKind::CurrentState,
        scenario: "",
        stages: vec!["Stage 1", "Stage 2", "Stage 3", "Stage 4", "Stage 5"],
        lanes: vec![
            L::Actions,
            L::Touchpoints,
            L::Thoughts,
            L::Emotions,
            L::PainPoints,
            L::Opportunities,
        ],
        cards: vec![],
        emotions: vec![],
    }
}

fn b2c() -> TemplateSpec {
    TemplateSpec {
        title: "Online shop: first purchase",
        kind: MapKind::CurrentState,
        scenario: "A first-time customer buys running shoes online and keeps using the shop.",
        stages: vec![
            "Awareness",
            "Consideration",
            "Purchase",
            "Onboarding",
            "Usage",
            "Retention",
            "Advocacy",
        ],
        lanes: vec![
            L::Goals,
            L::Actions,
            L::Touchpoints,
            L::Thoughts,
            L::Emotions,
            L::PainPoints,
            L::Opportunities,
            L::Metrics,
        ],
        cards: vec![
            card(0, L::Goals, "Find shoes that stop my knee pain"),
            card(2, L::Goals, "Pay quickly and know when it arrives"),
            card(0, L::Actions, "Sees a friend's running post"),
            card(1, L::Actions, "Compares three models and reads reviews"),
            card(2, L::Actions, "Orders in the app"),
            card(3, L::Actions, "Unboxes and tries the shoes on"),
            card(4, L::Actions, "Runs three times a week"),
            card(5, L::Actions, "Gets a reminder to replace worn shoes"),
            card(6, L::Actions, "Posts a review with photos"),
            touch(0, C::Social, "Instagram post"),
            touch(1, C::Website, "Product pages and reviews"),
            touch(2, C::MobileApp, "Checkout in the app"),
            touch(3, C::Packaging, "Box with a fitting guide"),
            touch(4, C::Chat, "Chat with a running coach"),
            touch(5, C::Email, "Replacement reminder"),
            touch(6, C::Social, "Review shared on social media"),
            card(1, L::Thoughts, "“Which of these is right for flat feet?”"),
            card(2, L::Thoughts, "“Why is delivery extra now?”"),
            card(6, L::Thoughts, "“My friends should try this shop”"),
            pain(1, Medium, "Size charts differ between brands"),
            pain(2, High, "Delivery cost shown only at the last step"),
            pain(5, Low, "Reminder emails feel generic"),
            idea(1, High, Medium, "Fit finder that asks about foot shape"),
            idea(2, High, Low, "Show delivery cost on the product page"),
            idea(5, Medium, Low, "Reminder based on distance run"),
            kpi(2, "Conversion rate", "%", 2.1, 3.5),
            kpi(4, "CSAT", "/5", 4.1, 4.5),
            kpi(6, "NPS", "", 32.0, 45.0),
        ],
        emotions: vec![
            (0, 1, false, "Curious"),
            (1, 0, false, "Unsure which model fits"),
            (2, -2, true, "Surprised by delivery cost"),
            (3, 1, false, "Good first impression"),
            (4, 2, false, "Runs without pain"),
            (5, 0, false, ""),
            (6, 2, false, "Proud to recommend"),
        ],
    }
}

fn b2b() -> TemplateSpec {
    TemplateSpec {
        title: "B2B software: from idea to expansion",
        kind: MapKind::CurrentState,
        scenario: "An operations lead at a mid-size firm replaces spreadsheets with a planning tool.",
        stages: vec![
            "Out of market",
            "Motivation",
            "Initial research",
            "Selection",
            "Purchase",
            "Onboarding",
            "Expansion",
        ],
        lanes: vec![
            L::Goals,
            L::Actions,
            L::Touchpoints,
            L::Emotions,
            L::PainPoints,
            L::Opportunities,
            L::FrontStage,
            L::BackStage,
        ],
        cards: vec![
            card(0, L::Goals, "Keep up with ideas in the field"),
            card(1, L::Goals, "Stop losing orders to spreadsheet errors"),
            card(3, L::Goals, "Pick a tool the team will actually use"),
            card(0, L::Actions, "Reads industry newsletters"),
            card(1, L::Actions, "A missed delivery makes change urgent"),
            card(2, L::Actions, "Builds a long list of ten vendors"),
            card(3, L::Actions, "Short-lists three and books demos"),
            card(4, L::Actions, "Negotiates and signs the contract"),
            card(5, L::Actions, "Imports data and trains the team"),
            card(6, L::Actions, "Rolls out to a second site"),
            touch(0, C::Email, "Newsletter"),
            touch(0, C::Event, "Trade fair talk"),
            touch(2, C::Website, "Comparison pages"),
            touch(3, C::Phone, "Demo call"),
            touch(4, C::Email, "Contract by e-mail"),
            touch(5, C::Chat, "Onboarding chat"),
            pain(2, Medium, "Pricing hidden behind “contact sales”"),
            pain(4, High, "Legal review takes six weeks"),
            pain(5, High, "Data import fails on old formats"),
            idea(2, High, Low, "Publish clear price tiers"),
            idea(
                4,
                Medium,
                Medium,
                "Standard contract with pre-approved clauses",
            ),
            idea(5, High, Medium, "Import wizard with format checks"),
            staff(
                3,
                L::FrontStage,
                "Sales",
                "Tailored demo with customer data",
            ),
            staff(
                5,
                L::FrontStage,
                "Customer success",
                "Kick-off and training plan",
            ),
            staff(4, L::BackStage, "Legal", "Contract review"),
            staff(5, L::BackStage, "Support", "Data migration scripts"),
        ],
        emotions: vec![
            (0, 0, false, ""),
            (1, -1, false, "Under pressure"),
            (2, 0, false, "Overwhelmed by options"),
            (3, 1, false, "Demo looks promising"),
            (4, -1, true, "Stuck in legal review"),
            (5, -2, true, "Import problems"),
            (6, 2, false, "Clear results, wants more"),
        ],
    }
}

fn service() -> TemplateSpec {
    TemplateSpec {
        title: "Car service centre: annual service",
        kind: MapKind::ServiceBlueprint,
        scenario: "A car owner gets the yearly service done before a long trip.",
        stages: vec![
            "Need noticed",
            "Search and compare",
            "Booking",
            "Drop-off",
            "Waiting / repair",
            "Pick-up and payment",
            "Follow-up",
        ],
        lanes: vec![
            L::Actions,
            L::Touchpoints,
            L::Emotions,
            L::PainPoints,
            L::Opportunities,
            L::FrontStage,
            L::BackStage,
            L::SupportProcesses,
            L::Metrics,
        ],
        cards: vec![
            card(0, L::Actions, "Service light comes on"),
            card(1, L::Actions, "Compares prices of three garages"),
            card(2, L::Actions, "Books a slot online"),
            card(3, L::Actions, "Hands over the keys"),
            card(4, L::Actions, "Waits for a call"),
            card(5, L::Actions, "Pays and collects the car"),
            card(6, L::Actions, "Answers a short survey"),
            touch(1, C::Website, "Price list online"),
            touch(2, C::Website, "Booking form"),
            touch(3, C::Store, "Reception desk"),
            touch(4, C::Phone, "Call about extra work"),
            touch(5, C::Store, "Cash desk"),
            touch(6, C::Email, "Survey e-mail"),
            pain(1, Medium, "Prices are not comparable"),
            pain(4, High, "No update for hours"),
            pain(5, Medium, "Bill higher than the quote"),
            idea(4, High, Low, "Text message with photos of the repair"),
            idea(
                5,
                High,
                Medium,
                "Approve extra work in the app before it is done",
            ),
            staff(
                3,
                L::FrontStage,
                "Reception",
                "Checks the car in with the customer",
            ),
            staff(
                4,
                L::FrontStage,
                "Service advisor",
                "Calls to approve extra work",
            ),
            staff(4, L::BackStage, "Workshop", "Inspection and repair"),
            staff(2, L::BackStage, "Reception", "Confirms the slot"),
            staff(
                4,
                L::SupportProcesses,
                "Parts",
                "Parts ordered from the warehouse",
            ),
            kpi(4, "Average repair time", "h", 5.5, 3.0),
            kpi(6, "CSAT", "/5", 3.8, 4.5),
        ],
        emotions: vec![
            (0, -1, false, "Worried about cost"),
            (1, 0, false, ""),
            (2, 1, false, "Easy booking"),
            (3, 0, false, ""),
            (4, -2, true, "No news, car still not ready"),
            (5, -1, true, "Bill higher than expected"),
            (6, 1, false, "Car runs well"),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_card_names_a_stage_and_lane_it_has() {
        for t in Template::ALL {
            let spec = t.spec();
            for c in &spec.cards {
                assert!(c.stage < spec.stages.len(), "{t:?}: {}", c.text);
                let lane = c.lane.expect("template cards name a lane kind");
                assert!(spec.lanes.contains(&lane), "{t:?}: {}", c.text);
            }
            for (stage, value, _, _) in &spec.emotions {
                assert!(*stage < spec.stages.len() && (-2..=2).contains(value));
            }
        }
    }

    #[test]
    fn b2b_template_has_the_seven_b2b_stages() {
        assert_eq!(
            Template::B2b.spec().stages,
            [
                "Out of market",
                "Motivation",
                "Initial research",
                "Selection",
                "Purchase",
                "Onboarding",
                "Expansion"
            ]
        );
    }
}
