//! Maps in their users' languages: templates written in the language a map is
//! made in, a map's own language and flow (one undo step each, saved in the
//! file), right-to-left maps laid out as the mirror of left-to-right ones, and
//! captions in the map's language whoever exports it.

mod common;

use common::*;
use waymark::command::Command;
use waymark::id::*;
use waymark::layout::{Fonts, Item, LayoutOptions, layout};
use waymark::model::*;
use waymark::templates::Template;
use waymark::{Document, Session};

fn project(language: &str) -> Document {
    Document::new(Project {
        id: ProjectId::new(),
        title: "Project".into(),
        description: String::new(),
        language: language.into(),
    })
}

fn create(doc: &mut Document, template: Template, language: Option<&str>) -> MapId {
    let map = MapId::new();
    waymark::apply::apply(
        doc,
        &Command::CreateMap {
            id: Some(map),
            template,
            title: None,
            kind: None,
            language: language.map(str::to_string),
        },
    )
    .expect("template map");
    map
}

fn lane_names(doc: &Document, map: MapId) -> Vec<String> {
    doc.lanes(map).iter().map(|l| l.name.clone()).collect()
}

#[test]
fn a_map_made_in_persian_has_persian_stages_lanes_and_cards_and_runs_right_to_left() {
    let mut doc = project("en");
    let map = create(&mut doc, Template::B2c, Some("fa"));
    let m = doc.map(map).unwrap();
    assert_eq!(
        m.language, "fa",
        "it differs from the project's, so the map keeps it"
    );
    assert_eq!(doc.map_language(map), "fa");
    assert!(doc.map_rtl(map));
    let stages: Vec<String> = doc.stages(map).iter().map(|s| s.name.clone()).collect();
    assert_eq!(stages[0], Template::B2c.text("fa", "stage-awareness"));
    let arabic = |s: &str| s.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c));
    assert!(stages.iter().all(|s| arabic(s)), "{stages:?}");
    assert!(lane_names(&doc, map).iter().all(|s| arabic(s)));
    assert!(
        doc.cards_of(map)
            .filter(|c| c.metric.is_none())
            .all(|c| arabic(&c.text)),
        "every card but the KPIs (CSAT, NPS) is Persian"
    );
    assert!(arabic(&m.title) && arabic(&m.scenario));
    doc.validate().unwrap();
}

#[test]
fn a_map_follows_its_projects_language_when_it_names_none() {
    let mut doc = project("uk");
    let map = create(&mut doc, Template::Service, None);
    assert_eq!(
        doc.map(map).unwrap().language,
        "",
        "the map follows the project"
    );
    assert_eq!(doc.map_language(map), "uk");
    assert!(!doc.map_rtl(map));
    let first = &doc.stages(map)[0].name;
    assert_eq!(*first, Template::Service.text("uk", "stage-need-noticed"));
    assert!(
        first
            .chars()
            .any(|c| ('\u{0400}'..='\u{04ff}').contains(&c)),
        "{first}"
    );
    // Every language has its own words for every template.
    for lang in ["az", "fa", "lv", "tr", "uk"] {
        for t in Template::ALL {
            let mut d = project("");
            let m = create(&mut d, t, Some(lang));
            let english = project("");
            let mut english = english;
            let e = create(&mut english, t, Some("en"));
            assert_ne!(
                d.stages(m)[0].name,
                english.stages(e)[0].name,
                "{lang} {t:?} uses English stage names"
            );
        }
    }
}

#[test]
fn a_lane_added_without_a_name_is_named_in_the_maps_language() {
    let mut doc = project("en");
    let map = create(&mut doc, Template::Blank, Some("tr"));
    waymark::apply::apply(
        &mut doc,
        &Command::AddLane {
            map,
            id: None,
            kind: LaneKind::PainPoints,
            name: None,
            index: None,
            height: None,
        },
    )
    .unwrap();
    let last = doc.lanes(map).last().unwrap().name.clone();
    assert_eq!(last, waymark::i18n::text("tr", "lane-kind-pain-points"));
    assert_ne!(last, "Pain points");
}

#[test]
fn switching_a_maps_flow_and_language_is_one_undo_step_each_and_survives_reopening() {
    let (dir, mut s, map) = session_with(Template::B2b);
    assert!(!s.doc().map_rtl(map));
    s.apply(&set_map(map, Some("fa"), None)).unwrap();
    assert!(
        s.doc().map_rtl(map),
        "a Persian map runs right to left by itself"
    );
    s.apply(&set_map(map, None, Some(Flow::Ltr))).unwrap();
    assert!(!s.doc().map_rtl(map), "any map can be switched either way");
    s.undo().unwrap();
    assert!(s.doc().map_rtl(map));
    s.redo().unwrap();
    let path = s.path().to_path_buf();
    drop(s);
    let s = Session::open(&path).unwrap();
    let m = s.doc().map(map).unwrap();
    assert_eq!((m.language.as_str(), m.flow), ("fa", Flow::Ltr));
    drop(dir);
}

#[test]
fn a_malformed_map_language_is_refused_and_changes_nothing() {
    let (_dir, mut s, map) = session_with(Template::Blank);
    let before = s.doc().clone();
    let err = s
        .apply(&set_map(map, Some("not a tag!"), Some(Flow::Rtl)))
        .unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert_eq!(*s.doc(), before);
}

/// Every text run's left edge whose text is exactly `text`.
fn run_x(items: &[Item], text: &str) -> Vec<f32> {
    items
        .iter()
        .filter_map(|i| match i {
            Item::Text(t) if t.text.trim() == text => Some(t.origin.x),
            _ => None,
        })
        .collect()
}

