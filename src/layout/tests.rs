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

/// The box a run's letters cover (cap height above the baseline to the
/// descenders below it).
fn ink(t: &TextRun) -> Rect {
    Rect::new(t.origin.x, t.origin.y - 0.75 * t.size, t.width, t.size)
}

/// All the text of runs whose ink lies in `r`, joined.
fn text_within(f: &Frame, r: Rect) -> String {
    f.texts()
        .filter(|t| r.contains_rect(&ink(t)))
        .map(|t| t.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A small PNG for persona photos.
fn png(w: u32, h: u32) -> String {
    use base64::Engine;
    let img = image::RgbImage::from_pixel(w, h, image::Rgb([200, 40, 40]));
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    base64::engine::general_purpose::STANDARD.encode(out)
}

/// A one-map project with a full header: kind, title, scenario, goal,
/// review date and a linked persona with a photo and a quote.
fn header_doc(title: &str) -> Document {
    let file = json!({
        "format": "waymark-project",
        "version": 1,
        "project": {"id": uid(1), "title": "Test"},
        "images": [{"id": uid(30), "mime": "image/png", "width": 40, "height": 30, "data": png(40, 30)}],
        "personas": [{"id": uid(20), "name": "Olena Kovalenko", "photo": uid(30), "quote": "I want to know when the car is ready.", "occupation": "Teacher", "age": "41"}],
        "maps": [{
            "id": uid(10),
            "title": title,
            "kind": "future_state",
            "scenario": "Yearly service before a long trip",
            "business_goal": "Repeat visits: 60%",
            "last_reviewed": "2026-10-15",
            "personas": [uid(20)],
            "stages": [
                {"id": uid(100), "name": "Booking", "width": 240},
                {"id": uid(101), "name": "Waiting", "width": 240, "steps": [
                    {"id": uid(110), "name": "Diagnosis", "width": 200},
                    {"id": uid(111), "name": "Repair", "width": 200}
                ]},
                {"id": uid(102), "name": "پرداخت", "width": 240}
            ],
            "lanes": [{"id": uid(200), "kind": "actions", "name": "Actions", "height": 80}]
        }]
    });
    crate::interchange::json::import(&file.to_string()).expect("header project")
}

#[test]
fn header_shows_kind_title_scenario_goal_review_date_and_the_persona_with_photo_and_quote() {
    let d = header_doc("Annual service");
    let f = lay(&d);
    let g = f.geometry.as_ref().unwrap();
    let above_grid = Rect::new(0.0, 0.0, f.width, g.grid.y);
    let header = text_within(&f, above_grid);
    for s in [
        "Future state",
        "Annual service",
        "Yearly service before a long trip",
        "BUSINESS GOAL",
        "Repeat visits: 60%",
        "LAST REVIEWED",
        "2026-10-15",
        "Olena Kovalenko",
        "Teacher, 41",
        "“I want to know when the car is ready.”",
    ] {
        assert!(header.contains(s), "{s:?} not in the header: {header}");
    }
    // The photo is drawn, clipped round, above the grid.
    let photo = f
        .items
        .iter()
        .find_map(|it| match it {
            Item::Image(i) => Some(i),
            _ => None,
        })
        .expect("persona photo");
    assert!(photo.clip.bottom() <= g.grid.y);
    assert!((photo.radius - photo.clip.w / 2.0).abs() < 0.01, "round");
    assert!(f.images.contains_key(&photo.asset));
    // Goal and review date read as one row of facts: the date follows the
    // goal closely instead of floating at the far end of the header.
    let at = |needle: &str| {
        f.texts()
            .find(|t| t.text.contains(needle))
            .map(|t| t.origin)
            .unwrap()
    };
    let (goal, reviewed) = (at("BUSINESS GOAL"), at("LAST REVIEWED"));
    assert!((goal.y - reviewed.y).abs() < 0.5, "same row");
    let goal_end = f
        .texts()
        .filter(|t| t.text.contains("Repeat visits"))
        .map(|t| t.origin.x + t.width)
        .fold(0.0, f32::max);
    assert!(
        reviewed.x > goal_end && reviewed.x - goal_end <= 48.0,
        "review date at {} right after the goal ending at {goal_end}",
        reviewed.x
    );
}

#[test]
fn right_to_left_title_starts_flush_with_the_rest_of_the_header() {
    let d = header_doc("نقشه سفر مشتری — Annual service");
    let f = lay(&d);
    let runs: Vec<&TextRun> = f
        .texts()
        .filter(|t| t.size == Theme::builtin().unwrap().font.title_size)
        .collect();
    assert!(runs.iter().any(|t| t.rtl), "the title is right to left");
    let left = runs.iter().map(|t| t.origin.x).fold(f32::MAX, f32::min);
    assert!((left - MARGIN).abs() < 1.0, "title starts at {left}");
}

#[test]
fn stage_and_step_names_are_drawn_in_the_header_row_over_their_columns() {
    let d = header_doc("Annual service");
    let f = lay(&d);
    let g = f.geometry.as_ref().unwrap();
    let header_h = g.cells.y - g.grid.y;
    for (name, x, w, top, h) in [
        (
            "Booking",
            g.stages[0].x,
            g.stages[0].width,
            g.grid.y,
            header_h,
        ),
        (
            "Waiting",
            g.stages[1].x,
            g.stages[1].width,
            g.grid.y,
            g.stage_row_height,
        ),
        (
            "Diagnosis",
            g.columns[1].x,
            g.columns[1].width,
            g.grid.y + g.stage_row_height,
            header_h - g.stage_row_height,
        ),
        (
            "Repair",
            g.columns[2].x,
            g.columns[2].width,
            g.grid.y + g.stage_row_height,
            header_h - g.stage_row_height,
        ),
        (
            "پرداخت",
            g.stages[2].x,
            g.stages[2].width,
            g.grid.y,
            header_h,
        ),
    ] {
        let cell = Rect::new(x, top, w, h);
        assert!(
            text_within(&f, cell).contains(name),
            "{name:?} not drawn in {cell:?}"
        );
    }
    // A right-to-left stage name is right-aligned in its header cell.
    let fa = f.texts().find(|t| t.text.contains("پرداخت")).unwrap();
    let end = g.stages[2].x + g.stages[2].width;
    assert!(end - (fa.origin.x + fa.width) < 16.0, "right-aligned");
}

#[test]
fn right_to_left_lane_name_has_its_kind_caption_on_the_same_side() {
    let d = doc(
        json!([{"id": uid(200), "kind": "emotions", "name": "احساسات", "height": 100}]),
        json!([]),
        json!([]),
    );
    let f = lay(&d);
    let g = f.geometry.as_ref().unwrap();
    let head = Rect::new(
        g.grid.x,
        g.lanes[0].y,
        g.cells.x - g.grid.x,
        g.lanes[0].height,
    );
    let name = runs_in(&f, head)
        .into_iter()
        .find(|t| t.text.contains("احساسات"))
        .unwrap();
    let caption = runs_in(&f, head)
        .into_iter()
        .find(|t| t.text == "Emotions")
        .unwrap();
    let (name_end, caption_end) = (name.origin.x + name.width, caption.origin.x + caption.width);
    assert!(
        (name_end - caption_end).abs() < 1.0,
        "caption ends at {caption_end}, name at {name_end}"
    );
}

#[test]
fn legend_is_optional_and_lists_what_the_map_uses() {
    let d = doc(
        json!([
            {"id": uid(200), "kind": "touchpoints", "name": "Touchpoints", "height": 60},
            {"id": uid(201), "kind": "pain_points", "name": "Pains", "height": 60},
            {"id": uid(202), "kind": "emotions", "name": "Feelings", "height": 60}
        ]),
        json!([
            {"id": uid(300), "stage": uid(100), "lane": uid(200), "channel": "phone", "text": "Call"}
        ]),
        json!([]),
    );
    let mut fonts = Fonts::new();
    let with = layout(&d, map_id(), &LayoutOptions::default(), &mut fonts).unwrap();
    let without = layout(
        &d,
        map_id(),
        &LayoutOptions {
            legend: false,
            ..LayoutOptions::default()
        },
        &mut fonts,
    )
    .unwrap();
    let below = |f: &Frame| {
        let g = f.geometry.as_ref().unwrap();
        text_within(f, Rect::new(0.0, g.grid.bottom(), f.width, f.height))
    };
    let legend = below(&with);
    for s in [
        "Lanes",
        "Touchpoints",
        "Pain points",
        "Emotions",
        "Badges",
        "Emotion",
        "critical moment",
        "Channels",
        "Phone",
    ] {
        assert!(legend.contains(s), "{s:?} not in the legend: {legend}");
    }
    assert!(!legend.contains("Website"), "only channels in use");
    assert!(below(&without).is_empty());
    assert!(without.height < with.height);
    // Every row's first item starts at the same tab stop, right of the
    // longest caption.
    let g = with.geometry.as_ref().unwrap();
    let rows: Vec<f32> = ["Touchpoints", "Low severity", "very negative", "Phone"]
        .iter()
        .map(|s| {
            with.texts()
                .filter(|t| t.origin.y > g.grid.bottom() && t.text.starts_with(s))
                .map(|t| t.origin.x)
                .fold(f32::MAX, f32::min)
        })
        .collect();
    // Items start with a swatch, badge edge, face or icon before the text;
    // the text of the first item per row sits within a few units of the tab.
    let tab = rows.iter().copied().fold(f32::MAX, f32::min);
    let captions_end = ["Lanes", "Badges", "Emotion", "Channels"]
        .iter()
        .filter_map(|c| {
            with.texts()
                .find(|t| t.origin.y > g.grid.bottom() && t.text == *c)
                .map(|t| t.origin.x + t.width)
        })
        .fold(0.0, f32::max);
    assert!(tab > captions_end, "items start right of every caption");
    for x in rows {
        assert!(x - tab <= 26.0, "row starts at {x}, tab at {tab}");
    }
}

#[test]
fn metric_without_a_target_shows_the_current_value_alone() {
    let d = doc(
        json!([{"id": uid(200), "kind": "metrics", "name": "KPIs", "height": 60}]),
        json!([
            {"id": uid(300), "stage": uid(100), "lane": uid(200), "text": "Conversion", "metric": {"name": "Conversion", "unit": "%", "current": 12.0}},
            {"id": uid(301), "stage": uid(102), "lane": uid(200), "text": "CSAT", "metric": {"name": "CSAT", "unit": "/5", "current": 3.8, "target": 4.5}}
        ]),
        json!([]),
    );
    let f = lay(&d);
    let g = f.geometry.as_ref().unwrap();
    let only_now = g.card(card_id(300)).unwrap().rect;
    let both = g.card(card_id(301)).unwrap().rect;
    let texts = text_within(&f, only_now);
    assert!(texts.contains("12%") && texts.contains("now"), "{texts}");
    assert!(!texts.contains("target") && !texts.contains('–'), "{texts}");
    assert!(text_within(&f, both).contains("target"));
    // No arrow is drawn in the card without a target.
    let strokes_in = |r: Rect| {
        f.items
            .iter()
            .filter(|it| matches!(it, Item::Path { stroke: Some(_), path, .. } if r.contains_rect(&path.bounds())))
            .count()
    };
    assert_eq!(strokes_in(only_now), 0);
    assert_eq!(strokes_in(both), 1);
}

/// Points along a path's segments (beziers sampled), for overlap checks.
fn samples(p: &Path) -> Vec<Point> {
    let mut out = Vec::new();
    let mut at = Point::new(0.0, 0.0);
    for el in &p.els {
        match *el {
            PathEl::MoveTo(q) => at = q,
            PathEl::LineTo(q) => {
                for i in 0..=20 {
                    let t = i as f32 / 20.0;
                    out.push(Point::new(at.x + (q.x - at.x) * t, at.y + (q.y - at.y) * t));
                }
                at = q;
            }
            PathEl::CubicTo(c1, c2, q) => {
                for i in 0..=40 {
                    let t = i as f32 / 40.0;
                    let u = 1.0 - t;
                    let b = |a: f32, b: f32, c: f32, d: f32| {
                        u * u * u * a + 3.0 * u * u * t * b + 3.0 * u * t * t * c + t * t * t * d
                    };
                    out.push(Point::new(
                        b(at.x, c1.x, c2.x, q.x),
                        b(at.y, c1.y, c2.y, q.y),
                    ));
                }
                at = q;
            }
            _ => {}
        }
    }
    out
}

#[test]
fn emotion_notes_keep_off_the_curve_the_scale_and_their_neighbours() {
    // Every point is a peak or a trough, the notes are long, the first note
    // sits in the first column beside the scale, the last point at the top.
    let d = doc(
        json!([{"id": uid(201), "kind": "emotions", "name": "Emotions", "height": 40}]),
        json!([]),
        json!([
            {"id": uid(400), "lane": uid(201), "stage": uid(100), "value": -1, "note": "A long note on the first stage that wraps over several lines"},
            {"id": uid(401), "lane": uid(201), "stage": uid(101), "step": uid(110), "value": 2, "note": "Best moment"},
            {"id": uid(402), "lane": uid(201), "stage": uid(101), "step": uid(111), "value": -2, "critical": true, "note": "Lowest point of all"},
            {"id": uid(403), "lane": uid(201), "stage": uid(102), "value": 2, "note": "The last note, long enough to reach the edge of the map"}
        ]),
    );
    let f = lay(&d);
    let g = f.geometry.as_ref().unwrap();
    let lane = g.lanes[0];
    let lane_rect = Rect::new(g.cells.x, lane.y, g.cells.w, lane.height);
    let curve = samples(&g.emotions[0].path);
    assert!(curve.len() > 100);
    // The curve is smooth: bezier segments, not a polyline.
    assert!(
        g.emotions[0]
            .path
            .els
            .iter()
            .filter(|e| matches!(e, PathEl::CubicTo(..)))
            .count()
            == 3
    );
    let scale: Vec<Rect> = f
        .texts()
        .filter(|t| ["+2", "0", "-2"].contains(&t.text.as_str()))
        .map(ink)
        .collect();
    assert_eq!(scale.len(), 3);
    let mut boxes = Vec::new();
    for (i, (id, range)) in g.parts.points.iter().enumerate() {
        // The note's white backing is the first item of the point.
        let Item::Rect { rect: note, .. } = &f.items[range.start] else {
            panic!("point {id:?} has no note backing");
        };
        let (_, centre) = g.emotions[0].points[i];
        let col = g.columns[i];
        assert!(
            note.x >= col.x && note.right() <= col.x + col.width,
            "note {i} {note:?} leaves its column {col:?}"
        );
        assert!(
            lane_rect.contains_rect(note),
            "note {i} {note:?} leaves the lane"
        );
        let hits = curve
            .iter()
            .filter(|p| {
                note.inset(-1.0)
                    .contains_rect(&Rect::new(p.x, p.y, 0.0, 0.0))
            })
            .count();
        assert_eq!(hits, 0, "note {i} {note:?} covers the curve");
        for s in &scale {
            assert!(!note.intersects(s), "note {i} covers a scale label {s:?}");
        }
        // Peaks carry their note above, troughs below.
        if i % 2 == 0 {
            assert!(note.y > centre.y, "note {i} below its trough");
        } else {
            assert!(note.bottom() < centre.y, "note {i} above its peak");
        }
        boxes.push(*note);
    }
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            assert!(!a.intersects(b), "{a:?} overlaps {b:?}");
        }
    }
    // The critical point is ringed and flagged: it paints more than the others.
    let count = |i: usize| g.parts.points[i].1.len();
    assert!(count(2) > count(0) && count(2) > count(1));
}

