//! The `Frame`: a flat list of positioned drawing items in layout units (CSS
//! px at 100%, y pointing down). Layout decides every position once; the PDF
//! and PNG exporters (and the tests) only read frames, so all outputs match.

use super::fonts::FontKey;
use crate::id::{AssetId, CardId, EmotionId, LaneId, StageId, StepId};
use crate::model::LaneKind;
use std::collections::BTreeMap;
use std::sync::Arc;

/// A colour with straight (not premultiplied) alpha.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgba {
    /// Red.
    pub r: u8,
    /// Green.
    pub g: u8,
    /// Blue.
    pub b: u8,
    /// Alpha, 255 is opaque.
    pub a: u8,
}

impl Rgba {
    /// Opaque white.
    pub const WHITE: Rgba = Rgba::rgb(255, 255, 255);

    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Rgba {
        Rgba { r, g, b, a: 255 }
    }

    /// Parse `#rrggbb` (theme and model colours).
    pub fn parse(hex: &str) -> Option<Rgba> {
        let h = hex.strip_prefix('#')?;
        if h.len() != 6 || !h.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let n = u32::from_str_radix(h, 16).ok()?;
        Some(Rgba::rgb((n >> 16) as u8, (n >> 8) as u8, n as u8))
    }

    /// Mix towards `other` by `t` (0 keeps self, 1 gives other); alpha is kept.
    pub fn mix(self, other: Rgba, t: f32) -> Rgba {
        let m = |a: u8, b: u8| (a as f32 + (b as f32 - a as f32) * t).round() as u8;
        Rgba {
            r: m(self.r, other.r),
            g: m(self.g, other.g),
            b: m(self.b, other.b),
            a: self.a,
        }
    }

    /// Relative luminance (WCAG), 0 for black to 1 for white.
    pub fn luminance(self) -> f32 {
        let lin = |c: u8| {
            let c = c as f32 / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.r) + 0.7152 * lin(self.g) + 0.0722 * lin(self.b)
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Rgba) -> f32 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

/// A point in layout units.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    /// Horizontal position, growing to the right.
    pub x: f32,
    /// Vertical position, growing downwards.
    pub y: f32,
}

impl Point {
    /// Make a point.
    pub const fn new(x: f32, y: f32) -> Point {
        Point { x, y }
    }
}

/// An axis-aligned rectangle in layout units.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl Rect {
    /// Make a rectangle.
    pub const fn new(x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect { x, y, w, h }
    }
    /// Right edge.
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    /// Bottom edge.
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    /// Shrink by `d` on every side.
    pub fn inset(&self, d: f32) -> Rect {
        Rect::new(
            self.x + d,
            self.y + d,
            (self.w - 2.0 * d).max(0.0),
            (self.h - 2.0 * d).max(0.0),
        )
    }
    /// The rectangle seen in a mirror along the vertical line `x = axis`.
    pub fn mirrored(&self, axis: f32) -> Rect {
        Rect::new(2.0 * axis - self.x - self.w, self.y, self.w, self.h)
    }
    /// Grow by `d` on every side.
    pub fn outset(&self, d: f32) -> Rect {
        Rect::new(self.x - d, self.y - d, self.w + 2.0 * d, self.h + 2.0 * d)
    }
    /// The smallest rectangle holding both.
    pub fn union(&self, o: &Rect) -> Rect {
        let x = self.x.min(o.x);
        let y = self.y.min(o.y);
        Rect::new(
            x,
            y,
            self.right().max(o.right()) - x,
            self.bottom().max(o.bottom()) - y,
        )
    }
    /// Tell whether two rectangles overlap (touching edges do not count).
    pub fn intersects(&self, o: &Rect) -> bool {
        self.x < o.right() && o.x < self.right() && self.y < o.bottom() && o.y < self.bottom()
    }
    /// Tell whether `o` lies fully inside (with a small tolerance for rounding).
    pub fn contains_rect(&self, o: &Rect) -> bool {
        const EPS: f32 = 0.01;
        o.x >= self.x - EPS
            && o.y >= self.y - EPS
            && o.right() <= self.right() + EPS
            && o.bottom() <= self.bottom() + EPS
    }
}

/// One segment of a path.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PathEl {
    /// Start a new subpath.
    MoveTo(Point),
    /// Straight line.
    LineTo(Point),
    /// Cubic bezier: two control points and the end point.
    CubicTo(Point, Point, Point),
    /// Close the subpath back to its start.
    Close,
}