#[test]
fn a_right_to_left_map_is_the_mirror_of_the_same_map_left_to_right() {
    let mut doc = project("en");
    let map = create(&mut doc, Template::B2c, None);
    let opts = LayoutOptions::default();
    let ltr = layout(&doc, map, &opts, &mut Fonts::new()).unwrap();
    waymark::apply::apply(&mut doc, &set_map(map, None, Some(Flow::Rtl))).unwrap();
    let rtl = layout(&doc, map, &opts, &mut Fonts::new()).unwrap();
    assert_eq!((ltr.width, ltr.height), (rtl.width, rtl.height));
    let (gl, gr) = (ltr.geometry.unwrap(), rtl.geometry.unwrap());
    assert_eq!(gl.grid, gr.grid, "the grid keeps its place on the page");
    // Stages: the first is rightmost, each next one to its left.
    let xs: Vec<f32> = gr.stages.iter().map(|s| s.x).collect();
    assert!(xs.windows(2).all(|w| w[0] > w[1]), "{xs:?}");
    // Lane headers on the right: the cells end where the headers begin.
    assert!(gr.cells.x < gr.grid.x + 1.0 && gr.cells.right() < gr.grid.right() - 100.0);
    // The emotion curve is read from right to left.
    let curve: Vec<f32> = gr.emotions[0].points.iter().map(|(_, p)| p.x).collect();
    assert!(curve.windows(2).all(|w| w[0] > w[1]), "{curve:?}");
    // Same boxes, mirrored: the first card of the left-to-right map is as far
    // from the left edge as its mirror is from the right edge.
    let (a, b) = (gl.cards[0].rect, gr.cards[0].rect);
    assert!((a.x - gl.grid.x - (gr.grid.right() - b.right())).abs() < 0.01);
    // Text is moved, never reversed: the first stage's name still reads the
    // same and sits at the right.
    let name = doc.stages(map)[0].name.clone();
    let (l, r) = (run_x(&ltr.items, &name), run_x(&rtl.items, &name));
    assert_eq!(l.len(), 1);
    assert_eq!(r.len(), 1);
    assert!(r[0] > gr.grid.x + gr.grid.w / 2.0 && l[0] < gl.grid.x + gl.grid.w / 2.0);
    // Everything stays on the page.
    for item in &rtl.items {
        let b = item.bounds();
        assert!(b.x >= -0.5 && b.right() <= rtl.width + 0.5, "{item:?}");
    }
}

#[test]
fn persian_card_text_keeps_its_start_at_the_right_in_a_right_to_left_map() {
    let mut doc = project("fa");
    let map = create(&mut doc, Template::B2c, None);
    let frame = layout(&doc, map, &LayoutOptions::default(), &mut Fonts::new()).unwrap();
    let g = frame.geometry.clone().unwrap();
    // Every Persian card's lines hug the card's right edge (their start),
    // as they would in a left-to-right map; never its left edge.
    let mut checked = 0;
    for card in doc
        .cards_of(map)
        .filter(|c| c.metric.is_none() && c.channel.is_none())
    {
        let rect = g.card(card.id).unwrap().rect;
        let runs: Vec<_> = frame
            .texts()
            .filter(|t| {
                t.origin.x >= rect.x
                    && t.origin.x <= rect.right()
                    && t.origin.y > rect.y
                    && t.origin.y < rect.bottom()
            })
            .collect();
        let Some(first) = runs.iter().map(|t| t.origin.y).reduce(f32::min) else {
            continue;
        };
        let line: Vec<_> = runs.iter().filter(|t| t.origin.y == first).collect();
        let left = line.iter().map(|t| t.origin.x).fold(f32::MAX, f32::min);
        let right = line
            .iter()
            .map(|t| t.origin.x + t.width)
            .fold(f32::MIN, f32::max);
        let (right_gap, left_gap) = (rect.right() - right, left - rect.x);
        if right_gap > left_gap + 0.5 {
            for t in &runs {
                eprintln!(
                    "{:?} x={} w={} y={} rtl={}",
                    t.text, t.origin.x, t.width, t.origin.y, t.rtl
                );
            }
            eprintln!("rect {rect:?}");
        }
        assert!(
            right_gap <= left_gap + 0.5,
            "{}: right {right_gap} left {left_gap}",
            card.text
        );
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} cards checked");
}

#[test]
fn captions_are_in_the_maps_language_whatever_the_export_asks() {
    let mut doc = project("en");
    let map = create(&mut doc, Template::B2c, Some("uk"));
    let opts = LayoutOptions {
        lang: "en".into(),
        ..LayoutOptions::default()
    };
    let frame = layout(&doc, map, &opts, &mut Fonts::new()).unwrap();
    let texts: String = frame.texts().map(|t| t.text.as_str()).collect();
    let uk = waymark::i18n::text("uk", "header-what");
    assert!(texts.contains(&uk), "{uk} not in the page");
    assert!(!texts.contains("Customer journey map"));
    assert!(texts.contains(&waymark::i18n::text("uk", "legend-lanes")));
    // A map with no language of its own, in a project with none, takes the
    // export's.
    let mut plain = project("");
    let m = create(&mut plain, Template::Blank, None);
    let lv = LayoutOptions {
        lang: "lv".into(),
        ..LayoutOptions::default()
    };
    let f = layout(&plain, m, &lv, &mut Fonts::new()).unwrap();
    let texts: String = f.texts().map(|t| t.text.as_str()).collect();
    assert!(texts.contains(&waymark::i18n::text("lv", "header-what")));
}
