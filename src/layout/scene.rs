//! The screen's view of a laid-out map: the same frame items the PDF and PNG
//! exporters paint, sorted into the layers the canvas needs (cells, lane
//! header column, stage header row, one group per card, per emotion curve and
//! per emotion point) and made serialisable. The canvas draws these shapes as
//! SVG, so what the user sees is what the export shows; it only adds
//! interaction (selection, drag previews, editors) on top.
//!
//! It also carries what the page needs to edit without layout rules of its
//! own: where a dropped card would land in each cell (`cells`), the model's
//! size limits and emotion scale, and whether the map is due for review.
//!
//! Coordinates are layout units with the grid's top-left corner at (0, 0).

use super::frame::{Frame, Item, PathEl, Rect, Rgba};
use super::{FontKey, Fonts, LayoutOptions, Theme, layout};
use crate::error::{Error, Result};
use crate::id::{AssetId, CardId, EmotionId, LaneId, MapId, StageId, StepId};
use crate::model::{COLUMN_WIDTH, Document, EMOTION_RANGE, LANE_HEIGHT, LaneKind, Review, review};
use serde::Serialize;
use std::collections::HashMap;
use std::fmt::Write;
use std::ops::Range;
use ts_rs::TS;

/// The bundled font family of a text run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FontFamily {
    /// Noto Sans (Latin, Cyrillic and more).
    Sans,
    /// Noto Sans Arabic.
    Arabic,
}

/// One drawing item in screen form.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum Shape {
    /// A rectangle, maybe rounded, filled and/or outlined.
    Rect {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Corner radius.
        r: f32,
        /// Fill colour (CSS), if filled.
        fill: Option<String>,
        /// Outline colour (CSS), if outlined.
        stroke: Option<String>,
        /// Outline width.
        sw: f32,
    },
    /// A path in SVG syntax.
    Path {
        /// SVG path data.
        d: String,
        /// Fill colour (CSS), if filled.
        fill: Option<String>,
        /// Outline colour (CSS), if outlined.
        stroke: Option<String>,
        /// Outline width.
        sw: f32,
        /// Dash and gap, if dashed.
        dash: Option<[f32; 2]>,
        /// Round caps and joins.
        round: bool,
    },
    /// One run of text, already broken into lines by layout.
    Text {
        /// Left end of the baseline.
        x: f32,
        /// Baseline.
        y: f32,
        /// Advance width layout measured.
        w: f32,
        /// The text, in logical order.
        text: String,
        /// `sans` (Noto Sans) or `arabic` (Noto Sans Arabic).
        font: FontFamily,
        /// Bold face.
        bold: bool,
        /// Font size.
        size: f32,
        /// Colour (CSS).
        color: String,
        /// Right-to-left run.
        rtl: bool,
    },
    /// A stored picture, clipped to a (rounded) box.
    Image {
        /// The asset to show.
        asset: AssetId,
        /// Where the whole picture goes: left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// The visible part: `[x, y, w, h]`.
        clip: [f32; 4],
        /// Corner radius of the clip.
        r: f32,
    },
}

/// A stage header's place.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct SceneStage {
    /// The stage.
    pub stage: StageId,
    /// Left edge.
    pub x: f32,
    /// Width, its steps' together.
    pub width: f32,
}

/// A column's place (a stage, or a step of a split stage).
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct SceneColumn {
    /// The stage.
    pub stage: StageId,
    /// The step, when the stage is split.
    pub step: Option<StepId>,
    /// Left edge.
    pub x: f32,
    /// Width.
    pub width: f32,
}

/// A lane's place.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct SceneLane {
    /// The lane.
    pub lane: LaneId,
    /// Its kind.
    pub kind: LaneKind,
    /// Top edge.
    pub y: f32,
    /// Height as drawn (the model's or more, so nothing is clipped).
    pub height: f32,
    /// For emotion lanes: the y of a +2 and of a -2 marker centre.
    pub plot: Option<[f32; 2]>,
}

/// A card: its box and its shapes relative to the box's top-left corner.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct SceneCard {
    /// The card.
    pub card: CardId,
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
    /// Its text runs right to left.
    pub rtl: bool,
    /// A digest of `shapes`: the same digest means the same drawing, so the
    /// screen can keep what it drew last time.
    pub sig: String,
    /// What draws it.
    pub shapes: Vec<Shape>,
}

