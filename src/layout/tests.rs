//! Geometry tests of map layout: what a reader of the exported map would
//! notice if it broke (text on the wrong side, clipped cells, a curve
//! leaving its lane, widths not matching the model).

use super::*;
use crate::model::LaneKind;
use serde_json::{Value, json};

fn uid(n: u64) -> String {
    format!("01900000-0000-7000-8000-{n:012x}")
}

/// A one-map project: three stages (the middle one split into two steps),
/// the given lanes and cards, and emotion points.
fn doc(lanes: Value, cards: Value, emotions: Value) -> Document {
    let file = json!({
        "format": "waymark-project",
        "version": 1,
        "project": {"id": uid(1), "title": "Test"},
        "maps": [{
            "id": uid(10),
            "title": "Geometry",
            "kind": "current_state",
            "stages": [
                {"id": uid(100), "name": "One", "width": 240},
                {"id": uid(101), "name": "Two", "width": 240, "steps": [
                    {"id": uid(110), "name": "2a", "width": 150},
                    {"id": uid(111), "name": "2b", "width": 170}
                ]},
                {"id": uid(102), "name": "Three", "width": 300}
            ],
            "lanes": lanes,
            "cards": cards,
            "emotions": emotions
        }]
    });
    crate::interchange::json::import(&file.to_string()).expect("test project")
}

fn map_id() -> MapId {
    uid(10).parse().unwrap()
}

fn lay(d: &Document) -> Frame {
    layout(d, map_id(), &LayoutOptions::default(), &mut Fonts::new()).unwrap()
}

fn card_id(n: u64) -> crate::id::CardId {
    uid(n).parse().unwrap()
}

/// Text runs whose baseline start lies inside `r`.
fn runs_in(f: &Frame, r: Rect) -> Vec<&TextRun> {
    f.texts()
        .filter(|t| {
            t.origin.x >= r.x - 0.5
                && t.origin.x <= r.right() + 0.5
                && t.origin.y > r.y
                && t.origin.y < r.bottom()
        })
        .collect()
}

#[test]
fn columns_take_the_model_widths_and_split_stages_span_their_steps() {
    let d = doc(
        json!([{"id": uid(200), "kind": "actions", "name": "Actions", "height": 100}]),
        json!([]),
        json!([]),
    );
    let g = lay(&d).geometry.unwrap();
    let widths: Vec<f32> = g.columns.iter().map(|c| c.width).collect();
    assert_eq!(widths, [240.0, 150.0, 170.0, 300.0]);
    for w in g.columns.windows(2) {
        assert_eq!(w[0].x + w[0].width, w[1].x, "columns touch");
    }
    assert_eq!(g.stages[1].width, 320.0, "a split stage spans its steps");
    assert_eq!(
        g.lanes[0].height, 100.0,
        "a lane with room keeps the model's height"
    );
}

#[test]
fn right_to_left_card_is_right_aligned_and_left_to_right_card_left_aligned() {
    let d = doc(
        json!([{"id": uid(200), "kind": "actions", "name": "Actions", "height": 100}]),
        json!([
            {"id": uid(300), "stage": uid(100), "lane": uid(200), "text": "نقشه سفر مشتری"},
            {"id": uid(301), "stage": uid(102), "lane": uid(200), "text": "Müştərinin səyahət"}
        ]),
        json!([]),
    );
    let f = lay(&d);
    let g = f.geometry.as_ref().unwrap();
    let pad = Theme::builtin().unwrap().grid.card_padding;

    let rtl = g.card(card_id(300)).unwrap();
    assert!(rtl.rtl);
    let runs = runs_in(&f, rtl.rect);
    assert!(!runs.is_empty());
    let right = runs
        .iter()
        .map(|t| t.origin.x + t.width)
        .fold(0.0, f32::max);
    let left = runs.iter().map(|t| t.origin.x).fold(f32::MAX, f32::min);
    assert!(
        (rtl.rect.right() - pad - right).abs() < 1.0,
        "ends at the right padding"
    );
    assert!(left - rtl.rect.x > 2.0 * pad, "does not start at the left");

    let ltr = g.card(card_id(301)).unwrap();
    assert!(!ltr.rtl);
    let left = runs_in(&f, ltr.rect)
        .iter()
        .map(|t| t.origin.x)
        .fold(f32::MAX, f32::min);
    assert!(
        (left - ltr.rect.x - pad).abs() < 1.0,
        "starts at the left padding"
    );
}

