//! Deterministic projects for the export tests and the export benchmark:
//! one map per template, a multilingual map, a map with every lane kind, and
//! generated large maps. Included by the `export_*` tests with `#[path]`;
//! built as its own test target it holds no tests.
#![allow(dead_code)]

use base64::Engine;
use serde_json::{Value, json};
use waymark::command::Command;
use waymark::id::{MapId, ProjectId};
use waymark::model::{Document, Project};
use waymark::templates::Template;

/// The texts the multilingual map must show, by language.
pub const LANGUAGES: [(&str, &str); 6] = [
    ("az", "Müştərinin səyahət xəritəsi"),
    ("tr", "Müşteri yolculuk haritası"),
    ("lv", "Klientu ceļa kartēšana"),
    ("uk", "Мапа шляху клієнта"),
    ("fa", "نقشه سفر مشتری"),
    ("mixed", "Booking app: رزرو آنلاین today"),
];

/// A mixed line whose first strong character is Persian: a right-to-left
/// paragraph with a Latin run at its end.
pub const MIXED_RTL: &str = "رزرو آنلاین in the Booking app";

/// A fixed UUID v7-shaped id, so generated JSON is the same on every run.
pub fn uid(n: u64) -> String {
    format!("01900000-0000-7000-8000-{n:012x}")
}

/// A document with one map made from a template.
pub fn template_doc(template: Template) -> (Document, MapId) {
    let mut doc = Document::new(Project {
        id: ProjectId::new(),
        title: format!("Template {}", template.as_str()),
        description: String::new(),
        language: "en".into(),
    });
    let map = MapId::new();
    waymark::apply::apply(
        &mut doc,
        &Command::CreateMap {
            id: Some(map),
            template,
            title: None,
            kind: None,
            language: None,
        },
    )
    .expect("template map");
    (doc, map)
}

/// A small picture drawn in code: sky, road and a car-like box.
pub fn picture_png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let (fx, fy) = (x as f32 / w as f32, y as f32 / h as f32);
        if fy > 0.75 {
            image::Rgb([90, 96, 104])
        } else if (0.25..0.75).contains(&fx) && (0.45..0.75).contains(&fy) {
            image::Rgb([207, 34, 46])
        } else {
            image::Rgb([(120.0 + 100.0 * fy) as u8, (180.0 + 60.0 * fy) as u8, 250])
        }
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .expect("encode picture");
    out
}

fn asset(id: u64, w: u32, h: u32) -> Value {
    json!({
        "id": uid(id),
        "mime": "image/png",
        "width": w,
        "height": h,
        "data": base64::engine::general_purpose::STANDARD.encode(picture_png(w, h)),
    })
}

fn project(title: &str, images: Vec<Value>, personas: Vec<Value>, maps: Vec<Value>) -> Document {
    let file = json!({
        "format": "waymark-project",
        "version": 1,
        "project": {"id": uid(1), "title": title, "description": "", "language": ""},
        "images": images,
        "personas": personas,
        "maps": maps,
    });
    waymark::interchange::json::import(&file.to_string()).expect("fixture imports")
}

fn persona(id: u64, photo: Option<u64>) -> Value {
    json!({
        "id": uid(id),
        "name": "Leyla Məmmədova",
        "photo": photo.map(uid),
        "quote": "Maşınımın nə vaxt hazır olacağını bilmək istəyirəm.",
        "age": "34",
        "gender": "female",
        "occupation": "Marketing manager",
        "income": "Middle",
        "family": "Married, one child",
        "education": "University degree",
        "region": "Baku, Azerbaijan",
        "frequency": "Once or twice a year",
        "decision_time": "One or two days",
        "triggers": "Service light, long trips",
        "values": "Reliability, honest prices",
        "lifestyle": "Drives her child to school every day",
        "goals": ["Know when the car is ready", "Pay what was quoted"],
        "motivations": ["Safety on long trips"],
        "frustrations": ["Waiting without news", "Hidden extra costs"],
        "segment": "Busy parents who drive daily",
    })
}