/// An emotion lane's curve.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct SceneCurve {
    /// The lane.
    pub lane: LaneId,
    /// What draws it.
    pub shapes: Vec<Shape>,
}

/// An emotion point: its marker centre and what draws it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct ScenePoint {
    /// The point.
    pub point: EmotionId,
    /// Marker centre.
    pub x: f32,
    /// Marker centre.
    pub y: f32,
    /// Marker, ring, flag and note.
    pub shapes: Vec<Shape>,
}

/// A map's grid laid out for the screen.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Scene {
    /// The map.
    pub map: MapId,
    /// Width of the grid.
    pub width: f32,
    /// Height of the grid.
    pub height: f32,
    /// Height of the stage (and step) header row.
    pub header_height: f32,
    /// Width of the lane header column.
    pub lane_header_width: f32,
    /// Left edge of the lane header column: 0, or at the right end of the
    /// grid on a right-to-left map.
    pub lane_header_x: f32,
    /// The map runs right to left: first stage and lane headers at the
    /// right, so "next stage" is leftwards and resizing drags a column's
    /// left edge.
    pub rtl: bool,
    /// Height of the stage names' row; below it, to `header_height`, the
    /// step names of split stages.
    pub stage_row_height: f32,
    /// Stages in journey order (right to left on a right-to-left map).
    pub stages: Vec<SceneStage>,
    /// Columns in journey order.
    pub columns: Vec<SceneColumn>,
    /// Lanes top to bottom.
    pub lanes: Vec<SceneLane>,
    /// Cell backgrounds, emotion bands and scales.
    pub body: Vec<Shape>,
    /// Grid lines.
    pub lines: Vec<Shape>,
    /// The lane header column.
    pub lane_headers: Vec<Shape>,
    /// The stage header row.
    pub stage_headers: Vec<Shape>,
    /// Cards, lane by lane, column by column, in cell order.
    pub cards: Vec<SceneCard>,
    /// Emotion curves.
    pub curves: Vec<SceneCurve>,
    /// Emotion points.
    pub points: Vec<ScenePoint>,
    /// Every cell of every card lane, lane by lane, column by column, with
    /// where a card dropped at each place would go.
    pub cells: Vec<SceneCell>,
    /// Most negative and most positive emotion value.
    pub emotion_scale: [i8; 2],
    /// The model's size limits, for resizing.
    pub limits: Limits,
    /// Whether and when the map was last reviewed, and whether that is due again.
    pub review: Review,
}

/// One place in a cell where a card can go.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, TS)]
pub struct Slot {
    /// The y of the drop marker for this place: half a gap above the card
    /// that is there now, half a gap below the last card, or half a padding
    /// below the lane's top in an empty cell.
    pub line: f32,
    /// The y the top edge of a card put here would have.
    pub top: f32,
}

/// A cell of a card lane: the box its cards fill and the places a card can go.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct SceneCell {
    /// The lane.
    pub lane: LaneId,
    /// The stage...
    pub stage: StageId,
    /// ...and the step, when the stage is split.
    pub step: Option<StepId>,
    /// Left edge of the cell's cards.
    pub x: f32,
    /// Width of the cell's cards.
    pub w: f32,
    /// `slots[i]` is where a card inserted at index `i` goes (`add_card` and
    /// `move_card` count `index` the same way), for `i` from 0 to the number
    /// of cards: one more slot than cards.
    pub slots: Vec<Slot>,
}

/// The model's size limits, in layout units.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, TS)]
pub struct Limits {
    /// Narrowest and widest stage or step column.
    pub column: [u32; 2],
    /// Lowest and tallest lane (as set; a lane is drawn taller when its
    /// content needs it).
    pub lane: [u32; 2],
}

impl Limits {
    /// The limits the model enforces.
    pub fn model() -> Limits {
        Limits {
            column: [*COLUMN_WIDTH.start(), *COLUMN_WIDTH.end()],
            lane: [*LANE_HEIGHT.start(), *LANE_HEIGHT.end()],
        }
    }
}

