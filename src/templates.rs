//! Built-in maps a user starts from: blank, retail B2C, B2B (seven stages) and a
//! service business (a car service centre). Each is plain data; creating a map
//! from one is an ordinary command, so it is one undo step like any other.
//!
//! The structure (which stage, which lane, channel, severity, numbers) lives
//! here; every word lives in the catalogs (`assets/locales/*/templates.ftl`,
//! keys `tpl-<template>-<part>`), so a map is made in its language's own terms.

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

impl Template {
    /// A word of the template in `lang`: `part` is a key below the
    /// template's (`stage-awareness` is `tpl-b2c-stage-awareness`); an empty
    /// part is empty text.
    pub fn text(self, lang: &str, part: &str) -> String {
        if part.is_empty() {
            return String::new();
        }
        crate::i18n::text(lang, &format!("tpl-{}-{part}", self.as_str()))
    }
}

/// The content of a template, by index into its stages and lanes. Every
/// text field is a catalog part for [`Template::text`], not the text.
#[derive(Clone, Debug)]
pub struct TemplateSpec {
    /// Default map title.
    pub title: &'static str,
    /// Default map kind.
    pub kind: MapKind,
    /// Scenario text.
    pub scenario: &'static str,
    /// Stage names, first to last.
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
        title: "title",
        kind: MapKind::CurrentState,
        scenario: "",
        stages: vec!["stage-1", "stage-2", "stage-3", "stage-4", "stage-5"],
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
        title: "title",
        kind: MapKind::CurrentState,
        scenario: "scenario",
        stages: vec![
            "stage-awareness",
            "stage-consideration",
            "stage-purchase",
            "stage-onboarding",
            "stage-usage",
            "stage-retention",
            "stage-advocacy",
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
            card(0, L::Goals, "card-find-shoes"),
            card(2, L::Goals, "card-pay-quickly"),
            card(0, L::Actions, "card-sees-friend"),
            card(1, L::Actions, "card-compares-models"),
            card(2, L::Actions, "card-orders-app"),
            card(3, L::Actions, "card-unboxes-tries"),
            card(4, L::Actions, "card-runs-times"),
            card(5, L::Actions, "card-gets-reminder"),
            card(6, L::Actions, "card-posts-review"),
            touch(0, C::Social, "card-instagram-post"),
            touch(1, C::Website, "card-product-pages"),
            touch(2, C::MobileApp, "card-checkout-app"),
            touch(3, C::Packaging, "card-box-fitting"),
            touch(4, C::Chat, "card-chat-running"),
            touch(5, C::Email, "card-replacement-reminder"),
            touch(6, C::Social, "card-review-shared"),
            card(1, L::Thoughts, "card-right-flat"),
            card(2, L::Thoughts, "card-delivery-extra"),
            card(6, L::Thoughts, "card-friends-should"),
            pain(1, Medium, "card-size-charts"),
            pain(2, High, "card-delivery-cost"),
            pain(5, Low, "card-reminder-emails"),
            idea(1, High, Medium, "card-fit-finder"),
            idea(2, High, Low, "card-show-delivery"),
            idea(5, Medium, Low, "card-reminder-based"),
            kpi(2, "kpi-conversion-rate", "unit-percent", 2.1, 3.5),
            kpi(4, "kpi-csat", "unit-out-of-5", 4.1, 4.5),
            kpi(6, "kpi-nps", "", 32.0, 45.0),
        ],
        emotions: vec![
            (0, 1, false, "feeling-curious"),
            (1, 0, false, "feeling-unsure-model"),
            (2, -2, true, "feeling-surprised-delivery"),
            (3, 1, false, "feeling-good-first"),
            (4, 2, false, "feeling-runs-without"),
            (5, 0, false, ""),
            (6, 2, false, "feeling-proud-recommend"),
        ],
    }
}

fn b2b() -> TemplateSpec {
    TemplateSpec {
        title: "title",
        kind: MapKind::CurrentState,
        scenario: "scenario",
        stages: vec![
            "stage-out-market",
            "stage-motivation",
            "stage-initial-research",
            "stage-selection",
            "stage-purchase",
            "stage-onboarding",
            "stage-expansion",
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
            card(0, L::Goals, "card-keep-up"),
            card(1, L::Goals, "card-stop-losing"),
            card(3, L::Goals, "card-pick-tool"),
            card(0, L::Actions, "card-reads-industry"),
            card(1, L::Actions, "card-missed-delivery"),
            card(2, L::Actions, "card-builds-long"),
            card(3, L::Actions, "card-short-lists"),
            card(4, L::Actions, "card-negotiates-signs"),
            card(5, L::Actions, "card-imports-data"),
            card(6, L::Actions, "card-rolls-out"),
            touch(0, C::Email, "card-newsletter"),
            touch(0, C::Event, "card-trade-fair"),
            touch(2, C::Website, "card-comparison-pages"),
            touch(3, C::Phone, "card-demo-call"),
            touch(4, C::Email, "card-contract-email"),
            touch(5, C::Chat, "card-onboarding-chat"),
            pain(2, Medium, "card-pricing-hidden"),
            pain(4, High, "card-legal-review"),
            pain(5, High, "card-data-import"),
            idea(2, High, Low, "card-publish-clear"),
            idea(4, Medium, Medium, "card-standard-contract"),
            idea(5, High, Medium, "card-import-wizard"),
            staff(3, L::FrontStage, "team-sales", "card-tailored-demo"),
            staff(5, L::FrontStage, "team-customer-success", "card-kick-off"),
            staff(4, L::BackStage, "team-legal", "card-contract-review"),
            staff(5, L::BackStage, "team-support", "card-data-migration"),
        ],
        emotions: vec![
            (0, 0, false, ""),
            (1, -1, false, "feeling-under-pressure"),
            (2, 0, false, "feeling-overwhelmed-options"),
            (3, 1, false, "feeling-demo-looks"),
            (4, -1, true, "feeling-stuck-legal"),
            (5, -2, true, "feeling-import-problems"),
            (6, 2, false, "feeling-clear-results"),
        ],
    }
}