/// One map with a card in each of the six languages (and a mixed Persian and
/// Latin line), stages named in several scripts, and a persona with a photo.
pub fn multilingual_doc() -> (Document, MapId) {
    let stages: Vec<Value> = [
        "Ehtiyac",
        "Araştırma",
        "Rezervācija",
        "Очікування",
        "پرداخت",
    ]
    .iter()
    .enumerate()
    .map(|(i, n)| json!({"id": uid(100 + i as u64), "name": n, "width": 300}))
    .collect();
    let lanes = json!([
        {"id": uid(200), "kind": "actions", "name": "Actions / Hərəkətlər", "height": 100},
        {"id": uid(201), "kind": "thoughts", "name": "Думки", "height": 100},
        {"id": uid(202), "kind": "emotions", "name": "احساسات", "height": 160},
    ]);
    let mut cards = Vec::new();
    for (i, (_, text)) in LANGUAGES.iter().enumerate() {
        let stage = 100 + (i % 5) as u64;
        let lane = if i < 5 { 200 } else { 201 };
        cards.push(json!({"id": uid(300 + i as u64), "stage": uid(stage), "lane": uid(lane), "text": text}));
    }
    cards.push(json!({"id": uid(320), "stage": uid(101), "lane": uid(201), "text": MIXED_RTL}));
    let emotions: Vec<Value> = [(0, 1, false, "Rahat"), (1, -1, false, "Тривога"), (2, -2, true, "نگرانی"), (3, 0, false, ""), (4, 2, false, "Labi")]
        .iter()
        .map(|(s, v, c, n)| {
            json!({"id": uid(400 + *s as u64), "lane": uid(202), "stage": uid(100 + *s as u64), "value": v, "critical": c, "note": n})
        })
        .collect();
    let map = json!({
        "id": uid(10),
        "title": "نقشه سفر مشتری — Klientu ceļa kartēšana",
        "kind": "current_state",
        "scenario": "Uzun səfərdən əvvəl illik texniki xidmət / سرویس سالانه",
        "business_goal": "Повторні візити: 60%",
        "personas": [uid(20)],
        "last_reviewed": "2026-10-15",
        "stages": stages,
        "lanes": lanes,
        "cards": cards,
        "emotions": emotions,
    });
    let doc = project(
        "Multilingual",
        vec![asset(30, 96, 96)],
        vec![persona(20, Some(30))],
        vec![map],
    );
    (doc, id(10))
}

fn id(n: u64) -> MapId {
    uid(n).parse().expect("fixed id")
}

