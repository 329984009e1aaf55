//! Pages: paper sizes, orientation, and how a frame is placed on paper:
//! one page exactly the size of the content, scaled to fit one fixed page,
//! or split into overlapping poster tiles at full size.

use crate::i18n::Message;
use crate::layout::Rect;

/// Points per layout unit: a layout unit is 1/96 inch, a point 1/72 inch.
pub const PT_PER_UNIT: f32 = 0.75;
/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;
/// Paper margin on fixed page sizes.
pub const MARGIN_MM: f32 = 10.0;
/// Overlap between neighbouring poster tiles, so they can be glued.
pub const OVERLAP_MM: f32 = 10.0;

/// Paper size of a PDF export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PageSize {
    /// ISO A4, 210 x 297 mm.
    A4,
    /// ISO A3, 297 x 420 mm.
    A3,
    /// US Letter, 8.5 x 11 in.
    Letter,
    /// US Tabloid, 11 x 17 in.
    Tabloid,
    /// One page exactly the size of the content.
    #[default]
    Fit,
}

impl PageSize {
    /// Parse the CLI spelling (`a4`, `a3`, `letter`, `tabloid`, `fit`).
    pub fn parse(s: &str) -> Option<PageSize> {
        Some(match s.to_ascii_lowercase().as_str() {
            "a4" => PageSize::A4,
            "a3" => PageSize::A3,
            "letter" => PageSize::Letter,
            "tabloid" => PageSize::Tabloid,
            "fit" => PageSize::Fit,
            _ => return None,
        })
    }

    /// Portrait width and height in points; `None` for [`PageSize::Fit`].
    pub fn portrait_pt(self) -> Option<(f32, f32)> {
        let mm = |w: f32, h: f32| Some((w * PT_PER_MM, h * PT_PER_MM));
        match self {
            PageSize::A4 => mm(210.0, 297.0),
            PageSize::A3 => mm(297.0, 420.0),
            PageSize::Letter => Some((612.0, 792.0)),
            PageSize::Tabloid => Some((792.0, 1224.0)),
            PageSize::Fit => None,
        }
    }
}

/// Paper orientation of fixed page sizes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Orientation {
    /// Taller than wide.
    #[default]
    Portrait,
    /// Wider than tall.
    Landscape,
}

/// One page showing (part of) a frame.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    /// Page width in points.
    pub page_w: f32,
    /// Page height in points.
    pub page_h: f32,
    /// Points per layout unit.
    pub scale: f32,
    /// Where the frame's origin lands, in points from the page's top-left corner.
    pub offset: (f32, f32),
    /// The part of the page content may paint, in points from the top-left
    /// corner (poster tiles); `None` for the whole page.
    pub clip: Option<Rect>,
    /// Tile label for poster pages (`tile-label`: "B2 (row 2, column 2 of
    /// 3x2)" in English), rendered in the export's language when drawn.
    pub label: Option<Message>,
    /// Where the neighbouring tiles begin (glue lines), in page points.
    pub glue: Vec<((f32, f32), (f32, f32))>,
}

impl Placement {
    /// The frame area shown on this page, in layout units.
    pub fn visible(&self) -> Rect {
        let area = self
            .clip
            .unwrap_or(Rect::new(0.0, 0.0, self.page_w, self.page_h));
        Rect::new(
            (area.x - self.offset.0) / self.scale,
            (area.y - self.offset.1) / self.scale,
            area.w / self.scale,
            area.h / self.scale,
        )
    }
}

/// Row letters of poster tiles: A..Z, then AA, AB...
pub fn row_name(mut row: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (row % 26) as u8);
        if row < 26 {
            break;
        }
        row = row / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// Place a frame of `w` x `h` layout units on pages.
