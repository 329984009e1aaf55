//! The legend under a map: the lane kinds it uses, the level colours of
//! badges, the emotion scale with the critical-moment mark, and the
//! touchpoint icons it uses, so a printed map explains itself.

use super::Ctx;
use super::cards::badge;
use super::emotion::{critical, face};
use super::frame::{Item, Point, Rect, Stroke};
use super::icons::{ICON_BOX, ICON_STROKE, icon};
use crate::id::MapId;
use crate::model::{Channel, LaneKind, Level};

/// Height of one legend row.
const ROW: f32 = 24.0;

/// Rows of items flowing left to right after a caption, wrapping at a
/// width; every row's items start at the same tab stop, and wrapped items
/// line up under the row's first item.
struct Flow {
    x0: f32,
    width: f32,
    /// Where items start, right of the captions.
    tab: f32,
    x: f32,
    y: f32,
    items: Vec<Item>,
}

impl Flow {
    /// Start a row with its caption.
    fn caption(&mut self, parts: Vec<Item>) {
        self.x = self.x0;
        for mut it in parts {
            it.translate(self.x, self.y);
            self.items.push(it);
        }
        self.x = self.x0 + self.tab;
    }
    /// Add an element of `w` whose items are relative to its top-left corner.
    fn push(&mut self, parts: Vec<Item>, w: f32) {
        let start = self.x0 + self.tab;
        if self.x > start && self.x + w > self.x0 + self.width {
            self.x = start;
            self.y += ROW;
        }
        for mut it in parts {
            it.translate(self.x, self.y);
            self.items.push(it);
        }
        self.x += w;
    }
    fn gap(&mut self, w: f32) {
        self.x += w;
    }
    fn newline(&mut self) {
        self.x = self.x0;
        self.y += ROW + 4.0;
    }
}

/// Row captions (catalog keys), in the order rows appear.
const CAPTIONS: [&str; 4] = [
    "legend-lanes",
    "legend-badges",
    "legend-emotion",
    "legend-channels",
];

/// A label text element: the catalog's text for `key`.
fn label(ctx: &mut Ctx, key: &str, bold: bool) -> (Vec<Item>, f32) {
    let text = &ctx.tr(key);
    let size = ctx.theme.font.small_size + 1.0;
    let style = if bold {
        ctx.style(size).bold()
    } else {
        ctx.style(size)
    };
    let b = ctx.text(text, style, None);
    let (w, h) = (b.width, b.height);
    (b.placed(0.0, (ROW - h) / 2.0).items().collect(), w.ceil())
}

/// Lay out the legend of `map` (whose lanes have `kinds`) at (`x`, `y`);
/// returns its height.
pub(super) fn legend(
    ctx: &mut Ctx,
    map: MapId,
    kinds: &[LaneKind],
    x: f32,
    y: f32,
    width: f32,
    out: &mut Vec<Item>,
) -> f32 {
    let tab = CAPTIONS
        .iter()
        .map(|c| label(ctx, c, true).1)
        .fold(0.0, f32::max)
        + 12.0;
    let mut f = Flow {
        x0: x,
        width,
        tab,
        x,
        y,
        items: Vec::new(),
    };
    let t = ctx.theme.clone();

    // Lane kinds used, in lane order.
    let mut seen = Vec::new();
    for k in kinds {
        if !seen.contains(k) {
            seen.push(*k);
        }
    }
    if !seen.is_empty() {
        f.caption(label(ctx, CAPTIONS[0], true).0);
        for k in &seen {
            let (mut it, w) = label(ctx, k.label_key(), false);
            for i in &mut it {
                i.translate(16.0, 0.0);
            }
            it.insert(
                0,
                Item::fill_rect(
                    Rect::new(0.0, (ROW - 10.0) / 2.0, 10.0, 10.0),
                    2.0,
                    t.lane(*k).accent,
                ),
            );
            f.push(it, w + 16.0);
            f.gap(14.0);
        }
        f.newline();
    }

    // Badge colours.
    let shows_levels =
        seen.contains(&LaneKind::PainPoints) || seen.contains(&LaneKind::Opportunities);
    if shows_levels {
        f.caption(label(ctx, CAPTIONS[1], true).0);
        for (key, level) in [
            ("legend-level-low", Level::Low),
            ("legend-level-medium", Level::Medium),
            ("legend-level-high", Level::High),
        ] {
            let text = ctx.tr(key);
            let (mut it, w) = badge(ctx, &text, t.level(level));
            for i in &mut it {
                i.translate(0.0, (ROW - 18.0) / 2.0);
            }
            f.push(it, w);
            f.gap(8.0);
        }
        f.newline();
    }

    // Emotion scale.
    if seen.contains(&LaneKind::Emotions) {
        f.caption(label(ctx, CAPTIONS[2], true).0);
        let r = 8.0;
        for (v, text) in [
            (-2, "emotion-very-negative"),
            (-1, "emotion-negative"),
            (0, "emotion-neutral"),
            (1, "emotion-positive"),
            (2, "emotion-very-positive"),
        ] {
            let mut it = Vec::new();
            face(&t, Point::new(r, ROW / 2.0), r, v, &mut it);
            let (lt, lw) = label(ctx, text, false);
            for mut i in lt {
                i.translate(2.0 * r + 5.0, 0.0);
                it.push(i);
            }
            f.push(it, 2.0 * r + 5.0 + lw);
            f.gap(14.0);
        }
        let mut it = Vec::new();
        let c = Point::new(14.0, ROW / 2.0);
        face(&t, c, r, -2, &mut it);
        critical(&t, c, r, &mut it);
        let (lt, lw) = label(ctx, "legend-critical-moment", false);
        for mut i in lt {
            i.translate(34.0, 0.0);
            it.push(i);
        }
        f.push(it, 34.0 + lw);
        f.newline();
    }

    // Touchpoint channels used.
    let mut channels: Vec<Channel> = ctx
        .doc
        .cards_of(map)
        .filter_map(|c| c.channel)
        .filter(|_| seen.contains(&LaneKind::Touchpoints))
        .collect();
    channels.sort();
    channels.dedup();
    if !channels.is_empty() {
        f.caption(label(ctx, CAPTIONS[3], true).0);
        let accent = t.lane(LaneKind::Touchpoints).accent;
        let s = 16.0 / ICON_BOX;
        for ch in channels {
            let mut it = Vec::new();
            if let Ok(p) = icon(ch) {
                it.push(Item::stroke_path(
                    p.transformed(s, 0.0, (ROW - 16.0) / 2.0),
                    Stroke::round(accent, ICON_STROKE * s),
                ));
            }
            let (lt, lw) = label(ctx, ch.label_key(), false);
            for mut i in lt {
                i.translate(22.0, 0.0);
                it.push(i);
            }
            f.push(it, 22.0 + lw);
            f.gap(14.0);
        }
        f.newline();
    }

    if f.items.is_empty() {
        return 0.0;
    }
    let h = f.y - y - 4.0;
    out.extend(f.items);
    h
}