#[test]
fn lane_grows_to_fit_its_tallest_cell_and_no_card_leaves_its_cell() {
    let long = "A long card that needs many lines to say what it says. ".repeat(6);
    let d = doc(
        json!([
            {"id": uid(200), "kind": "actions", "name": "Actions", "height": 60},
            {"id": uid(201), "kind": "pain_points", "name": "Pains", "height": 60}
        ]),
        json!([
            {"id": uid(300), "stage": uid(100), "lane": uid(200), "text": long},
            {"id": uid(301), "stage": uid(100), "lane": uid(200), "text": "Second card"},
            {"id": uid(302), "stage": uid(101), "step": uid(110), "lane": uid(201), "text": "Narrow step", "severity": "high"}
        ]),
        json!([]),
    );
    let f = lay(&d);
    let g = f.geometry.as_ref().unwrap();
    let lane = g.lanes[0];
    assert!(lane.height > 150.0, "lane grew: {}", lane.height);
    let a = g.card(card_id(300)).unwrap().rect;
    let b = g.card(card_id(301)).unwrap().rect;
    assert!(b.y >= a.bottom(), "cards stack without overlapping");
    for c in &g.cards {
        let col = g
            .columns
            .iter()
            .find(|col| c.rect.x >= col.x && c.rect.x < col.x + col.width)
            .unwrap();
        let lane = g
            .lanes
            .iter()
            .find(|l| c.rect.y >= l.y && c.rect.y < l.y + l.height)
            .unwrap();
        let cell = Rect::new(col.x, lane.y, col.width, lane.height);
        assert!(cell.contains_rect(&c.rect), "{c:?} outside {cell:?}");
        // The card's text stays inside the card.
        for t in runs_in(&f, c.rect) {
            assert!(t.origin.x + t.width <= c.rect.right() + 0.5);
            assert!(t.origin.y <= c.rect.bottom());
        }
    }
    assert!(f.height >= g.grid.bottom(), "frame holds the grid");
}

#[test]
fn emotion_curve_stays_inside_its_lane_and_passes_every_point() {
    let d = doc(
        json!([
            {"id": uid(200), "kind": "actions", "name": "Actions", "height": 80},
            {"id": uid(201), "kind": "emotions", "name": "Emotions", "height": 40}
        ]),
        json!([]),
        json!([
            {"id": uid(400), "lane": uid(201), "stage": uid(100), "value": 2, "note": "Great start with a long note that wraps over lines"},
            {"id": uid(401), "lane": uid(201), "stage": uid(101), "step": uid(110), "value": -2, "critical": true, "note": "Worst"},
            {"id": uid(402), "lane": uid(201), "stage": uid(101), "step": uid(111), "value": 2},
            {"id": uid(403), "lane": uid(201), "stage": uid(102), "value": -1}
        ]),
    );
    let f = lay(&d);
    let g = f.geometry.as_ref().unwrap();
    let lane = g.lanes[1];
    assert_eq!(lane.kind, LaneKind::Emotions);
    assert!(
        lane.height > 40.0,
        "the lane grew to hold the scale and notes"
    );
    let curve = &g.emotions[0];
    assert_eq!(curve.points.len(), 4);
    let bounds = curve.path.bounds();
    assert!(
        bounds.y >= lane.y && bounds.bottom() <= lane.y + lane.height,
        "{bounds:?} in {lane:?}"
    );
    // Higher values sit higher; the -2 point is the lowest.
    let ys: Vec<f32> = curve.points.iter().map(|(_, p)| p.y).collect();
    assert!(ys[0] < ys[3] && ys[3] < ys[1] && (ys[0] - ys[2]).abs() < 0.01);
    // One marker per column centre.
    for ((_, p), c) in curve.points.iter().zip(&g.columns) {
        assert!((p.x - (c.x + c.width / 2.0)).abs() < 0.01);
    }
    // Every item painted for the lane (markers, rings, notes) stays in it.
    let lane_rect = Rect::new(g.cells.x, lane.y, g.cells.w, lane.height);
    for it in &f.items {
        if let Item::Path { path, .. } = it {
            let b = path.bounds();
            if lane_rect.intersects(&b) && b.h > 0.0 && b.x >= lane_rect.x && b.h < lane.height {
                assert!(lane_rect.contains_rect(&b), "{b:?} leaves the lane");
            }
        }
    }
}

#[test]
fn kind_specific_content_is_drawn() {
    let d = doc(
        json!([
            {"id": uid(200), "kind": "touchpoints", "name": "Touchpoints", "height": 60},
            {"id": uid(201), "kind": "opportunities", "name": "Ideas", "height": 60},
            {"id": uid(202), "kind": "metrics", "name": "KPIs", "height": 60},
            {"id": uid(203), "kind": "back_stage", "name": "Back stage", "height": 60}
        ]),
        json!([
            {"id": uid(300), "stage": uid(100), "lane": uid(200), "channel": "email", "text": ""},
            {"id": uid(301), "stage": uid(100), "lane": uid(201), "text": "Photos", "impact": "high", "effort": "low"},
            {"id": uid(302), "stage": uid(100), "lane": uid(202), "text": "CSAT", "metric": {"name": "CSAT", "unit": "/5", "current": 3.8, "target": 4.5}},
            {"id": uid(303), "stage": uid(100), "lane": uid(203), "text": "Repair", "owner": "Workshop"}
        ]),
        json!([]),
    );
    let f = lay(&d);
    let g = f.geometry.as_ref().unwrap();
    let text_in = |n: u64| -> String {
        runs_in(&f, g.card(card_id(n)).unwrap().rect)
            .iter()
            .map(|t| t.text.clone())
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(
        text_in(300).contains("Email"),
        "an empty touchpoint shows its channel"
    );
    assert!(text_in(301).contains("Impact: High") && text_in(301).contains("Effort: Low"));
    let kpi = text_in(302);
    assert!(kpi.contains("3.8/5") && kpi.contains("4.5/5"), "{kpi}");
    assert!(text_in(303).contains("Workshop"));
    // The touchpoint card carries a stroked icon.
    let r = g.card(card_id(300)).unwrap().rect;
    assert!(f.items.iter().any(|it| matches!(it,
        Item::Path { path, stroke: Some(_), .. } if r.contains_rect(&path.bounds()))));
}