fn service() -> TemplateSpec {
    TemplateSpec {
        title: "title",
        kind: MapKind::ServiceBlueprint,
        scenario: "scenario",
        stages: vec![
            "stage-need-noticed",
            "stage-search-compare",
            "stage-booking",
            "stage-drop-off",
            "stage-waiting-repair",
            "stage-pick-up",
            "stage-follow-up",
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
            card(0, L::Actions, "card-service-light"),
            card(1, L::Actions, "card-compares-prices"),
            card(2, L::Actions, "card-books-slot"),
            card(3, L::Actions, "card-hands-over"),
            card(4, L::Actions, "card-waits-call"),
            card(5, L::Actions, "card-pays-collects"),
            card(6, L::Actions, "card-answers-short"),
            touch(1, C::Website, "card-price-list"),
            touch(2, C::Website, "card-booking-form"),
            touch(3, C::Store, "card-reception-desk"),
            touch(4, C::Phone, "card-call-about"),
            touch(5, C::Store, "card-cash-desk"),
            touch(6, C::Email, "card-survey-email"),
            pain(1, Medium, "card-prices-not"),
            pain(4, High, "card-no-update"),
            pain(5, Medium, "card-bill-higher"),
            idea(4, High, Low, "card-text-message"),
            idea(5, High, Medium, "card-approve-extra"),
            staff(3, L::FrontStage, "team-reception", "card-checks-car"),
            staff(
                4,
                L::FrontStage,
                "team-service-advisor",
                "card-calls-approve",
            ),
            staff(4, L::BackStage, "team-workshop", "card-inspection-repair"),
            staff(2, L::BackStage, "team-reception", "card-confirms-slot"),
            staff(4, L::SupportProcesses, "team-parts", "card-parts-ordered"),
            kpi(4, "kpi-average-repair", "unit-hours", 5.5, 3.0),
            kpi(6, "kpi-csat", "unit-out-of-5", 3.8, 4.5),
        ],
        emotions: vec![
            (0, -1, false, "feeling-worried-about"),
            (1, 0, false, ""),
            (2, 1, false, "feeling-easy-booking"),
            (3, 0, false, ""),
            (4, -2, true, "feeling-no-news"),
            (5, -1, true, "feeling-bill-higher-expected"),
            (6, 1, false, "feeling-car-runs"),
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

    /// Every catalog part a template uses, in order.
    fn parts(t: Template) -> Vec<String> {
        let spec = t.spec();
        let mut out = vec![spec.title, spec.scenario];
        out.extend(&spec.stages);
        for c in &spec.cards {
            out.extend([c.text, c.owner]);
        }
        out.extend(spec.emotions.iter().map(|e| e.3));
        let mut out: Vec<String> = out.into_iter().map(str::to_string).collect();
        for m in spec.cards.iter().filter_map(|c| c.metric.as_ref()) {
            out.extend([m.name.clone(), m.unit.clone()]);
        }
        out.retain(|p| !p.is_empty());
        out
    }

    #[test]
    fn every_template_word_is_in_every_language() {
        for t in Template::ALL {
            for part in parts(t) {
                let key = format!("tpl-{}-{part}", t.as_str());
                assert!(
                    crate::i18n::has_key(&key),
                    "{key} is not in the English catalog"
                );
                for lang in crate::i18n::languages() {
                    assert!(
                        crate::i18n::has_key_in(lang, &key),
                        "{key} is not in the {lang} catalog"
                    );
                }
            }
        }
    }

    #[test]
    fn a_template_speaks_the_language_it_is_made_in() {
        let t = Template::B2c;
        assert_eq!(t.text("en", "stage-awareness"), "Awareness");
        assert_ne!(t.text("uk", "stage-awareness"), "Awareness");
        assert_ne!(
            t.text("fa", "stage-awareness"),
            t.text("tr", "stage-awareness")
        );
        assert_eq!(t.text("uk", ""), "");
    }

    #[test]
    fn b2b_template_has_the_seven_b2b_stages() {
        assert_eq!(
            Template::B2b
                .spec()
                .stages
                .iter()
                .map(|s| Template::B2b.text("en", s))
                .collect::<Vec<_>>(),
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