/// A colour as CSS.
fn css(c: Rgba) -> String {
    if c.a == 255 {
        format!("#{:02x}{:02x}{:02x}", c.r, c.g, c.b)
    } else {
        format!("rgba({},{},{},{:.3})", c.r, c.g, c.b, c.a as f32 / 255.0)
    }
}

/// Round to hundredths: the screen needs no more, and the JSON stays small.
fn r2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// Path data in SVG syntax, moved by (`dx`, `dy`).
fn svg_path(els: &[PathEl], dx: f32, dy: f32) -> String {
    let mut d = String::new();
    let p = |d: &mut String, x: f32, y: f32| {
        let _ = write!(d, "{} {} ", r2(x + dx), r2(y + dy));
    };
    for e in els {
        match *e {
            PathEl::MoveTo(a) => {
                d.push('M');
                p(&mut d, a.x, a.y);
            }
            PathEl::LineTo(a) => {
                d.push('L');
                p(&mut d, a.x, a.y);
            }
            PathEl::CubicTo(a, b, c) => {
                d.push('C');
                p(&mut d, a.x, a.y);
                p(&mut d, b.x, b.y);
                p(&mut d, c.x, c.y);
            }
            PathEl::Close => d.push_str("Z "),
        }
    }
    d.truncate(d.trim_end().len());
    d
}

/// One frame item as a shape, moved by (`dx`, `dy`).
fn shape(item: &Item, dx: f32, dy: f32) -> Shape {
    match item {
        Item::Rect {
            rect,
            radius,
            fill,
            stroke,
        } => Shape::Rect {
            x: r2(rect.x + dx),
            y: r2(rect.y + dy),
            w: r2(rect.w),
            h: r2(rect.h),
            r: r2(*radius),
            fill: fill.map(css),
            stroke: stroke.map(|s| css(s.color)),
            sw: stroke.map_or(0.0, |s| s.width),
        },
        Item::Path { path, fill, stroke } => Shape::Path {
            d: svg_path(&path.els, dx, dy),
            fill: fill.map(css),
            stroke: stroke.map(|s| css(s.color)),
            sw: stroke.map_or(0.0, |s| s.width),
            dash: stroke.and_then(|s| s.dash),
            round: stroke.is_some_and(|s| s.round),
        },
        Item::Text(t) => Shape::Text {
            x: r2(t.origin.x + dx),
            y: r2(t.origin.y + dy),
            w: r2(t.width),
            text: t.text.clone(),
            font: match t.font {
                FontKey::SansRegular | FontKey::SansBold => FontFamily::Sans,
                FontKey::ArabicRegular | FontKey::ArabicBold => FontFamily::Arabic,
            },
            bold: matches!(t.font, FontKey::SansBold | FontKey::ArabicBold),
            size: t.size,
            color: css(t.color),
            rtl: t.rtl,
        },
        Item::Image(i) => Shape::Image {
            asset: i.asset,
            x: r2(i.rect.x + dx),
            y: r2(i.rect.y + dy),
            w: r2(i.rect.w),
            h: r2(i.rect.h),
            clip: [
                r2(i.clip.x + dx),
                r2(i.clip.y + dy),
                r2(i.clip.w),
                r2(i.clip.h),
            ],
            r: i.radius,
        },
    }
}

/// A digest of shapes (hex), stable within one build.
fn digest(shapes: &[Shape]) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let f = |h: &mut std::collections::hash_map::DefaultHasher, v: f32| v.to_bits().hash(h);
    for s in shapes {
        match s {
            Shape::Rect {
                x,
                y,
                w,
                h: hh,
                r,
                fill,
                stroke,
                sw,
            } => {
                0u8.hash(&mut h);
                for v in [*x, *y, *w, *hh, *r, *sw] {
                    f(&mut h, v);
                }
                (fill, stroke).hash(&mut h);
            }
            Shape::Path {
                d,
                fill,
                stroke,
                sw,
                dash,
                round,
            } => {
                1u8.hash(&mut h);
                (d, fill, stroke, round).hash(&mut h);
                f(&mut h, *sw);
                for v in dash.iter().flatten() {
                    f(&mut h, *v);
                }
            }
            Shape::Text {
                x,
                y,
                w,
                text,
                font,
                bold,
                size,
                color,
                rtl,
            } => {
                2u8.hash(&mut h);
                for v in [*x, *y, *w, *size] {
                    f(&mut h, v);
                }
                (text, font, bold, color, rtl).hash(&mut h);
            }
            Shape::Image {
                asset,
                x,
                y,
                w,
                h: hh,
                clip,
                r,
            } => {
                3u8.hash(&mut h);
                asset.0.hash(&mut h);
                for v in [*x, *y, *w, *hh, *r].iter().chain(clip) {
                    f(&mut h, *v);
                }
            }
        }
    }
    format!("{:016x}", h.finish())
}

