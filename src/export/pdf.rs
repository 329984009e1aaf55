//! PDF export with printpdf: rectangles and bezier paths as vectors, text as
//! real text (shaped glyph ids with their source text, so the PDF is
//! searchable and copies in logical order), fonts embedded as subsets made
//! with `subsetter`, pictures as images, one bookmark per frame.

use super::page::{Placement, place};
use super::{PdfOptions, Progress};
use crate::error::{Error, Result};
use crate::id::AssetId;
use crate::layout::text::{TextBlock, TextStyle, shape};
use crate::layout::{
    FontKey, Fonts, Frame, ImageItem, Item, Path, PathEl, Rect, Rgba, Stroke, TextRun,
};
use crate::msg;
use printpdf::{
    Codepoint, Color, CurTransMat, DictItem, FontId, Line, LineCapStyle, LineDashPattern,
    LineJoinStyle, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point as PdfPoint, Polygon, PolygonRing, Pt, RawImage, RawImageData,
    RawImageFormat, TextItem, TextMatrix, TextRenderingMode, WindingOrder, XObjectId,
    XObjectTransform,
};
use std::collections::BTreeMap;

/// Document information written into the PDF.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocInfo {
    /// Title (shown by viewers instead of the file name).
    pub title: String,
    /// Author.
    pub author: String,
}

/// A subset font embedded in the document.
struct EmbeddedFont {
    id: FontId,
    /// Original glyph id -> (subset glyph id, text the glyph stands for).
    glyphs: BTreeMap<u16, (u16, String)>,
    /// Subset glyph id -> advance width in ems.
    advances: BTreeMap<u16, f32>,
}

/// Render frames to a PDF: each frame on one or more pages, as the options say.
pub fn render(
    frames: &[Frame],
    info: &DocInfo,
    opts: &PdfOptions,
    fonts: &mut Fonts,
    progress: Progress,
) -> Result<Vec<u8>> {
    let mut doc = PdfDocument::new(&info.title);
    doc.metadata.info.author = info.author.clone();
    doc.metadata.info.creator = "Waymark".into();
    doc.metadata.info.producer = "Waymark".into();
    doc.metadata.info.creation_date = printpdf::OffsetDateTime::now();
    doc.metadata.info.modification_date = doc.metadata.info.creation_date;
    doc.metadata.info.metadata_date = doc.metadata.info.creation_date;

    // Placements first: poster labels are text too, and need glyphs.
    let placed: Vec<Vec<Placement>> = frames
        .iter()
        .map(|f| {
            place(
                f.width,
                f.height,
                crate::layout::MARGIN,
                opts.page,
                opts.orientation,
                opts.poster,
            )
        })
        .collect();
    let label_style = TextStyle::new(9.0, Rgba::rgb(0x57, 0x60, 0x6a));
    let mut labels: BTreeMap<String, TextBlock> = BTreeMap::new();
    for (f, p) in frames
        .iter()
        .zip(&placed)
        .flat_map(|(f, ps)| ps.iter().map(move |p| (f, p)))
    {
        if let Some(l) = &p.label {
            let text = l.render(&f.lang);
            if let std::collections::btree_map::Entry::Vacant(e) = labels.entry(text) {
                let block = shape(fonts, e.key(), &label_style, None);
                e.insert(block);
            }
        }
    }
    // Poster tiles also name their map, so loose tiles of a project sort.
    let tile_titles: Vec<TextBlock> = frames
        .iter()
        .zip(&placed)
        .map(|(f, places)| {
            if places.iter().any(|p| p.label.is_some()) {
                shape(fonts, &f.title, &label_style, None)
            } else {
                TextBlock::default()
            }
        })
        .collect();

    let extra = labels
        .values()
        .chain(&tile_titles)
        .flat_map(|b| b.runs.iter());
    let embedded = embed_fonts(&mut doc, frames, extra)?;
    let images = embed_images(&mut doc, frames)?;

    let total: usize = placed.iter().map(Vec::len).sum();
    let mut pages = Vec::with_capacity(total);
    let mut done = 0;
    for ((frame, places), tile_title) in frames.iter().zip(&placed).zip(&tile_titles) {
        if !frame.title.is_empty() {
            doc.add_bookmark(&frame.title, pages.len() + 1);
        }
        for p in places {
            let mut w = Writer {
                ops: Vec::new(),
                p,
                fonts: &embedded,
                state: GState::default(),
            };
            w.frame(frame, &images);
            if let Some(label) = p
                .label
                .as_ref()
                .and_then(|l| labels.get(&l.render(&frame.lang)))
            {
                w.label(label, tile_title);
            }
            pages.push(PdfPage::new(
                Mm(p.page_w / super::page::PT_PER_MM),
                Mm(p.page_h / super::page::PT_PER_MM),
                w.ops,
            ));
            done += 1;
            progress(0.9 * done as f32 / total.max(1) as f32);
        }
    }
    doc.with_pages(pages);
    let save = PdfSaveOptions {
        optimize: true,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let bytes = doc.save(&save, &mut warnings);
    progress(1.0);
    if bytes.is_empty() {
        return Err(Error::export("problem-pdf-empty"));
    }
    Ok(bytes)
}

/// One cluster of a run's glyphs: the characters shaped together.
struct Cluster<'a> {
    /// Byte range in the run's text.
    range: (u32, u32),
    /// The source text of the cluster.
    text: &'a str,
    /// Indices of its glyphs in the run.
    ids: Vec<usize>,
    /// Its leftmost glyph's position, relative to the run's origin.
    left: f32,
}