/// One map with a lane of every kind and cards using every kind's fields,
/// including an image card, a stage split into steps and critical emotions.
pub fn all_lanes_doc() -> (Document, MapId) {
    let kinds = [
        "goals",
        "actions",
        "touchpoints",
        "thoughts",
        "emotions",
        "pain_points",
        "opportunities",
        "metrics",
        "front_stage",
        "back_stage",
        "support_processes",
        "resources",
        "milestones",
        "notes",
        "images",
    ];
    let lanes: Vec<Value> = kinds
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let name = waymark::model::LaneKind::parse(k)
                .map(|l| l.label())
                .unwrap_or(k);
            json!({"id": uid(200 + i as u64), "kind": k, "name": name, "height": 60})
        })
        .collect();
    let stages = json!([
        {"id": uid(100), "name": "Discover", "width": 240},
        {"id": uid(101), "name": "Book", "width": 240, "steps": [
            {"id": uid(110), "name": "Choose a slot", "width": 180},
            {"id": uid(111), "name": "Confirm", "width": 180}
        ]},
        {"id": uid(102), "name": "Visit", "width": 240},
        {"id": uid(103), "name": "Follow-up", "width": 240},
    ]);
    // Columns: (stage, step).
    let cols: [(u64, Option<u64>); 5] = [
        (100, None),
        (101, Some(110)),
        (101, Some(111)),
        (102, None),
        (103, None),
    ];
    let lane = |k: &str| uid(200 + kinds.iter().position(|x| *x == k).unwrap_or(0) as u64);
    let mut n = 300;
    let mut cards = Vec::new();
    let mut card = |col: usize, k: &str, extra: Value| {
        let (stage, step) = cols[col];
        let mut c = json!({"id": uid(n), "stage": uid(stage), "lane": lane(k)});
        if let Some(s) = step {
            c["step"] = json!(uid(s));
        }
        if let (Some(obj), Some(more)) = (c.as_object_mut(), extra.as_object()) {
            for (key, v) in more {
                obj.insert(key.clone(), v.clone());
            }
        }
        cards.push(c);
        n += 1;
    };
    card(0, "goals", json!({"text": "Find a garage I can trust"}));
    card(3, "goals", json!({"text": "Get the car back the same day"}));
    card(0, "actions", json!({"text": "Searches for garages nearby"}));
    card(1, "actions", json!({"text": "Picks a morning slot"}));
    card(2, "actions", json!({"text": "Confirms by e-mail"}));
    card(3, "actions", json!({"text": "Hands over the keys"}));
    card(4, "actions", json!({"text": "Answers a short survey"}));
    for (i, ch) in [
        "website",
        "mobile_app",
        "social",
        "email",
        "phone",
        "store",
        "chat",
        "advertising",
        "packaging",
        "delivery",
        "event",
    ]
    .iter()
    .enumerate()
    {
        card(i % 5, "touchpoints", json!({"channel": ch, "text": ""}));
    }
    card(
        0,
        "thoughts",
        json!({"text": "“Which garage will not overcharge me?”"}),
    );
    card(
        3,
        "thoughts",
        json!({"text": "“I hope they call before doing extra work.”"}),
    );
    card(
        1,
        "pain_points",
        json!({"text": "Few free slots this week", "severity": "low"}),
    );
    card(
        3,
        "pain_points",
        json!({"text": "No news for hours", "severity": "high"}),
    );
    card(
        4,
        "pain_points",
        json!({"text": "Bill higher than the quote", "severity": "medium"}),
    );
    card(
        3,
        "opportunities",
        json!({"text": "Send photos of the repair", "impact": "high", "effort": "low"}),
    );
    card(
        4,
        "opportunities",
        json!({"text": "Approve extra work in the app", "impact": "medium", "effort": "high"}),
    );
    card(
        3,
        "metrics",
        json!({"text": "Average repair time", "metric": {"name": "Average repair time", "unit": "h", "current": 5.5, "target": 3.0}}),
    );
    card(
        4,
        "metrics",
        json!({"text": "CSAT", "metric": {"name": "CSAT", "unit": "/5", "current": 3.8, "target": 4.5}}),
    );
    card(
        0,
        "metrics",
        json!({"text": "Conversion rate", "metric": {"name": "Conversion rate", "unit": "%", "current": 12.0}}),
    );
    card(
        3,
        "front_stage",
        json!({"text": "Checks the car in with the customer", "owner": "Reception"}),
    );
    card(
        3,
        "back_stage",
        json!({"text": "Inspection and repair", "owner": "Workshop"}),
    );
    card(
        2,
        "back_stage",
        json!({"text": "Confirms the slot", "owner": "Reception"}),
    );
    card(
        3,
        "support_processes",
        json!({"text": "Parts ordered from the warehouse", "owner": "Parts"}),
    );
    card(
        0,
        "resources",
        json!({"text": "Has: price list. Needs: live availability"}),
    );
    card(2, "milestones", json!({"text": "Booking confirmed"}));
    card(4, "milestones", json!({"text": "Car returned"}));
    card(
        0,
        "notes",
        json!({"text": "Interviews with 12 customers, October 2026"}),
    );
    card(
        3,
        "images",
        json!({"image": uid(30), "alt": "Photo of the reception desk with a red car in front"}),
    );
    card(
        4,
        "images",
        json!({"image": uid(30), "alt": "Red car after the repair", "text": "Customer photo"}),
    );
    let emotions: Vec<Value> = [(0, -1, false, "Worried about cost"), (1, 1, false, "Easy booking"), (2, 2, false, ""), (3, -2, true, "No news, car not ready"), (4, 1, false, "Car runs well")]
        .iter()
        .map(|(c, v, crit, note)| {
            let (stage, step) = cols[*c];
            let mut e = json!({"id": uid(500 + *c as u64), "lane": lane("emotions"), "stage": uid(stage), "value": v, "critical": crit, "note": note});
            if let Some(s) = step {
                e["step"] = json!(uid(s));
            }
            e
        })
        .collect();
    let map = json!({
        "id": uid(10),
        "title": "Every lane kind",
        "kind": "service_blueprint",
        "scenario": "A car owner gets the yearly service done.",
        "business_goal": "Repeat bookings",
        "personas": [uid(20)],
        "stages": stages,
        "lanes": lanes,
        "cards": cards,
        "emotions": emotions,
    });
    let doc = project(
        "All lanes",
        vec![asset(30, 320, 200)],
        vec![persona(20, None)],
        vec![map],
    );
    (doc, id(10))
}