fn shapes(items: &[Item], range: Range<usize>, dx: f32, dy: f32) -> Vec<Shape> {
    items
        .get(range)
        .unwrap_or_default()
        .iter()
        .map(|i| shape(i, dx, dy))
        .collect()
}

/// Lay out `map` of `doc` for the screen: the grid only (the window shows the
/// map's title and personas in its own header), the same items as an export.
/// `today` is the user's local date, for the review state.
pub fn scene(
    doc: &Document,
    map: MapId,
    today: jiff::civil::Date,
    fonts: &mut Fonts,
) -> Result<Scene> {
    let opts = LayoutOptions {
        header: false,
        legend: false,
        ..LayoutOptions::default()
    };
    let frame = layout(doc, map, &opts, fonts)?;
    from_frame(doc, map, &frame, today)
}

/// Where cards go in each cell of each card lane, from the cards' boxes as
/// laid out: a new card at index `i` takes the place of the card there now,
/// which (like every card after it) moves down, so its top is where that
/// card's top is; past the last card it comes one gap below it.
fn cells(doc: &Document, g: &super::MapGeometry, dx: f32, dy: f32) -> Result<Vec<SceneCell>> {
    let grid = Theme::builtin()?.grid;
    let (pad, gap) = (grid.cell_padding, grid.card_gap);
    let mut boxes: HashMap<(LaneId, StageId, Option<StepId>), Vec<Rect>> = HashMap::new();
    for c in &g.cards {
        let card = doc.card(c.card)?;
        boxes
            .entry((card.lane, card.stage, card.step))
            .or_default()
            .push(c.rect);
    }
    let mut out = Vec::new();
    for lane in g.lanes.iter().filter(|l| !l.kind.holds_emotions()) {
        for col in &g.columns {
            let cards = boxes
                .get(&(lane.lane, col.stage, col.step))
                .map_or(&[][..], Vec::as_slice);
            let slot = |line: f32, top: f32| Slot {
                line: r2(line + dy),
                top: r2(top + dy),
            };
            let mut slots = Vec::with_capacity(cards.len() + 1);
            match cards.first() {
                None => slots.push(slot(lane.y + pad / 2.0, lane.y + pad)),
                Some(first) => slots.push(slot(first.y - gap / 2.0, first.y)),
            }
            for r in cards {
                slots.push(slot(r.bottom() + gap / 2.0, r.bottom() + gap));
            }
            out.push(SceneCell {
                lane: lane.lane,
                stage: col.stage,
                step: col.step,
                x: r2(col.x + pad + dx),
                w: r2(col.width - 2.0 * pad),
                slots,
            });
        }
    }
    Ok(out)
}