/// A bezier path (lines and cubics only, the common ground of PDF and raster).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Path {
    /// The segments in drawing order.
    pub els: Vec<PathEl>,
}

/// Kappa: control point distance for a quarter circle drawn with one cubic.
const KAPPA: f32 = 0.552_284_8;

impl Path {
    /// An empty path.
    pub fn new() -> Path {
        Path::default()
    }
    /// Start a subpath.
    pub fn move_to(&mut self, x: f32, y: f32) -> &mut Self {
        self.els.push(PathEl::MoveTo(Point::new(x, y)));
        self
    }
    /// Add a line.
    pub fn line_to(&mut self, x: f32, y: f32) -> &mut Self {
        self.els.push(PathEl::LineTo(Point::new(x, y)));
        self
    }
    /// Add a cubic bezier.
    pub fn cubic_to(&mut self, c1: Point, c2: Point, p: Point) -> &mut Self {
        self.els.push(PathEl::CubicTo(c1, c2, p));
        self
    }
    /// Add a quadratic bezier (stored as the equivalent cubic).
    pub fn quad_to(&mut self, from: Point, c: Point, p: Point) -> &mut Self {
        let c1 = Point::new(
            from.x + 2.0 / 3.0 * (c.x - from.x),
            from.y + 2.0 / 3.0 * (c.y - from.y),
        );
        let c2 = Point::new(p.x + 2.0 / 3.0 * (c.x - p.x), p.y + 2.0 / 3.0 * (c.y - p.y));
        self.cubic_to(c1, c2, p)
    }
    /// Close the current subpath.
    pub fn close(&mut self) -> &mut Self {
        self.els.push(PathEl::Close);
        self
    }

    /// A rectangle with rounded corners (radius clamped to half the short side).
    pub fn rounded_rect(r: Rect, radius: f32) -> Path {
        let rad = radius.min(r.w / 2.0).min(r.h / 2.0).max(0.0);
        let mut p = Path::new();
        if rad <= 0.0 {
            p.move_to(r.x, r.y)
                .line_to(r.right(), r.y)
                .line_to(r.right(), r.bottom())
                .line_to(r.x, r.bottom())
                .close();
            return p;
        }
        let k = rad * (1.0 - KAPPA);
        let (x0, y0, x1, y1) = (r.x, r.y, r.right(), r.bottom());
        p.move_to(x0 + rad, y0)
            .line_to(x1 - rad, y0)
            .cubic_to(
                Point::new(x1 - k, y0),
                Point::new(x1, y0 + k),
                Point::new(x1, y0 + rad),
            )
            .line_to(x1, y1 - rad)
            .cubic_to(
                Point::new(x1, y1 - k),
                Point::new(x1 - k, y1),
                Point::new(x1 - rad, y1),
            )
            .line_to(x0 + rad, y1)
            .cubic_to(
                Point::new(x0 + k, y1),
                Point::new(x0, y1 - k),
                Point::new(x0, y1 - rad),
            )
            .line_to(x0, y0 + rad)
            .cubic_to(
                Point::new(x0, y0 + k),
                Point::new(x0 + k, y0),
                Point::new(x0 + rad, y0),
            )
            .close();
        p
    }

    /// A circle made of four cubics.
    pub fn circle(c: Point, r: f32) -> Path {
        Path::ellipse(c, r, r)
    }

    /// An axis-aligned ellipse made of four cubics.
    pub fn ellipse(c: Point, rx: f32, ry: f32) -> Path {
        let (kx, ky) = (rx * KAPPA, ry * KAPPA);
        let mut p = Path::new();
        p.move_to(c.x + rx, c.y)
            .cubic_to(
                Point::new(c.x + rx, c.y + ky),
                Point::new(c.x + kx, c.y + ry),
                Point::new(c.x, c.y + ry),
            )
            .cubic_to(
                Point::new(c.x - kx, c.y + ry),
                Point::new(c.x - rx, c.y + ky),
                Point::new(c.x - rx, c.y),
            )
            .cubic_to(
                Point::new(c.x - rx, c.y - ky),
                Point::new(c.x - kx, c.y - ry),
                Point::new(c.x, c.y - ry),
            )
            .cubic_to(
                Point::new(c.x + kx, c.y - ry),
                Point::new(c.x + rx, c.y - ky),
                Point::new(c.x + rx, c.y),
            )
            .close();
        p
    }