/// A generated map of `stages` x `lanes` (one emotion lane among them) with
/// `per_cell` short cards in every card cell, each card's text its own (as
/// on a real map), so layout has every card to shape.
pub fn big_doc(stages: usize, lanes: usize, per_cell: usize) -> (Document, MapId) {
    let kinds = [
        "actions",
        "touchpoints",
        "thoughts",
        "pain_points",
        "opportunities",
        "front_stage",
        "back_stage",
        "metrics",
        "goals",
        "notes",
        "resources",
    ];
    let stage_json: Vec<Value> = (0..stages)
        .map(|i| json!({"id": uid(1000 + i as u64), "name": format!("Stage {}", i + 1), "width": 240}))
        .collect();
    let lane_kinds: Vec<&str> = (0..lanes)
        .map(|i| {
            if i == 2 {
                "emotions"
            } else {
                kinds[i % kinds.len()]
            }
        })
        .collect();
    let lane_json: Vec<Value> = lane_kinds
        .iter()
        .enumerate()
        .map(|(i, k)| json!({"id": uid(5000 + i as u64), "kind": k, "name": format!("Lane {} ({k})", i + 1), "height": 120}))
        .collect();
    let mut cards = Vec::new();
    let mut emotions = Vec::new();
    let mut n = 100_000u64;
    let texts = [
        "Compares prices of three garages",
        "Книга записів онлайн",
        "Rezervē laiku tiešsaistē",
        "نوبت آنلاین را رزرو می‌کند",
        "Gets a reminder the day before",
    ];
    for (li, k) in lane_kinds.iter().enumerate() {
        for s in 0..stages {
            if *k == "emotions" {
                emotions.push(json!({"id": uid(n), "lane": uid(5000 + li as u64), "stage": uid(1000 + s as u64), "value": ((s * 7 + 3) % 5) as i8 - 2, "critical": s % 9 == 4, "note": if s % 3 == 0 { "Waiting for news" } else { "" }}));
                n += 1;
                continue;
            }
            for c in 0..per_cell {
                let mut card = json!({"id": uid(n), "stage": uid(1000 + s as u64), "lane": uid(5000 + li as u64), "text": format!("{} ({}.{}.{})", texts[(s + li + c) % texts.len()], li + 1, s + 1, c + 1)});
                match *k {
                    "touchpoints" => {
                        card["channel"] = json!(["website", "email", "phone", "store"][c % 4])
                    }
                    "pain_points" => card["severity"] = json!(["low", "medium", "high"][c % 3]),
                    "opportunities" => {
                        card["impact"] = json!("high");
                        card["effort"] = json!("low");
                    }
                    "front_stage" | "back_stage" => card["owner"] = json!("Service desk"),
                    "metrics" => {
                        card["metric"] =
                            json!({"name": "CSAT", "unit": "/5", "current": 3.8, "target": 4.5})
                    }
                    _ => {}
                }
                cards.push(card);
                n += 1;
            }
        }
    }
    let map = json!({
        "id": uid(10),
        "title": format!("Generated map: {stages} stages x {lanes} lanes"),
        "kind": "current_state",
        "scenario": "A generated journey for measuring export speed and memory.",
        "stages": stage_json,
        "lanes": lane_json,
        "cards": cards,
        "emotions": emotions,
    });
    (project("Generated", vec![], vec![], vec![map]), id(10))
}

/// One map whose cards hold `texts`, spread over `stages` stages of one
/// lane of actions, in the order given.
pub fn cards_doc(texts: &[String], stages: usize) -> (Document, MapId) {
    let stage_list: Vec<Value> = (0..stages)
        .map(|i| json!({"id": uid(100 + i as u64), "name": format!("S{i}"), "width": 260}))
        .collect();
    let cards: Vec<Value> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            json!({"id": uid(10_000 + i as u64), "stage": uid(100 + (i % stages) as u64), "lane": uid(200), "text": t})
        })
        .collect();
    let map = json!({
        "id": uid(10),
        "title": "Corpus",
        "kind": "current_state",
        "stages": stage_list,
        "lanes": [{"id": uid(200), "kind": "actions", "name": "Actions", "height": 100}],
        "cards": cards,
    });
    (project("Corpus", vec![], vec![], vec![map]), id(10))
}