///
/// `margin` is the blank border the frame has on every side (in layout
/// units). A fit page keeps it, as the page is the frame; on fixed paper the
/// paper's own margin takes its place, so the map is printed larger and
/// poster tiles are not spent on blank border. Poster tiles are centred on
/// the content, so any spare room is shared by the outer tiles instead of
/// leaving a last column or row with a sliver of the map.
pub fn place(
    w: f32,
    h: f32,
    margin: f32,
    size: PageSize,
    orientation: Orientation,
    poster: bool,
) -> Vec<Placement> {
    let Some((pw, ph)) = size.portrait_pt() else {
        return vec![Placement {
            page_w: w * PT_PER_UNIT,
            page_h: h * PT_PER_UNIT,
            scale: PT_PER_UNIT,
            offset: (0.0, 0.0),
            clip: None,
            label: None,
            glue: Vec::new(),
        }];
    };
    let (pw, ph) = match orientation {
        Orientation::Portrait => (pw, ph),
        Orientation::Landscape => (ph, pw),
    };
    // The content: the frame less its own border.
    let trim = margin.clamp(0.0, (w.min(h) / 2.0 - 0.5).max(0.0));
    let (cw, ch) = (
        (w - 2.0 * trim) * PT_PER_UNIT,
        (h - 2.0 * trim) * PT_PER_UNIT,
    );
    let m = MARGIN_MM * PT_PER_MM;
    let (aw, ah) = (pw - 2.0 * m, ph - 2.0 * m);
    if !poster || (cw <= aw && ch <= ah) {
        // Scale to fit, never blowing a small map up beyond 150%.
        let s = (aw / cw).min(ah / ch).min(1.5);
        let (sw, sh) = (cw * s, ch * s);
        let scale = PT_PER_UNIT * s;
        return vec![Placement {
            page_w: pw,
            page_h: ph,
            scale,
            offset: (
                m + (aw - sw) / 2.0 - trim * scale,
                m + (ah - sh) / 2.0 - trim * scale,
            ),
            clip: None,
            label: None,
            glue: Vec::new(),
        }];
    }
    let o = OVERLAP_MM * PT_PER_MM;
    let (sx, sy) = (aw - o, ah - o);
    let cols = (((cw - o) / sx).ceil() as usize).max(1);
    let rows = (((ch - o) / sy).ceil() as usize).max(1);
    // Spare room of the tile grid, shared on both sides.
    let spare_x = (cols as f32 * sx + o - cw).max(0.0) / 2.0;
    let spare_y = (rows as f32 * sy + o - ch).max(0.0) / 2.0;
    let origin = (
        m + spare_x - trim * PT_PER_UNIT,
        m + spare_y - trim * PT_PER_UNIT,
    );
    let mut out = Vec::new();
    for r in 0..rows {
        for c in 0..cols {
            let mut glue = Vec::new();
            if c + 1 < cols {
                let x = m + sx;
                glue.push(((x, m), (x, m + ah)));
            }
            if r + 1 < rows {
                let y = m + sy;
                glue.push(((m, y), (m + aw, y)));
            }
            out.push(Placement {
                page_w: pw,
                page_h: ph,
                scale: PT_PER_UNIT,
                offset: (origin.0 - c as f32 * sx, origin.1 - r as f32 * sy),
                clip: Some(Rect::new(m, m, aw, ah)),
                label: Some(crate::msg!(
                    "tile-label",
                    tile = format!("{}{}", row_name(r), c + 1),
                    row = r + 1,
                    column = c + 1,
                    columns = cols,
                    rows = rows
                )),
                glue,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Millimetres per layout unit.
    const MM_PER_UNIT: f32 = 25.4 / 96.0;

    #[test]
    fn fit_page_is_the_frame_size_in_points_border_included() {
        let p = place(
            1000.0,
            500.0,
            32.0,
            PageSize::Fit,
            Orientation::Portrait,
            true,
        );
        assert_eq!(p.len(), 1);
        assert_eq!((p[0].page_w, p[0].page_h), (750.0, 375.0));
        assert_eq!(p[0].visible(), Rect::new(0.0, 0.0, 1000.0, 500.0));
    }

    #[test]
    fn a4_landscape_scales_a_wide_map_to_one_page_in_place_of_its_border() {
        let p = place(
            4000.0,
            1500.0,
            32.0,
            PageSize::A4,
            Orientation::Landscape,
            false,
        );
        assert_eq!(p.len(), 1);
        assert!((p[0].page_w - 841.89).abs() < 0.01 && (p[0].page_h - 595.28).abs() < 0.01);
        // The content (the frame less its 32-unit border) spans the paper's
        // printable width exactly.
        let printable = p[0].page_w - 2.0 * MARGIN_MM * PT_PER_MM;
        assert!((3936.0 * p[0].scale - printable).abs() < 0.01);
        let left = 32.0 * p[0].scale + p[0].offset.0;
        assert!((left - MARGIN_MM * PT_PER_MM).abs() < 0.01, "{left}");
        let shown = p[0].visible();
        assert!(shown.x <= 32.0 && shown.right() >= 4000.0 - 32.0);
        assert!(shown.y <= 32.0 && shown.bottom() >= 1500.0 - 32.0);
    }

    #[test]
    fn poster_tiles_cover_the_content_with_overlap_and_are_named_by_row_and_column() {
        let (w, h, border) = (3000.0, 1400.0, 32.0);
        let p = place(w, h, border, PageSize::A4, Orientation::Portrait, true);
        // A4 portrait printable area 190 x 277 mm, steps 180 and 267 mm; the
        // content is the frame less its border.
        let (cw, ch) = (
            (w - 2.0 * border) * MM_PER_UNIT,
            (h - 2.0 * border) * MM_PER_UNIT,
        );
        let cols = ((cw - OVERLAP_MM) / 180.0).ceil() as usize;
        let rows = ((ch - OVERLAP_MM) / 267.0).ceil() as usize;
        assert!(cols > 1 && rows > 1);
        assert_eq!(p.len(), cols * rows);
        assert!(p.iter().all(|t| t.scale == PT_PER_UNIT), "full size");
        // Together the tiles show all of the content.
        let (first, last) = (&p[0], &p[cols * rows - 1]);
        assert!(first.visible().x <= border && first.visible().y <= border);
        assert!(last.visible().right() >= w - border && last.visible().bottom() >= h - border);
        // Neighbours overlap by OVERLAP_MM, across and down.
        let overlap = |a: f32, b: f32| (a - b) * MM_PER_UNIT;
        let across = overlap(p[0].visible().right(), p[1].visible().x);
        let down = overlap(p[0].visible().bottom(), p[cols].visible().y);
        assert!((across - OVERLAP_MM).abs() < 0.01, "{across} mm");
        assert!((down - OVERLAP_MM).abs() < 0.01, "{down} mm");
        // Spare room is shared by both outer tiles, not left to the last one.
        let before = border - first.visible().x;
        let after = last.visible().right() - (w - border);
        assert!((before - after).abs() < 0.01, "{before} vs {after}");
        assert_eq!(
            p[cols + 1].label.as_ref().map(|l| l.to_string()),
            Some(format!("B2 (row 2, column 2 of {cols}x{rows})"))
        );
        assert_eq!(row_name(27), "AB");
    }

    #[test]
    fn poster_tiles_are_not_spent_on_the_frames_blank_border() {
        // 2080 x 1559 units with a 32-unit border: 533 x 396 mm of content,
        // two A3 portrait tiles (267 mm steps across, 400 mm tall), where
        // the whole frame (550 x 412 mm) would need six.
        let p = place(
            2080.0,
            1559.0,
            32.0,
            PageSize::A3,
            Orientation::Portrait,
            true,
        );
        assert_eq!(p.len(), 2);
        assert_eq!(
            p[1].label.as_ref().map(|l| l.to_string()).as_deref(),
            Some("A2 (row 1, column 2 of 2x1)")
        );
    }
}