    /// Append another path's segments.
    pub fn extend(&mut self, other: &Path) {
        self.els.extend_from_slice(&other.els);
    }

    /// Every point of the path, control points included.
    pub fn points(&self) -> impl Iterator<Item = Point> + '_ {
        self.els.iter().flat_map(|e| {
            let pts: [Option<Point>; 3] = match *e {
                PathEl::MoveTo(p) | PathEl::LineTo(p) => [Some(p), None, None],
                PathEl::CubicTo(a, b, c) => [Some(a), Some(b), Some(c)],
                PathEl::Close => [None, None, None],
            };
            pts.into_iter().flatten()
        })
    }

    /// Bounds of all points (control points included, so never too small).
    pub fn bounds(&self) -> Rect {
        let mut it = self.points();
        let Some(first) = it.next() else {
            return Rect::default();
        };
        let (mut x0, mut y0, mut x1, mut y1) = (first.x, first.y, first.x, first.y);
        for p in it {
            x0 = x0.min(p.x);
            y0 = y0.min(p.y);
            x1 = x1.max(p.x);
            y1 = y1.max(p.y);
        }
        Rect::new(x0, y0, x1 - x0, y1 - y0)
    }

    /// Flip the path left to right about the vertical line `x = axis`.
    pub fn mirror(&mut self, axis: f32) {
        let m = |p: &mut Point| p.x = 2.0 * axis - p.x;
        for e in &mut self.els {
            match e {
                PathEl::MoveTo(p) | PathEl::LineTo(p) => m(p),
                PathEl::CubicTo(a, b, c) => {
                    m(a);
                    m(b);
                    m(c);
                }
                PathEl::Close => {}
            }
        }
    }

    /// The same path scaled by `s` then moved by (`dx`, `dy`).
    pub fn transformed(&self, s: f32, dx: f32, dy: f32) -> Path {
        let t = |p: Point| Point::new(p.x * s + dx, p.y * s + dy);
        Path {
            els: self
                .els
                .iter()
                .map(|e| match *e {
                    PathEl::MoveTo(p) => PathEl::MoveTo(t(p)),
                    PathEl::LineTo(p) => PathEl::LineTo(t(p)),
                    PathEl::CubicTo(a, b, c) => PathEl::CubicTo(t(a), t(b), t(c)),
                    PathEl::Close => PathEl::Close,
                })
                .collect(),
        }
    }
}

/// How an outline is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// Line colour.
    pub color: Rgba,
    /// Line width in layout units.
    pub width: f32,
    /// Dash and gap lengths, for dashed lines.
    pub dash: Option<[f32; 2]>,
    /// Round caps and joins (icons, curves) instead of butt caps and miter joins.
    pub round: bool,
}

impl Stroke {
    /// A solid line with butt caps.
    pub fn solid(color: Rgba, width: f32) -> Stroke {
        Stroke {
            color,
            width,
            dash: None,
            round: false,
        }
    }
    /// A solid line with round caps and joins.
    pub fn round(color: Rgba, width: f32) -> Stroke {
        Stroke {
            round: true,
            ..Stroke::solid(color, width)
        }
    }
}

/// One glyph of a text run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Glyph {
    /// Glyph id in the run's font.
    pub id: u16,
    /// Pen position relative to the run origin (offsets already applied).
    pub x: f32,
    /// Vertical offset relative to the baseline (down is positive).
    pub y: f32,
    /// Byte range of the glyph's cluster in the run's `text`.
    pub cluster: (u32, u32),
}

/// A line (or part of a line) of shaped glyphs in one font, size and colour,
/// in visual order, with the source text so exports stay searchable.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRun {
    /// The bundled font.
    pub font: FontKey,
    /// Font size in layout units.
    pub size: f32,
    /// Fill colour.
    pub color: Rgba,
    /// Left end of the baseline.
    pub origin: Point,
    /// Advance width of the run.
    pub width: f32,
    /// The glyphs, left to right.
    pub glyphs: Vec<Glyph>,
    /// The source text of the run, in logical order.
    pub text: String,
    /// The run is right-to-left (odd bidi level).
    pub rtl: bool,
}