/// A run's glyphs grouped by cluster, in the run's glyph order.
fn clusters(run: &TextRun) -> Vec<Cluster<'_>> {
    let mut out: Vec<Cluster> = Vec::new();
    for (i, g) in run.glyphs.iter().enumerate() {
        match out.last_mut() {
            Some(c) if c.range == g.cluster => {
                c.ids.push(i);
                c.left = c.left.min(g.x);
            }
            _ => out.push(Cluster {
                range: g.cluster,
                text: run
                    .text
                    .get(g.cluster.0 as usize..g.cluster.1 as usize)
                    .unwrap_or_default(),
                ids: vec![i],
                left: g.x,
            }),
        }
    }
    out
}

/// The text each glyph stands for in the font's ToUnicode map, one for the
/// whole document: the character the font maps to the glyph, else (a
/// ligature, a letter's joining form) the text of the cluster it alone
/// draws, less what the cluster's other glyphs stand for. Where a cluster
/// does not read back as its source from these (a mirrored bracket, a mark
/// sharing its letter's cluster, a joiner drawn as a space), the page gives
/// the cluster its own text (see [`Writer::text`]).
fn glyph_texts<'a>(
    runs: impl Iterator<Item = &'a TextRun>,
) -> BTreeMap<FontKey, BTreeMap<u16, String>> {
    let runs: Vec<(&TextRun, Vec<Cluster>)> = runs.map(|r| (r, clusters(r))).collect();
    let mut out: BTreeMap<FontKey, BTreeMap<u16, String>> = BTreeMap::new();
    let mut faces: BTreeMap<FontKey, Option<ttf_parser::Face<'static>>> = BTreeMap::new();
    // First the glyphs the font's character map names.
    for (run, groups) in &runs {
        let face = faces
            .entry(run.font)
            .or_insert_with(|| ttf_parser::Face::parse(run.font.data(), 0).ok());
        let map = out.entry(run.font).or_default();
        for Cluster { text, ids, .. } in groups {
            for &i in ids {
                let id = run.glyphs[i].id;
                if map.contains_key(&id) {
                    continue;
                }
                let named = text.chars().find(|&c| {
                    face.as_ref().and_then(|f| f.glyph_index(c)) == Some(ttf_parser::GlyphId(id))
                });
                if let Some(c) = named {
                    map.insert(id, c.to_string());
                }
            }
        }
    }
    // Then each glyph the map does not name, from a cluster where it is the
    // only such glyph.
    for (run, groups) in &runs {
        let map = out.entry(run.font).or_default();
        for Cluster { text, ids, .. } in groups {
            let unnamed: Vec<u16> = ids
                .iter()
                .map(|&i| run.glyphs[i].id)
                .filter(|id| !map.contains_key(id))
                .collect();
            if let [id] = unnamed[..] {
                let mut rest: Vec<char> = text.chars().collect();
                for &i in ids {
                    if let Some(t) = map.get(&run.glyphs[i].id) {
                        for c in t.chars() {
                            if let Some(at) = rest.iter().position(|&r| r == c) {
                                rest.remove(at);
                            }
                        }
                    }
                }
                if !rest.is_empty() {
                    map.insert(id, rest.into_iter().collect());
                }
            }
        }
    }
    // Glyphs still unnamed stand for nothing; their clusters carry the text.
    for (run, _) in &runs {
        let map = out.entry(run.font).or_default();
        for g in &run.glyphs {
            map.entry(g.id).or_default();
        }
    }
    out
}