/// Sort a map frame's items into screen layers and add what the page needs
/// to edit: cells and their slots, limits, the emotion scale and the review
/// state seen on `today`.
pub fn from_frame(
    doc: &Document,
    map: MapId,
    frame: &Frame,
    today: jiff::civil::Date,
) -> Result<Scene> {
    let m = doc.map(map)?;
    let g = frame
        .geometry
        .as_ref()
        .ok_or_else(|| Error::export("problem-no-grid"))?;
    let (ox, oy) = (g.grid.x, g.grid.y);
    let (dx, dy) = (-ox, -oy);
    let rtl = doc.map_rtl(map);
    let items = &frame.items;
    let parts = &g.parts;
    let cards = parts
        .cards
        .iter()
        .filter_map(|(id, range)| {
            let cg = g.card(*id)?;
            let r = cg.rect;
            let shapes = shapes(items, range.clone(), -r.x, -r.y);
            Some(SceneCard {
                card: *id,
                x: r2(r.x + dx),
                y: r2(r.y + dy),
                w: r2(r.w),
                h: r2(r.h),
                rtl: cg.rtl,
                sig: digest(&shapes),
                shapes,
            })
        })
        .collect();
    let centre = |id: EmotionId| {
        g.emotions
            .iter()
            .flat_map(|c| c.points.iter())
            .find(|(p, _)| *p == id)
            .map(|(_, c)| *c)
    };
    let points = parts
        .points
        .iter()
        .filter_map(|(id, range)| {
            let c = centre(*id)?;
            Some(ScenePoint {
                point: *id,
                x: r2(c.x + dx),
                y: r2(c.y + dy),
                shapes: shapes(items, range.clone(), dx, dy),
            })
        })
        .collect();
    Ok(Scene {
        map,
        width: g.grid.w,
        height: g.grid.h,
        header_height: g.cells.y - g.grid.y,
        lane_header_width: g.grid.w - g.cells.w,
        lane_header_x: r2(if rtl { g.cells.right() - g.grid.x } else { 0.0 }),
        rtl,
        stage_row_height: g.stage_row_height,
        stages: g
            .stages
            .iter()
            .map(|s| SceneStage {
                stage: s.stage,
                x: r2(s.x + dx),
                width: s.width,
            })
            .collect(),
        columns: g
            .columns
            .iter()
            .map(|c| SceneColumn {
                stage: c.stage,
                step: c.step,
                x: r2(c.x + dx),
                width: c.width,
            })
            .collect(),
        lanes: g
            .lanes
            .iter()
            .map(|l| SceneLane {
                lane: l.lane,
                kind: l.kind,
                y: r2(l.y + dy),
                height: l.height,
                plot: g
                    .plots
                    .iter()
                    .find(|(lane, _, _)| *lane == l.lane)
                    .map(|(_, top, bottom)| [r2(top + dy), r2(bottom + dy)]),
            })
            .collect(),
        body: shapes(items, parts.body.clone(), dx, dy),
        lines: shapes(items, parts.lines.clone(), dx, dy),
        lane_headers: shapes(items, parts.lane_headers.clone(), dx, dy),
        stage_headers: shapes(items, parts.stage_headers.clone(), dx, dy),
        cards,
        curves: parts
            .curves
            .iter()
            .map(|(lane, range)| SceneCurve {
                lane: *lane,
                shapes: shapes(items, range.clone(), dx, dy),
            })
            .collect(),
        points,
        cells: cells(doc, g, dx, dy)?,
        emotion_scale: [*EMOTION_RANGE.start(), *EMOTION_RANGE.end()],
        limits: Limits::model(),
        review: review(m.last_reviewed.as_ref(), Some(today)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::{CardPatch, Command};
    use crate::id::ProjectId;
    use crate::model::{Date, Project};
    use crate::templates::Template;

    fn today() -> jiff::civil::Date {
        jiff::civil::date(2026, 12, 7)
    }

    fn doc() -> (Document, MapId) {
        let mut doc = Document::new(Project {
            id: ProjectId::new(),
            title: "Scene".into(),
            description: String::new(),
            language: String::new(),
        });
        let map = MapId::new();
        crate::apply::apply(
            &mut doc,
            &Command::CreateMap {
                id: Some(map),
                template: Template::B2c,
                title: None,
                kind: None,
                language: None,
            },
        )
        .expect("map");
        (doc, map)
    }

    #[test]
    fn every_frame_item_of_the_grid_lands_in_exactly_one_layer() {
        let (doc, map) = doc();
        let mut fonts = Fonts::new();
        let frame = layout(
            &doc,
            map,
            &LayoutOptions {
                header: false,
                legend: false,
                ..LayoutOptions::default()
            },
            &mut fonts,
        )
        .expect("layout");
        let s = from_frame(&doc, map, &frame, today()).expect("scene");
        let n = s.body.len()
            + s.lines.len()
            + s.lane_headers.len()
            + s.stage_headers.len()
            + s.cards.iter().map(|c| c.shapes.len()).sum::<usize>()
            + s.curves.iter().map(|c| c.shapes.len()).sum::<usize>()
            + s.points.iter().map(|p| p.shapes.len()).sum::<usize>();
        assert_eq!(n, frame.items.len());
        assert_eq!(s.cards.len(), doc.cards_of(map).count());
        assert_eq!(s.points.len(), doc.emotions_of(map).count());
    }

    #[test]
    fn the_grid_starts_at_the_origin_and_card_shapes_sit_inside_their_card() {
        let (mut doc, map) = doc();
        let lane = doc.lanes(map)[0].id;
        let stage = doc.stages(map)[0].id;
        crate::apply::apply(
            &mut doc,
            &Command::AddCard {
                id: None,
                lane,
                stage,
                step: None,
                index: None,
                color: None,
                content: CardPatch {
                    text: Some("نقشه سفر مشتری و یک متن بلند که باید بشکند".into()),
                    ..CardPatch::default()
                },
            },
        )
        .expect("card");
        let s = scene(&doc, map, today(), &mut Fonts::new()).expect("scene");
        assert_eq!(s.columns[0].x, s.lane_header_width);
        assert_eq!(s.lanes[0].y, s.header_height);
        let card = s
            .cards
            .iter()
            .find(|c| c.rtl)
            .expect("a right-to-left card");
        for sh in &card.shapes {
            if let Shape::Text { x, w, .. } = sh {
                assert!(*x >= 0.0 && x + w <= card.w + 0.5, "{x} {w} {}", card.w);
            }
        }
        let emotion = s
            .lanes
            .iter()
            .find(|l| l.kind == LaneKind::Emotions)
            .expect("emotion lane");
        let [top, bottom] = emotion.plot.expect("plot range");
        assert!(emotion.y < top && top < bottom && bottom < emotion.y + emotion.height);
    }

    #[test]
    fn path_data_is_svg() {
        let mut p = super::super::frame::Path::new();
        p.move_to(1.0, 2.0).line_to(3.5, 4.25).close();
        assert_eq!(svg_path(&p.els, 10.0, 0.0), "M11 2 L13.5 4.25 Z");
    }

    fn add_card(
        doc: &mut Document,
        lane: LaneId,
        stage: StageId,
        step: Option<StepId>,
        index: usize,
        text: &str,
    ) -> CardId {
        let id = CardId::new();
        crate::apply::apply(
            doc,
            &Command::AddCard {
                id: Some(id),
                lane,
                stage,
                step,
                index: Some(index),
                color: None,
                content: CardPatch {
                    text: Some(text.into()),
                    ..CardPatch::default()
                },
            },
        )
        .expect("card");
        id
    }

    fn cell(s: &Scene, lane: LaneId, stage: StageId, step: Option<StepId>) -> &SceneCell {
        s.cells
            .iter()
            .find(|c| c.lane == lane && c.stage == stage && c.step == step)
            .expect("a cell")
    }

    /// Insert a card at every index of a cell and check it lands where the
    /// scene said, through the real command and the real layout.
    fn check_slots(doc: &Document, map: MapId, lane: LaneId, stage: StageId, step: Option<StepId>) {
        let mut fonts = Fonts::new();
        let before = scene(doc, map, today(), &mut fonts).expect("scene");
        let c = cell(&before, lane, stage, step).clone();
        let n = doc.cards_in(lane, stage, step).len();
        assert_eq!(c.slots.len(), n + 1);
        for (i, slot) in c.slots.iter().enumerate() {
            let mut d = doc.clone();
            let id = add_card(&mut d, lane, stage, step, i, "A new card\nwith two lines");
            let after = scene(&d, map, today(), &mut fonts).expect("scene");
            let card = after
                .cards
                .iter()
                .find(|k| k.card == id)
                .expect("the new card");
            assert_eq!(card.y, slot.top, "top of a card inserted at {i} of {n}");
            assert_eq!((card.x, card.w), (c.x, c.w), "the cell's card box");
            assert!(slot.line < slot.top, "the marker is above the new card");
        }
    }

    #[test]
    fn a_card_inserted_at_index_i_has_its_top_at_the_slot_i_top() {
        let (mut doc, map) = doc();
        let lane = doc.lanes(map)[0].id;
        let stage = doc.stages(map)[2].id;
        for (i, text) in ["one", "two lines\nof text", "a third card"]
            .iter()
            .enumerate()
        {
            add_card(&mut doc, lane, stage, None, i, text);
        }
        check_slots(&doc, map, lane, stage, None);
    }

    #[test]
    fn an_empty_cell_has_one_slot_half_a_padding_below_the_lane_top() {
        let (mut doc, map) = doc();
        let lane = doc.lanes(map)[1].id;
        let stage = doc.stages(map)[0].id;
        let cards: Vec<CardId> = doc
            .cards_in(lane, stage, None)
            .iter()
            .map(|c| c.id)
            .collect();
        for card in cards {
            crate::apply::apply(&mut doc, &Command::DeleteCard { card }).expect("delete");
        }
        let s = scene(&doc, map, today(), &mut Fonts::new()).expect("scene");
        let c = cell(&s, lane, stage, None);
        let l = s.lanes.iter().find(|l| l.lane == lane).expect("lane");
        let grid = Theme::builtin().unwrap().grid;
        assert_eq!(
            c.slots,
            [Slot {
                line: l.y + grid.cell_padding / 2.0,
                top: l.y + grid.cell_padding
            }]
        );
        check_slots(&doc, map, lane, stage, None);
    }

    #[test]
    fn slots_of_a_step_cell_match_where_cards_land_too() {
        let (mut doc, map) = doc();
        let stage = doc.stages(map)[1].id;
        let step = StepId::new();
        crate::apply::apply(
            &mut doc,
            &Command::AddStep {
                stage,
                id: Some(step),
                name: "Compare".into(),
                index: None,
                width: None,
            },
        )
        .expect("step");
        let lane = doc.lanes(map)[0].id;
        add_card(&mut doc, lane, stage, Some(step), 0, "in a step");
        check_slots(&doc, map, lane, stage, Some(step));
    }

    #[test]
    fn every_card_lane_has_a_cell_per_column_and_emotion_lanes_have_none() {
        let (doc, map) = doc();
        let s = scene(&doc, map, today(), &mut Fonts::new()).expect("scene");
        let card_lanes = s.lanes.iter().filter(|l| !l.kind.holds_emotions()).count();
        assert!(
            card_lanes < s.lanes.len(),
            "the template has an emotion lane"
        );
        assert_eq!(s.cells.len(), card_lanes * s.columns.len());
        for l in s.lanes.iter().filter(|l| l.kind.holds_emotions()) {
            assert!(s.cells.iter().all(|c| c.lane != l.lane));
        }
        let slots: usize = s.cells.iter().map(|c| c.slots.len() - 1).sum();
        assert_eq!(slots, s.cards.len(), "one slot per card plus one per cell");
    }

    #[test]
    fn the_scene_carries_the_models_limits_and_emotion_scale() {
        let (doc, map) = doc();
        let s = scene(&doc, map, today(), &mut Fonts::new()).expect("scene");
        assert_eq!(s.emotion_scale, [-2, 2]);
        assert_eq!(s.limits.column, [60, 2000]);
        assert_eq!(s.limits.lane, [40, 2000]);
        let v = serde_json::to_value(&s).unwrap();
        assert_eq!(
            v["limits"],
            serde_json::json!({"column": [60, 2000], "lane": [40, 2000]})
        );
        assert!(v["cells"][0]["slots"][0]["top"].is_number());
    }

    #[test]
    fn the_scene_says_whether_the_map_is_due_for_review_on_the_day_given() {
        let (mut doc, map) = doc();
        let s = scene(&doc, map, today(), &mut Fonts::new()).expect("scene");
        assert_eq!(s.review, Review::Never);
        crate::apply::apply(
            &mut doc,
            &Command::SetMapInfo {
                map,
                title: None,
                scenario: None,
                business_goal: None,
                kind: None,
                last_reviewed: Some(Some(Date::parse("2026-05-31").unwrap())),
                language: None,
                flow: None,
            },
        )
        .expect("reviewed");
        let date = Date::parse("2026-05-31").unwrap();
        let fresh = scene(
            &doc,
            map,
            jiff::civil::date(2026, 11, 30),
            &mut Fonts::new(),
        )
        .unwrap();
        assert_eq!(
            fresh.review,
            Review::Reviewed {
                date: date.clone(),
                due: false
            }
        );
        let stale = scene(&doc, map, jiff::civil::date(2026, 12, 1), &mut Fonts::new()).unwrap();
        assert_eq!(stale.review, Review::Reviewed { date, due: true });
    }
}