impl TextRun {
    /// A box sure to hold the run's ink (for culling, not for layout).
    pub fn bounds(&self) -> Rect {
        let s = self.size;
        Rect::new(
            self.origin.x - s,
            self.origin.y - 1.4 * s,
            self.width + 2.0 * s,
            2.4 * s,
        )
    }
}

/// A picture drawn into `rect` (layout keeps its aspect) and clipped to a
/// rounded `clip` box (a circle for persona photos).
#[derive(Clone, Debug, PartialEq)]
pub struct ImageItem {
    /// The asset, looked up in [`Frame::images`].
    pub asset: AssetId,
    /// Where the whole picture goes.
    pub rect: Rect,
    /// The visible part.
    pub clip: Rect,
    /// Corner radius of the clip (0 for square corners).
    pub radius: f32,
}

/// One drawing item. Items paint in list order (later on top).
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A rectangle, optionally rounded, filled and/or stroked.
    Rect {
        /// Where.
        rect: Rect,
        /// Corner radius.
        radius: f32,
        /// Fill colour.
        fill: Option<Rgba>,
        /// Outline.
        stroke: Option<Stroke>,
    },
    /// A bezier path, filled (non-zero rule) and/or stroked.
    Path {
        /// The outline.
        path: Path,
        /// Fill colour.
        fill: Option<Rgba>,
        /// Outline.
        stroke: Option<Stroke>,
    },
    /// Shaped text.
    Text(TextRun),
    /// A picture.
    Image(ImageItem),
}

impl Item {
    /// A box sure to hold everything the item paints (for culling).
    pub fn bounds(&self) -> Rect {
        match self {
            Item::Rect { rect, stroke, .. } => rect.outset(stroke.map_or(0.0, |s| s.width)),
            Item::Path { path, stroke, .. } => {
                path.bounds().outset(stroke.map_or(0.0, |s| s.width))
            }
            Item::Text(t) => t.bounds(),
            Item::Image(i) => i.clip,
        }
    }

    /// Move the item by (`dx`, `dy`).
    pub fn translate(&mut self, dx: f32, dy: f32) {
        match self {
            Item::Rect { rect, .. } => {
                rect.x += dx;
                rect.y += dy;
            }
            Item::Path { path, .. } => *path = path.transformed(1.0, dx, dy),
            Item::Text(t) => {
                t.origin.x += dx;
                t.origin.y += dy;
            }
            Item::Image(i) => {
                i.rect.x += dx;
                i.rect.y += dy;
                i.clip.x += dx;
                i.clip.y += dy;
            }
        }
    }

    /// Mirror the item left to right about the vertical line `x = axis`: a
    /// right-to-left map is its left-to-right layout seen in a mirror. Text
    /// moves but is not reversed (its glyphs stay in their shaped order, so a
    /// line that began at a box's left edge now ends at its right edge);
    /// pictures move and are not flipped; paths (the emotion curve, icons)
    /// are flipped.
    pub fn mirror(&mut self, axis: f32) {
        match self {
            Item::Rect { rect, .. } => *rect = rect.mirrored(axis),
            Item::Path { path, .. } => path.mirror(axis),
            Item::Text(t) => t.origin.x = 2.0 * axis - t.origin.x - t.width,
            Item::Image(i) => {
                i.rect = i.rect.mirrored(axis);
                i.clip = i.clip.mirrored(axis);
            }
        }
    }

    /// A filled rectangle.
    pub fn fill_rect(rect: Rect, radius: f32, fill: Rgba) -> Item {
        Item::Rect {
            rect,
            radius,
            fill: Some(fill),
            stroke: None,
        }
    }

    /// A filled path.
    pub fn fill_path(path: Path, fill: Rgba) -> Item {
        Item::Path {
            path,
            fill: Some(fill),
            stroke: None,
        }
    }

    /// A stroked path.
    pub fn stroke_path(path: Path, stroke: Stroke) -> Item {
        Item::Path {
            path,
            fill: None,
            stroke: Some(stroke),
        }
    }

    /// A straight line.
    pub fn line(a: Point, b: Point, stroke: Stroke) -> Item {
        let mut p = Path::new();
        p.move_to(a.x, a.y).line_to(b.x, b.y);
        Item::stroke_path(p, stroke)
    }
}