/// Six capital letters naming a subset (PDF 9.6.4), derived from its glyphs
/// so the same content gives the same name.
fn subset_tag(key: FontKey, glyphs: &[u16]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    key.postscript_name().bytes().for_each(&mut eat);
    for g in glyphs {
        g.to_le_bytes().into_iter().for_each(&mut eat);
    }
    (0..6)
        .map(|i| (b'A' + ((h >> (i * 8)) % 26) as u8) as char)
        .collect()
}

/// Subset every used font with `subsetter` and add it to the document.
fn embed_fonts<'a>(
    doc: &mut PdfDocument,
    frames: &'a [Frame],
    extra: impl Iterator<Item = &'a TextRun>,
) -> Result<BTreeMap<FontKey, EmbeddedFont>> {
    let texts = glyph_texts(frames.iter().flat_map(|f| f.texts()).chain(extra));
    let mut out = BTreeMap::new();
    for (key, used) in texts {
        let gids: Vec<u16> = used.keys().copied().collect();
        let remapper = subsetter::GlyphRemapper::new_from_glyphs_sorted(&gids);
        let bytes = subsetter::subset(key.data(), 0, &remapper).map_err(|e| {
            Error::Export(msg!(
                "problem-font-subset",
                font = key.postscript_name(),
                detail = format!("{e}")
            ))
        })?;
        let mut warnings = Vec::new();
        let mut parsed = ParsedFont::from_bytes(&bytes, 0, &mut warnings).ok_or_else(|| {
            Error::Export(msg!(
                "problem-font-subset-unreadable",
                font = key.postscript_name()
            ))
        })?;
        parsed.font_name = Some(format!(
            "{}+{}",
            subset_tag(key, &gids),
            key.postscript_name()
        ));
        let id = doc.add_font(&parsed);
        let face = ttf_parser::Face::parse(key.data(), 0).ok();
        let advances = used
            .keys()
            .filter_map(|&g| {
                let f = face.as_ref()?;
                let w = f.glyph_hor_advance(ttf_parser::GlyphId(g))?;
                Some((remapper.get(g)?, w as f32 / f.units_per_em() as f32))
            })
            .collect();
        let glyphs = used
            .into_iter()
            .filter_map(|(g, text)| remapper.get(g).map(|n| (g, (n, text))))
            .collect();
        out.insert(
            key,
            EmbeddedFont {
                id,
                glyphs,
                advances,
            },
        );
    }
    Ok(out)
}

/// Decode each picture once, at no more pixels than its largest use needs
/// (three pixels per layout unit, about 290 dpi at full size).
fn embed_images(doc: &mut PdfDocument, frames: &[Frame]) -> Result<BTreeMap<AssetId, XObjectId>> {
    let mut need: BTreeMap<AssetId, (f32, f32)> = BTreeMap::new();
    for f in frames {
        for it in &f.items {
            if let Item::Image(i) = it {
                let e = need.entry(i.asset).or_insert((0.0, 0.0));
                e.0 = e.0.max(i.rect.w);
                e.1 = e.1.max(i.rect.h);
            }
        }
    }
    let mut out = BTreeMap::new();
    for (id, (w, h)) in need {
        let Some(data) = frames.iter().find_map(|f| f.images.get(&id)) else {
            continue;
        };
        let img = image::load_from_memory(&data.bytes)
            .map_err(|e| Error::Export(msg!("problem-export-picture", detail = e.to_string())))?;
        let (tw, th) = ((w * 3.0).ceil() as u32, (h * 3.0).ceil() as u32);
        let img = if img.width() > tw && img.height() > th {
            img.resize(tw, th, image::imageops::FilterType::CatmullRom)
        } else {
            img
        };
        let (pixels, format) = if img.color().has_alpha() {
            (img.to_rgba8().into_raw(), RawImageFormat::RGBA8)
        } else {
            (img.to_rgb8().into_raw(), RawImageFormat::RGB8)
        };
        let raw = RawImage {
            pixels: RawImageData::U8(pixels),
            width: img.width() as usize,
            height: img.height() as usize,
            data_format: format,
            tag: Vec::new(),
        };
        out.insert(id, doc.add_image(&raw));
    }
    Ok(out)
}

