//! Layout: a map (or a persona) to a [`Frame`] of positioned items.
//!
//! Layout decides every position once: column widths (the model's), lane
//! heights (the model's, or more so nothing is ever clipped), card boxes,
//! shaped and wrapped text, the emotion curve and icons. The PDF and PNG
//! exporters only walk the frame, and the UI can use [`MapGeometry`] to draw
//! at the same places. Layout never depends on the exporters.

mod cards;
mod emotion;
pub mod fonts;
pub mod frame;
mod grid;
mod header;
pub mod icons;
mod legend;
mod persona;
pub mod scene;
pub mod text;
pub mod theme;

pub use fonts::FontKey;
pub use frame::*;
pub use persona::layout_persona;
pub use text::{Align, Fonts, TextBlock, TextStyle};
pub use theme::Theme;

use crate::error::{Error, Result};
use crate::id::{AssetId, MapId};
use crate::model::Document;
use std::collections::BTreeMap;

/// Outer margin around a laid-out page, in layout units.
pub const MARGIN: f32 = 32.0;
/// Space between the header, the grid and the legend.
pub const SECTION_GAP: f32 = 24.0;

/// What to include in a map's layout.
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutOptions {
    /// Draw the title block (title, kind, scenario, personas, goal, review date).
    pub header: bool,
    /// Draw a legend under the grid (lane kinds, levels, emotion scale, channels).
    pub legend: bool,
    /// Language of the captions the layout adds (legend, badges, "Customer
    /// journey map"...) for a map that names no language of its own (nor its
    /// project): a map's captions are in its language, whoever exports it. A
    /// BCP 47 tag; a language without a catalog falls back to English. The
    /// map's own text is drawn as it is.
    pub lang: String,
    /// The day the export is made (the user's local date), to mark a map
    /// whose last review is more than six months old as due; `None` marks
    /// nothing, so the same map always gives the same output.
    pub today: Option<jiff::civil::Date>,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions {
            header: true,
            legend: true,
            lang: crate::i18n::FALLBACK.to_string(),
            today: None,
        }
    }
}

/// Shared state while laying out one frame.
pub(crate) struct Ctx<'a> {
    pub doc: &'a Document,
    pub theme: Theme,
    pub fonts: &'a mut Fonts,
    pub images: BTreeMap<AssetId, ImageData>,
    /// Language of the captions (English unless the options say otherwise).
    pub lang: String,
    /// The frame will be mirrored (a right-to-left map): text is aligned to
    /// its paragraphs' end, so that after the mirror it sits at their start.
    pub mirrored: bool,
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Document, fonts: &'a mut Fonts) -> Result<Ctx<'a>> {
        Ok(Ctx {
            doc,
            theme: Theme::builtin()?,
            fonts,
            images: BTreeMap::new(),
            lang: crate::i18n::FALLBACK.to_string(),
            mirrored: false,
        })
    }

    /// A caption from the catalog in the layout's language.
    pub fn tr(&self, key: &str) -> String {
        crate::i18n::text(&self.lang, key)
    }

    /// A message from the catalog in the layout's language.
    pub fn tr_msg(&self, message: &crate::i18n::Message) -> String {
        message.render(&self.lang)
    }

    /// Shape text.
    pub fn text(&mut self, text: &str, mut style: TextStyle, width: Option<f32>) -> TextBlock {
        if self.mirrored && style.align == Align::Auto {
            style.align = Align::End;
        }
        text::shape(self.fonts, text, &style, width)
    }

    /// A text style at `size` in the theme's text colour and line height.
    pub fn style(&self, size: f32) -> TextStyle {
        TextStyle::new(size, self.theme.colors.text).leading(self.theme.line(size))
    }

    /// A muted text style at `size`.
    pub fn muted(&self, size: f32) -> TextStyle {
        TextStyle::new(size, self.theme.colors.muted).leading(self.theme.line(size))
    }

    /// Register a picture for the frame; gives its pixel size, or `None` if
    /// the asset is missing.
    pub fn use_image(&mut self, id: AssetId) -> Option<(u32, u32)> {
        let asset = self.doc.asset(id).ok()?;
        if asset.width == 0 || asset.height == 0 {
            return None;
        }
        self.images.entry(id).or_insert_with(|| ImageData {
            mime: asset.mime.clone(),
            width: asset.width,
            height: asset.height,
            bytes: asset.data.clone().into(),
        });
        Some((asset.width, asset.height))
    }

    /// Finish a frame.
    pub fn frame(self, width: f32, height: f32, items: Vec<Item>, title: String) -> Frame {
        Frame {
            width,
            height,
            background: Some(self.theme.colors.background),
            items,
            images: self.images,
            title,
            geometry: None,
            lang: self.lang,
        }
    }
}

/// Text colour with enough contrast on `fill`: the theme's text colour, or white.
pub(crate) fn text_on(theme: &Theme, fill: Rgba) -> Rgba {
    if fill.contrast(theme.colors.text) >= fill.contrast(Rgba::WHITE) {
        theme.colors.text
    } else {
        Rgba::WHITE
    }
}

/// The language of a map's captions: the map's (or its project's), else the
/// options'.
pub fn caption_language(doc: &Document, map: MapId, opts: &LayoutOptions) -> String {
    match doc.map_language(map) {
        "" => opts.lang.clone(),
        lang => lang.to_string(),
    }
}

/// Lay out one map of `doc` as a single frame.
pub fn layout(
    doc: &Document,
    map: MapId,
    opts: &LayoutOptions,
    fonts: &mut Fonts,
) -> Result<Frame> {
    let m = doc.map(map)?;
    let mut ctx = Ctx::new(doc, fonts)?;
    ctx.lang = caption_language(doc, map, opts);
    ctx.mirrored = doc.map_rtl(map);
    let columns = doc.columns(map);
    let grid_w =
        ctx.theme.grid.lane_header_width + columns.iter().map(|c| c.width() as f32).sum::<f32>();
    let mut items = Vec::new();
    let mut y = MARGIN;
    if opts.header {
        let h = header::header(&mut ctx, m, opts.today, MARGIN, y, grid_w, &mut items);
        y += h + SECTION_GAP;
    }
    let (mut geometry, grid_items) = grid::grid(&mut ctx, map, MARGIN, y)?;
    geometry.parts = std::mem::take(&mut geometry.parts).shifted(items.len());
    items.extend(grid_items);
    y = geometry.grid.bottom();
    if opts.legend {
        let lanes: Vec<_> = geometry.lanes.iter().map(|l| l.kind).collect();
        let h = legend::legend(
            &mut ctx,
            map,
            &lanes,
            MARGIN,
            y + SECTION_GAP,
            grid_w,
            &mut items,
        );
        if h > 0.0 {
            y += SECTION_GAP + h;
        }
    }
    let width = (grid_w + 2.0 * MARGIN).ceil();
    let height = (y + MARGIN).ceil();
    if !width.is_finite() || !height.is_finite() {
        return Err(Error::export("problem-layout-size"));
    }
    if ctx.mirrored {
        // Laid out left to right, then seen in a mirror about the grid's
        // middle: the first stage, the lane headers, the title block and the
        // legend's first entry all at the right, the curve read leftwards.
        let axis = MARGIN + grid_w / 2.0;
        frame::mirror(&mut items, axis);
        geometry.mirror(axis);
    }
    let mut frame = ctx.frame(width, height, items, m.title.clone());
    frame.geometry = Some(geometry);
    Ok(frame)
}

#[cfg(test)]
mod tests;