/// The colour behind a text run: the last filled rectangle painted before
/// it that holds the run's ink, or the frame's background.
fn backdrop(f: &Frame, index: usize) -> Rgba {
    let Item::Text(t) = &f.items[index] else {
        unreachable!()
    };
    let r = ink(t);
    let centre = Rect::new(r.x + r.w / 2.0, r.y + r.h / 2.0, 0.0, 0.0);
    f.items[..index]
        .iter()
        .rev()
        .find_map(|it| match it {
            Item::Rect {
                rect,
                fill: Some(c),
                ..
            } if c.a == 255 && rect.contains_rect(&centre) => Some(*c),
            _ => None,
        })
        .or(f.background)
        .unwrap_or(Rgba::WHITE)
}

#[test]
fn every_text_has_at_least_aa_contrast_with_what_is_behind_it() {
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
    ];
    let lanes: Vec<Value> = kinds
        .iter()
        .enumerate()
        .map(|(i, k)| json!({"id": uid(200 + i as u64), "kind": k, "name": LaneKind::parse(k).unwrap().label(), "height": 60}))
        .collect();
    let mut cards = Vec::new();
    for (i, k) in kinds.iter().enumerate() {
        if *k == "emotions" {
            continue;
        }
        for (j, level) in ["low", "medium", "high"].iter().enumerate() {
            cards.push(json!({
                "id": uid(1000 + 10 * i as u64 + j as u64),
                "stage": uid(100 + j as u64 % 2 * 2),
                "lane": uid(200 + i as u64),
                "text": "Some card text",
                "severity": level, "impact": level, "effort": level,
                "channel": "email", "owner": "Workshop",
                "metric": {"name": "CSAT", "unit": "/5", "current": 3.8, "target": 4.5}
            }));
        }
    }
    let d = doc(
        json!(lanes),
        json!(cards),
        json!([
            {"id": uid(400), "lane": uid(204), "stage": uid(100), "value": 2, "note": "High"},
            {"id": uid(401), "lane": uid(204), "stage": uid(102), "value": -2, "critical": true, "note": "Low"}
        ]),
    );
    let f = lay(&d);
    let mut checked = 0;
    for (i, it) in f.items.iter().enumerate() {
        let Item::Text(t) = it else { continue };
        let behind = backdrop(&f, i);
        let ratio = t.color.contrast(behind);
        assert!(
            ratio >= 4.5,
            "{:?} in {:?} on {:?}: contrast {ratio:.2}",
            t.text,
            t.color,
            behind
        );
        checked += 1;
    }
    assert!(checked > 100, "{checked} runs checked");
}