/// Graphics state already set, to avoid repeating operators.
#[derive(Default)]
struct GState {
    fill: Option<Rgba>,
    stroke: Option<(Rgba, u32, bool, Option<[u32; 2]>)>,
}

/// Writes the ops of one page.
struct Writer<'a> {
    ops: Vec<Op>,
    p: &'a Placement,
    fonts: &'a BTreeMap<FontKey, EmbeddedFont>,
    state: GState,
}

/// Open a marked-content span whose text is `text` (PDF 14.9.4), written as
/// UTF-16 with a byte order mark, as PDF text strings are.
fn actual_text(text: &str) -> Op {
    let mut data = vec![0xFE, 0xFF];
    data.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let mut map = BTreeMap::new();
    map.insert(
        "ActualText".to_string(),
        DictItem::String {
            data,
            literal: false,
        },
    );
    Op::BeginMarkedContentWithProperties {
        tag: "Span".into(),
        properties: DictItem::Dict { map },
    }
}

fn color(c: Rgba) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: c.r as f32 / 255.0,
        g: c.g as f32 / 255.0,
        b: c.b as f32 / 255.0,
        icc_profile: None,
    })
}

impl Writer<'_> {
    /// A frame point in page points (PDF's origin is bottom-left, y up).
    fn pt(&self, x: f32, y: f32) -> PdfPoint {
        PdfPoint {
            x: Pt(self.p.offset.0 + x * self.p.scale),
            y: Pt(self.p.page_h - (self.p.offset.1 + y * self.p.scale)),
        }
    }

    fn set_fill(&mut self, c: Rgba) {
        if self.state.fill != Some(c) {
            self.ops.push(Op::SetFillColor { col: color(c) });
            self.state.fill = Some(c);
        }
    }

    fn set_stroke(&mut self, s: &Stroke) {
        let width = s.width * self.p.scale;
        let key = (
            s.color,
            width.to_bits(),
            s.round,
            s.dash.map(|d| [d[0].to_bits(), d[1].to_bits()]),
        );
        if self.state.stroke == Some(key) {
            return;
        }
        self.ops.push(Op::SetOutlineColor {
            col: color(s.color),
        });
        self.ops.push(Op::SetOutlineThickness { pt: Pt(width) });
        let (cap, join) = if s.round {
            (LineCapStyle::Round, LineJoinStyle::Round)
        } else {
            (LineCapStyle::Butt, LineJoinStyle::Miter)
        };
        self.ops.push(Op::SetLineCapStyle { cap });
        self.ops.push(Op::SetLineJoinStyle { join });
        let dash = match s.dash {
            Some([a, b]) => LineDashPattern::new(0.0, &[a * self.p.scale, b * self.p.scale]),
            None => LineDashPattern::solid(),
        };
        self.ops.push(Op::SetLineDashPattern { dash });
        self.state.stroke = Some(key);
    }

    fn frame(&mut self, f: &Frame, images: &BTreeMap<AssetId, XObjectId>) {
        let visible = self.p.visible();
        if let Some(clip) = self.p.clip {
            self.ops.push(Op::SaveGraphicsState);
            let a = PdfPoint {
                x: Pt(clip.x),
                y: Pt(self.p.page_h - clip.bottom()),
            };
            self.ops.push(Op::DrawRectangle {
                rectangle: printpdf::Rect {
                    x: a.x,
                    y: a.y,
                    width: Pt(clip.w),
                    height: Pt(clip.h),
                    mode: Some(PaintMode::Clip),
                    winding_order: Some(WindingOrder::NonZero),
                },
            });
        }
        if let Some(bg) = f.background
            && bg != Rgba::WHITE
        {
            self.rect(&Rect::new(0.0, 0.0, f.width, f.height), 0.0, Some(bg), None);
        }
        for item in &f.items {
            if !item.bounds().intersects(&visible) {
                continue;
            }
            match item {
                Item::Rect {
                    rect,
                    radius,
                    fill,
                    stroke,
                } => self.rect(rect, *radius, *fill, stroke.as_ref()),
                Item::Path { path, fill, stroke } => {
                    if let Some(c) = fill {
                        self.fill_path(path, *c);
                    }
                    if let Some(s) = stroke {
                        self.stroke_path(path, s);
                    }
                }
                Item::Text(run) => self.text(run),
                Item::Image(img) => {
                    if let Some(id) = images.get(&img.asset) {
                        self.image(img, id);
                    }
                }
            }
        }
        if self.p.clip.is_some() {
            self.ops.push(Op::RestoreGraphicsState);
            self.state = GState::default();
        }
    }

    fn rect(&mut self, r: &Rect, radius: f32, fill: Option<Rgba>, stroke: Option<&Stroke>) {
        if radius > 0.0 {
            let p = Path::rounded_rect(*r, radius);
            if let Some(c) = fill {
                self.fill_path(&p, c);
            }
            if let Some(s) = stroke {
                self.stroke_path(&p, s);
            }
            return;
        }
        let mode = match (fill, stroke) {
            (Some(_), Some(_)) => PaintMode::FillStroke,
            (Some(_), None) => PaintMode::Fill,
            (None, Some(_)) => PaintMode::Stroke,
            (None, None) => return,
        };
        if let Some(c) = fill {
            self.set_fill(c);
        }
        if let Some(s) = stroke {
            self.set_stroke(s);
        }
        let bl = self.pt(r.x, r.bottom());
        self.ops.push(Op::DrawRectangle {
            rectangle: printpdf::Rect {
                x: bl.x,
                y: bl.y,
                width: Pt(r.w * self.p.scale),
                height: Pt(r.h * self.p.scale),
                mode: Some(mode),
                winding_order: Some(WindingOrder::NonZero),
            },
        });
    }

    /// Split a path into subpaths of PDF points, each with its closed flag.
    fn subpaths(&self, path: &Path) -> Vec<(Vec<LinePoint>, bool)> {
        let mut out: Vec<(Vec<LinePoint>, bool)> = Vec::new();
        let lp = |p: PdfPoint, bezier: bool| LinePoint { p, bezier };
        for el in &path.els {
            match *el {
                PathEl::MoveTo(p) => out.push((vec![lp(self.pt(p.x, p.y), false)], false)),
                PathEl::LineTo(p) => {
                    if let Some((pts, _)) = out.last_mut() {
                        pts.push(lp(self.pt(p.x, p.y), false));
                    }
                }
                PathEl::CubicTo(a, b, c) => {
                    if let Some((pts, _)) = out.last_mut() {
                        pts.push(lp(self.pt(a.x, a.y), true));
                        pts.push(lp(self.pt(b.x, b.y), true));
                        pts.push(lp(self.pt(c.x, c.y), false));
                    }
                }
                PathEl::Close => {
                    if let Some((_, closed)) = out.last_mut() {
                        *closed = true;
                    }
                }
            }
        }
        out.retain(|(pts, _)| pts.len() > 1);
        out
    }

    fn fill_path(&mut self, path: &Path, c: Rgba) {
        let rings: Vec<PolygonRing> = self
            .subpaths(path)
            .into_iter()
            .map(|(points, _)| PolygonRing { points })
            .collect();
        if rings.is_empty() {
            return;
        }
        self.set_fill(c);
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings,
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        });
    }

    fn stroke_path(&mut self, path: &Path, s: &Stroke) {
        let subs = self.subpaths(path);
        if subs.is_empty() {
            return;
        }
        self.set_stroke(s);
        for (points, closed) in subs {
            if closed {
                self.ops.push(Op::DrawPolygon {
                    polygon: Polygon {
                        rings: vec![PolygonRing { points }],
                        mode: PaintMode::Stroke,
                        winding_order: WindingOrder::NonZero,
                    },
                });
            } else {
                self.ops.push(Op::DrawLine {
                    line: Line {
                        points,
                        is_closed: false,
                    },
                });
            }
        }
    }

    /// Draw a run as text a reader can copy and search. Glyphs go left to
    /// right (a right-to-left run holds them in logical order), so printpdf
    /// writes each stretch on one baseline as one `TJ`, and readers find each
    /// word's letters side by side. A cluster whose glyphs' ToUnicode text is not its source text
    /// gets a marked-content span with its own `/ActualText` (PDF 14.9.4).
    /// A right-to-left cluster of several characters (a ligature, a letter
    /// and its marks or joiner) draws in a span with no text, then gives each
    /// character its own span over an invisible glyph squeezed to its share
    /// of the cluster's width, the first character rightmost: every
    /// character sits where a reader ordering by position (poppler) expects
    /// it, so it comes out in order, not reversed.
    fn text(&mut self, run: &TextRun) {
        let Some(font) = self.fonts.get(&run.font) else {
            return;
        };
        self.ops.push(Op::StartTextSection);
        self.state.fill = None;
        self.set_fill(run.color);
        self.ops.push(Op::SetFont {
            font: PdfFontHandle::External(font.id.clone()),
            size: Pt(run.size * self.p.scale),
        });
        let mut order = clusters(run);
        order.sort_by(|a, b| a.left.total_cmp(&b.left));
        let mut done: Vec<(u32, u32)> = Vec::new();
        for (n, cluster) in order.iter().enumerate() {
            let ids = &cluster.ids;
            // A cluster split in two draws its text once.
            let text = if done.contains(&cluster.range) {
                ""
            } else {
                done.push(cluster.range);
                cluster.text
            };
            let glyphs: Vec<(u16, &str, PdfPoint)> = ids
                .iter()
                .filter_map(|&i| {
                    let g = &run.glyphs[i];
                    let (gid, t) = font.glyphs.get(&g.id)?;
                    Some((
                        *gid,
                        t.as_str(),
                        self.pt(run.origin.x + g.x, run.origin.y + g.y),
                    ))
                })
                .collect();
            // Glyphs of one cluster may come in either order (a mark before
            // or after its letter).
            let mut reads: Vec<&str> = glyphs.iter().map(|(_, t, _)| *t).collect();
            let forward = reads.concat() == text;
            reads.reverse();
            let chars: Vec<char> = text.chars().collect();
            // Poppler lays a span's (or a glyph's) characters out left to
            // right and would reverse a right-to-left cluster's: those are
            // sliced below.
            let sliced = run.rtl && chars.len() > 1;
            if (forward || reads.concat() == text) && !sliced {
                for (gid, t, at) in &glyphs {
                    self.show(at.x.0, at.y.0, *gid, t);
                }
                continue;
            }
            // Where the cluster's text goes: its own width, or for a cluster
            // that takes no room (a joiner drawn as a zero-width space) a
            // sliver just before it, so a reader keeps it inside the word
            // rather than taking it for a duplicate of the next letter.
            // Each cluster reaches to where the next one starts.
            let x0 = cluster.left;
            let x1 = order.get(n + 1).map_or(run.width, |c| c.left).max(x0);
            let empty = x1 - x0 < 0.01 * run.size;
            let (r0, r1) = if empty {
                let sliver = 0.15 * run.size;
                if run.rtl {
                    (x0 - sliver, x0)
                } else {
                    (x0, x0 + sliver)
                }
            } else {
                (x0, x1)
            };
            // The glyph to slice with: the cluster's widest.
            let wide = glyphs
                .iter()
                .filter_map(|g| Some((g.0, g.1, *font.advances.get(&g.0)?)))
                .filter(|g| g.2 > 0.0)
                .max_by(|a, b| a.2.total_cmp(&b.2));
            let slices = (sliced || empty) && !chars.is_empty();
            let (true, Some((gid, t, advance))) = (slices, wide) else {
                self.ops.push(actual_text(text));
                for (gid, t, at) in &glyphs {
                    self.show(at.x.0, at.y.0, *gid, t);
                }
                self.ops.push(Op::EndMarkedContent);
                continue;
            };
            // The cluster draws without text of its own, then each of its
            // characters has an invisible slice of that room, written left to
            // right like the glyphs around it (in a right-to-left run the
            // first character is the rightmost).
            self.ops.push(actual_text(""));
            for (gid, t, at) in &glyphs {
                self.show(at.x.0, at.y.0, *gid, t);
            }
            self.ops.push(Op::EndMarkedContent);
            let slice = (r1 - r0) / chars.len() as f32;
            let glyph_w = advance * run.size;
            self.ops.push(Op::SetTextRenderingMode {
                mode: TextRenderingMode::Invisible,
            });
            self.ops.push(Op::SetHorizontalScaling {
                percent: (100.0 * slice / glyph_w).clamp(1.0, 1000.0),
            });
            let mut places: Vec<(f32, char)> = chars
                .iter()
                .enumerate()
                .map(|(k, &c)| {
                    let k = k as f32;
                    let x = if run.rtl {
                        r1 - (k + 1.0) * slice
                    } else {
                        r0 + k * slice
                    };
                    (x, c)
                })
                .collect();
            places.sort_by(|a, b| a.0.total_cmp(&b.0));
            for (x, c) in places {
                let at = self.pt(run.origin.x + x, run.origin.y);
                self.ops.push(actual_text(&c.to_string()));
                self.show(at.x.0, at.y.0, gid, t);
                self.ops.push(Op::EndMarkedContent);
            }
            self.ops.push(Op::SetHorizontalScaling { percent: 100.0 });
            self.ops.push(Op::SetTextRenderingMode {
                mode: TextRenderingMode::Fill,
            });
        }
        self.ops.push(Op::EndTextSection);
    }

    /// Show one glyph with its baseline origin at (`x`, `y`) page points.
    fn show(&mut self, x: f32, y: f32, gid: u16, text: &str) {
        self.ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Raw([1.0, 0.0, 0.0, 1.0, x, y]),
        });
        self.ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(vec![Codepoint {
                gid,
                offset: 0.0,
                cid: (!text.is_empty()).then(|| text.to_string()),
            }])],
        });
    }

    fn image(&mut self, img: &ImageItem, id: &XObjectId) {
        self.ops.push(Op::SaveGraphicsState);
        let clip = Path::rounded_rect(img.clip, img.radius);
        let rings: Vec<PolygonRing> = self
            .subpaths(&clip)
            .into_iter()
            .map(|(points, _)| PolygonRing { points })
            .collect();
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings,
                mode: PaintMode::Clip,
                winding_order: WindingOrder::NonZero,
            },
        });
        let bl = self.pt(img.rect.x, img.rect.bottom());
        self.ops.push(Op::SetTransformationMatrix {
            matrix: CurTransMat::Raw([
                img.rect.w * self.p.scale,
                0.0,
                0.0,
                img.rect.h * self.p.scale,
                bl.x.0,
                bl.y.0,
            ]),
        });
        self.ops.push(Op::UseXobject {
            id: id.clone(),
            transform: XObjectTransform {
                no_auto_scale: true,
                ..XObjectTransform::default()
            },
        });
        self.ops.push(Op::RestoreGraphicsState);
        self.state = GState::default();
    }

    /// Poster tile label in the bottom margin (the tile's name at the left,
    /// the map's title at the right when both fit), and glue lines.
    fn label(&mut self, label: &TextBlock, title: &TextBlock) {
        let m = super::page::MARGIN_MM * super::page::PT_PER_MM;
        for &((x0, y0), (x1, y1)) in &self.p.glue.clone() {
            self.set_stroke(&Stroke {
                dash: Some([3.0 / self.p.scale, 3.0 / self.p.scale]),
                ..Stroke::solid(Rgba::rgb(0xaf, 0xb8, 0xc1), 0.5 / self.p.scale)
            });
            self.ops.push(Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint {
                            p: PdfPoint {
                                x: Pt(x0),
                                y: Pt(self.p.page_h - y0),
                            },
                            bezier: false,
                        },
                        LinePoint {
                            p: PdfPoint {
                                x: Pt(x1),
                                y: Pt(self.p.page_h - y1),
                            },
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            });
        }
        // Labels are shaped in points; place them with a unit placement,
        // just below the printed area, well clear of the paper's edge
        // (which many printers cannot reach).
        let unit = Placement {
            page_w: self.p.page_w,
            page_h: self.p.page_h,
            scale: 1.0,
            offset: (m, self.p.page_h - m + 3.0),
            clip: None,
            label: None,
            glue: Vec::new(),
        };
        let mut w = Writer {
            ops: Vec::new(),
            p: &unit,
            fonts: self.fonts,
            state: GState::default(),
        };
        for r in &label.runs {
            w.text(r);
        }
        let room = self.p.page_w - 2.0 * m;
        if !title.is_empty() && label.width + 24.0 + title.width <= room {
            let dx = room - title.width - title.left;
            for r in &title.runs {
                let mut r = r.clone();
                r.origin.x += dx;
                w.text(&r);
            }
        }
        self.ops.extend(w.ops);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subset_tags_are_six_capitals_and_follow_the_glyph_set() {
        let a = subset_tag(FontKey::SansRegular, &[1, 2, 3]);
        assert_eq!(a.len(), 6);
        assert!(a.bytes().all(|b| b.is_ascii_uppercase()));
        assert_eq!(a, subset_tag(FontKey::SansRegular, &[1, 2, 3]));
        assert_ne!(a, subset_tag(FontKey::SansRegular, &[1, 2, 4]));
    }
}