/// An image's encoded bytes, carried by the frame so exporters need no document.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageData {
    /// `image/png` or `image/jpeg`.
    pub mime: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Encoded bytes.
    pub bytes: Arc<[u8]>,
}

/// Where a column (a stage, or a step of a split stage) sits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ColumnGeometry {
    /// The stage.
    pub stage: StageId,
    /// The step, when the stage is split.
    pub step: Option<StepId>,
    /// Left edge.
    pub x: f32,
    /// Width (the model's width).
    pub width: f32,
}

/// Where a stage header sits (spanning its steps).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StageGeometry {
    /// The stage.
    pub stage: StageId,
    /// Left edge.
    pub x: f32,
    /// Width (its own, or the sum of its steps').
    pub width: f32,
}

/// Where a lane sits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LaneGeometry {
    /// The lane.
    pub lane: LaneId,
    /// Its kind.
    pub kind: LaneKind,
    /// Top edge.
    pub y: f32,
    /// Height: the model's height or more, so nothing is clipped.
    pub height: f32,
}

/// Where a card sits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CardGeometry {
    /// The card.
    pub card: CardId,
    /// Its box.
    pub rect: Rect,
    /// Its text runs right to left (first strong character is RTL).
    pub rtl: bool,
}

/// The emotion curve of one emotion lane.
#[derive(Clone, Debug, PartialEq)]
pub struct EmotionCurve {
    /// The lane.
    pub lane: LaneId,
    /// The points, left to right: (point id, centre of its marker).
    pub points: Vec<(EmotionId, Point)>,
    /// The smooth curve through them.
    pub path: Path,
}

/// Which frame items draw which part of the grid, so the screen can put the
/// header row and the lane header column in layers that stay visible while
/// panning, and move one card or one emotion point while it is dragged.
/// Ranges index [`Frame::items`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GridParts {
    /// Cell backgrounds, emotion bands and scales.
    pub body: std::ops::Range<usize>,
    /// The lane header column.
    pub lane_headers: std::ops::Range<usize>,
    /// Grid lines.
    pub lines: std::ops::Range<usize>,
    /// The stage (and step) header row.
    pub stage_headers: std::ops::Range<usize>,
    /// Each card's items.
    pub cards: Vec<(CardId, std::ops::Range<usize>)>,
    /// Each emotion lane's curve stroke.
    pub curves: Vec<(LaneId, std::ops::Range<usize>)>,
    /// Each emotion point's marker, ring and note.
    pub points: Vec<(EmotionId, std::ops::Range<usize>)>,
}

impl GridParts {
    /// Shift every range by `d` (the grid's items were appended after `d` others).
    pub fn shifted(mut self, d: usize) -> GridParts {
        let s = |r: &mut std::ops::Range<usize>| *r = r.start + d..r.end + d;
        s(&mut self.body);
        s(&mut self.lane_headers);
        s(&mut self.lines);
        s(&mut self.stage_headers);
        for (_, r) in &mut self.cards {
            s(r);
        }
        for (_, r) in &mut self.curves {
            s(r);
        }
        for (_, r) in &mut self.points {
            s(r);
        }
        self
    }
}

/// Mirror a list of items left to right about `x = axis` (see
/// [`Item::mirror`]), keeping each line of text readable: the runs of one
/// line (consecutive text items on one baseline that touch end to end, as
/// shaping leaves them, in either order: right-to-left runs come last word
/// first) move together, so their visual order stays.
pub fn mirror(items: &mut [Item], axis: f32) {
    const TOUCH: f32 = 0.01;
    let mut i = 0;
    while i < items.len() {
        let mut end = i + 1;
        if let Item::Text(first) = &items[i] {
            let y = first.origin.y;
            let (mut left, mut right) = (first.origin.x, first.origin.x + first.width);
            while let Some(Item::Text(next)) = items.get(end) {
                let (l, r) = (next.origin.x, next.origin.x + next.width);
                if next.origin.y != y {
                    break;
                }
                if (l - right).abs() <= TOUCH {
                    right = r;
                } else if (r - left).abs() <= TOUCH {
                    left = l;
                } else {
                    break;
                }
                end += 1;
            }
            if end > i + 1 {
                // One line: shift it as a whole to where its mirror falls.
                let dx = 2.0 * axis - right - left;
                for item in &mut items[i..end] {
                    item.translate(dx, 0.0);
                }
                i = end;
                continue;
            }
        }
        items[i].mirror(axis);
        i = end;
    }
}