#[test]
fn header_marks_a_review_more_than_six_months_old_as_due_only_when_the_day_is_given() {
    let d = header_doc("Annual service");
    let header = |today: Option<jiff::civil::Date>| {
        let opts = LayoutOptions {
            today,
            ..LayoutOptions::default()
        };
        let f = layout(&d, map_id(), &opts, &mut Fonts::new()).unwrap();
        let g = f.geometry.as_ref().unwrap();
        text_within(&f, Rect::new(0.0, 0.0, f.width, g.grid.y))
    };
    // Reviewed 2026-10-15: fresh until 2027-04-15.
    let fresh = header(Some(jiff::civil::date(2027, 4, 15)));
    assert!(
        fresh.contains("2026-10-15") && !fresh.contains("due"),
        "{fresh}"
    );
    let due = header(Some(jiff::civil::date(2027, 4, 16)));
    assert!(due.contains("2026-10-15") && due.contains("due"), "{due}");
    let unknown = header(None);
    assert!(!unknown.contains("due"), "{unknown}");
}

#[test]
fn a_note_card_shows_its_picture_and_an_image_card_shows_a_placeholder_without_one() {
    let file = json!({
        "format": "waymark-project",
        "version": 1,
        "project": {"id": uid(1), "title": "Test"},
        "images": [{"id": uid(30), "mime": "image/png", "width": 40, "height": 30, "data": png(40, 30)}],
        "maps": [{
            "id": uid(10),
            "title": "Pictures",
            "kind": "current_state",
            "stages": [{"id": uid(100), "name": "One", "width": 240}],
            "lanes": [
                {"id": uid(200), "kind": "notes", "name": "Notes", "height": 60},
                {"id": uid(201), "kind": "images", "name": "Images", "height": 60}
            ],
            "cards": [
                {"id": uid(300), "stage": uid(100), "lane": uid(200), "text": "Sketch", "image": uid(30), "alt": "A sketch"},
                {"id": uid(301), "stage": uid(100), "lane": uid(200), "text": "Words only"},
                {"id": uid(302), "stage": uid(100), "lane": uid(201), "alt": "Still to come"}
            ]
        }]
    });
    let d = crate::interchange::json::import(&file.to_string()).expect("pictures project");
    let f = lay(&d);
    let g = f.geometry.as_ref().unwrap();
    let images: Vec<&ImageItem> = f
        .items
        .iter()
        .filter_map(|it| match it {
            Item::Image(i) => Some(i),
            _ => None,
        })
        .collect();
    assert_eq!(images.len(), 1, "only the note with a picture draws one");
    assert!(
        g.card(card_id(300))
            .unwrap()
            .rect
            .contains_rect(&images[0].rect)
    );
    let placeholder = text_within(&f, g.card(card_id(302)).unwrap().rect);
    assert!(placeholder.contains("Still to come"), "{placeholder}");
    let words = text_within(&f, g.card(card_id(301)).unwrap().rect);
    assert!(!words.contains("No picture"), "{words}");
}