/// The grid geometry of a laid-out map, for the UI (hit testing, drawing at
/// the same positions) and for tests.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapGeometry {
    /// The whole grid: header row, lane header column and cells.
    pub grid: Rect,
    /// The cells only (right of the lane headers, below the stage headers).
    pub cells: Rect,
    /// Stages in journey order (right to left on a right-to-left map).
    pub stages: Vec<StageGeometry>,
    /// Columns in journey order.
    pub columns: Vec<ColumnGeometry>,
    /// Lanes top to bottom.
    pub lanes: Vec<LaneGeometry>,
    /// Cards, in lane then column then cell order.
    pub cards: Vec<CardGeometry>,
    /// Emotion curves, one per emotion lane that has points.
    pub emotions: Vec<EmotionCurve>,
    /// Height of the stage header row above the step headers (the whole
    /// header height when no stage is split).
    pub stage_row_height: f32,
    /// Plot range of every emotion lane, points or not: (lane, +2 y, -2 y).
    pub plots: Vec<(LaneId, f32, f32)>,
    /// Which items draw which part.
    pub parts: GridParts,
}

impl MapGeometry {
    /// Mirror every position left to right about `x = axis` (see
    /// [`Item::mirror`]); the lists keep their journey order.
    pub fn mirror(&mut self, axis: f32) {
        let x = |x: f32, w: f32| 2.0 * axis - x - w;
        self.grid = self.grid.mirrored(axis);
        self.cells = self.cells.mirrored(axis);
        for s in &mut self.stages {
            s.x = x(s.x, s.width);
        }
        for c in &mut self.columns {
            c.x = x(c.x, c.width);
        }
        for c in &mut self.cards {
            c.rect = c.rect.mirrored(axis);
        }
        for e in &mut self.emotions {
            for (_, p) in &mut e.points {
                p.x = 2.0 * axis - p.x;
            }
            e.path.mirror(axis);
        }
    }

    /// The box of a card, if it is on this map.
    pub fn card(&self, id: CardId) -> Option<&CardGeometry> {
        self.cards.iter().find(|c| c.card == id)
    }
    /// The geometry of a lane, if it is on this map.
    pub fn lane(&self, id: LaneId) -> Option<&LaneGeometry> {
        self.lanes.iter().find(|l| l.lane == id)
    }
}

/// A laid-out page: its size, the items to paint and the pictures they use.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Frame {
    /// Width in layout units.
    pub width: f32,
    /// Height in layout units.
    pub height: f32,
    /// Background colour (exporters may leave it out for a transparent PNG).
    pub background: Option<Rgba>,
    /// Items in painting order.
    pub items: Vec<Item>,
    /// Pictures used by image items.
    pub images: BTreeMap<AssetId, ImageData>,
    /// What the frame shows (map or persona name), for bookmarks and titles.
    pub title: String,
    /// Grid geometry, for map frames.
    pub geometry: Option<MapGeometry>,
    /// Language of the frame's captions (BCP 47), for what an exporter adds
    /// around it (a poster tile's page label).
    pub lang: String,
}

impl Frame {
    /// Every text run, in painting order.
    pub fn texts(&self) -> impl Iterator<Item = &TextRun> {
        self.items.iter().filter_map(|i| match i {
            Item::Text(t) => Some(t),
            _ => None,
        })
    }

    /// Every glyph of every run with its font (for PDF font subsetting).
    pub fn glyphs(&self) -> impl Iterator<Item = (FontKey, u16)> + '_ {
        self.texts()
            .flat_map(|t| t.glyphs.iter().map(move |g| (t.font, g.id)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_contrast_matches_wcag_extremes() {
        let black = Rgba::rgb(0, 0, 0);
        assert!((black.contrast(Rgba::WHITE) - 21.0).abs() < 0.01);
        assert_eq!(Rgba::parse("#1f6feb"), Some(Rgba::rgb(0x1f, 0x6f, 0xeb)));
        assert_eq!(Rgba::parse("red"), None);
    }

    #[test]
    fn rounded_rect_stays_inside_its_rect() {
        let r = Rect::new(10.0, 20.0, 100.0, 30.0);
        let p = Path::rounded_rect(r, 40.0);
        assert!(r.contains_rect(&p.bounds()));
    }
}