#[test]
fn captions_come_from_the_catalog_and_an_unknown_language_gives_the_english_page() {
    let d = header_doc("Annual service");
    let mut fonts = Fonts::new();
    let texts = |f: &Frame| f.texts().map(|t| t.text.clone()).collect::<Vec<_>>();
    let english = layout(&d, map_id(), &LayoutOptions::default(), &mut fonts).unwrap();
    let english_texts = texts(&english);
    for key in [
        "header-what",
        "header-business-goal",
        "header-last-reviewed",
        "legend-lanes",
    ] {
        let caption = crate::i18n::text("en", key);
        assert!(
            english_texts.iter().any(|t| t.contains(&caption)),
            "{key}: {caption:?} not drawn"
        );
    }
    let opts = LayoutOptions {
        lang: "xx-YY".into(),
        ..LayoutOptions::default()
    };
    let unknown = layout(&d, map_id(), &opts, &mut fonts).unwrap();
    assert_eq!(texts(&unknown), english_texts);
    let persona = crate::id::PersonaId(uuid::Uuid::parse_str(&uid(20)).unwrap());
    let page =
        |lang: &str, fonts: &mut Fonts| texts(&layout_persona(&d, persona, lang, fonts).unwrap());
    let en_page = page("en", &mut fonts);
    assert!(en_page.iter().any(|t| t == "PERSONA"), "{en_page:?}");
    assert!(en_page.iter().any(|t| t.starts_with('“')), "{en_page:?}");
    assert_eq!(page("xx", &mut fonts), en_page);
}
