//! Export: PDF and PNG from laid-out frames.
//!
//! Both exporters only walk [`Frame`]s made by [`crate::layout`], so a map
//! looks the same in the PDF, in the PNG and on screen. They return bytes
//! (or write to a writer); callers write files. Long exports report progress
//! through a callback taking a fraction from 0 to 1.

pub mod page;
pub mod pdf;
pub mod png;
mod png_stream;

pub use page::{Orientation, PageSize, Placement};

use crate::error::{Error, Result};
use crate::id::MapId;
use crate::layout::{Fonts, Frame, LayoutOptions, layout, layout_persona};
use crate::model::Document;
use std::io::Write;

/// Which maps an export covers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Maps {
    /// Every map of the project, in display order.
    #[default]
    All,
    /// One map.
    One(MapId),
}

/// Output format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Vector PDF with real, searchable text.
    #[default]
    Pdf,
    /// Raster PNG.
    Png,
}

/// PNG compression effort: fast is several times quicker, default smaller.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Compression {
    /// Quick, larger files (good for previews and huge maps).
    #[default]
    Fast,
    /// Slower, smaller files.
    Default,
}

/// Options of a PDF export.
#[derive(Clone, Debug, PartialEq)]
pub struct PdfOptions {
    /// Maps to include.
    pub maps: Maps,
    /// Paper size (`Fit` makes one page per map exactly the size of the map).
    pub page: PageSize,
    /// Orientation of fixed paper sizes.
    pub orientation: Orientation,
    /// On fixed paper sizes, print at full size across several pages instead
    /// of scaling each map down to one page.
    pub poster: bool,
    /// Add a page per persona of the exported maps.
    pub personas: bool,
    /// What each map page shows.
    pub layout: LayoutOptions,
}

impl Default for PdfOptions {
    fn default() -> Self {
        PdfOptions {
            maps: Maps::All,
            page: PageSize::Fit,
            orientation: Orientation::Portrait,
            poster: false,
            personas: true,
            layout: LayoutOptions::default(),
        }
    }
}

/// Options of a PNG export.
#[derive(Clone, Debug, PartialEq)]
pub struct PngOptions {
    /// Pixels per layout unit, 1 to 4 (2 suits screens, 4 print).
    pub scale: f32,
    /// Leave the page background transparent.
    pub transparent: bool,
    /// Compression effort.
    pub compression: Compression,
    /// What the map shows.
    pub layout: LayoutOptions,
    /// Largest raw image encoded in one piece with the `image` crate's PNG
    /// encoder; larger images are streamed strip by strip instead, so memory
    /// stays bounded whatever the map's size.
    pub max_buffer_bytes: usize,
}

impl Default for PngOptions {
    fn default() -> Self {
        PngOptions {
            scale: 2.0,
            transparent: false,
            compression: Compression::Fast,
            layout: LayoutOptions::default(),
            max_buffer_bytes: 256 * 1024 * 1024,
        }
    }
}

/// All export settings in one place (what the export dialog and the CLI set).
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    /// PDF or PNG.
    pub format: Format,
    /// Maps to include; a PNG shows one map (the first when `All`).
    pub maps: Maps,
    /// PDF paper size.
    pub page: PageSize,
    /// PDF orientation.
    pub orientation: Orientation,
    /// PDF poster mode.
    pub poster: bool,
    /// PDF persona pages.
    pub personas: bool,
    /// PNG scale.
    pub scale: f32,
    /// PNG transparent background.
    pub transparent: bool,
    /// PNG compression.
    pub compression: Compression,
    /// Language of the captions (legend, badges, persona pages, poster tile
    /// labels); English when there is no catalog for it.
    pub lang: String,
    /// The user's local date, to mark a map due for review in its header;
    /// `None` marks nothing.
    pub today: Option<jiff::civil::Date>,
}

impl Default for ExportOptions {
    fn default() -> Self {
        let pdf = PdfOptions::default();
        let png = PngOptions::default();
        ExportOptions {
            format: Format::Pdf,
            maps: pdf.maps,
            page: pdf.page,
            orientation: pdf.orientation,
            poster: pdf.poster,
            personas: pdf.personas,
            scale: png.scale,
            transparent: png.transparent,
            compression: png.compression,
            lang: png.layout.lang,
            today: png.layout.today,
        }
    }
}

impl ExportOptions {
    /// The PDF part of the options.
    pub fn pdf(&self) -> PdfOptions {
        PdfOptions {
            maps: self.maps,
            page: self.page,
            orientation: self.orientation,
            poster: self.poster,
            personas: self.personas,
            layout: self.layout(),
        }
    }

    /// What each map shows: everything, with captions in `lang`.
    pub fn layout(&self) -> LayoutOptions {
        LayoutOptions {
            lang: self.lang.clone(),
            today: self.today,
            ..LayoutOptions::default()
        }
    }

    /// The PNG part of the options.
    pub fn png(&self) -> PngOptions {
        PngOptions {
            scale: self.scale,
            transparent: self.transparent,
            compression: self.compression,
            layout: self.layout(),
            ..PngOptions::default()
        }
    }
}

/// A progress callback: called with the fraction done, from 0 to 1.
pub type Progress<'a> = &'a mut dyn FnMut(f32);

/// Export as the options say, returning the file's bytes.
pub fn export(doc: &Document, opts: &ExportOptions, progress: Progress) -> Result<Vec<u8>> {
    let mut fonts = Fonts::new();
    match opts.format {
        Format::Pdf => export_pdf_with(doc, &opts.pdf(), &mut fonts, progress),
        Format::Png => {
            let map = match opts.maps {
                Maps::One(m) => m,
                Maps::All => first_map(doc)?,
            };
            let mut out = Vec::new();
            write_png_with(doc, map, &opts.png(), &mut fonts, &mut out, progress)?;
            Ok(out)
        }
    }
}

/// The first map of a project (the default for a PNG).
pub fn first_map(doc: &Document) -> Result<MapId> {
    doc.maps()
        .first()
        .map(|m| m.id)
        .ok_or_else(|| Error::export("problem-no-map-to-export"))
}

/// The language of persona pages: the project's, else the options' (a
/// persona belongs to the project, not to one map).
fn persona_language<'a>(doc: &'a Document, layout: &'a LayoutOptions) -> &'a str {
    match doc.project().language.as_str() {
        "" => &layout.lang,
        lang => lang,
    }
}

/// Export maps (and persona pages) as a PDF.
pub fn export_pdf(doc: &Document, opts: &PdfOptions) -> Result<Vec<u8>> {
    export_pdf_with(doc, opts, &mut Fonts::new(), &mut |_| {})
}

/// Export a PDF with a reusable font system and a progress callback.
pub fn export_pdf_with(
    doc: &Document,
    opts: &PdfOptions,
    fonts: &mut Fonts,
    progress: Progress,
) -> Result<Vec<u8>> {
    let maps: Vec<MapId> = match opts.maps {
        Maps::All => doc.maps().iter().map(|m| m.id).collect(),
        Maps::One(id) => vec![doc.map(id)?.id],
    };
    if maps.is_empty() {
        return Err(Error::export("problem-no-map-to-export"));
    }
    let mut frames = Vec::new();
    let mut personas = Vec::new();
    for (i, id) in maps.iter().enumerate() {
        frames.push(layout(doc, *id, &opts.layout, fonts)?);
        for p in &doc.map(*id)?.personas {
            if !personas.contains(p) {
                personas.push(*p);
            }
        }
        progress(0.4 * (i + 1) as f32 / maps.len() as f32);
    }
    if opts.personas {
        for p in personas {
            frames.push(layout_persona(
                doc,
                p,
                persona_language(doc, &opts.layout),
                fonts,
            )?);
        }
    }
    let project = doc.project();
    let title = match opts.maps {
        Maps::One(_) => frames[0].title.clone(),
        Maps::All => project.title.clone(),
    };
    let info = pdf::DocInfo {
        title,
        author: if project.title.trim().is_empty() {
            "Waymark".to_string()
        } else {
            project.title.clone()
        },
    };
    let mut sub = |f: f32| progress(0.4 + 0.6 * f);
    pdf::render(&frames, &info, opts, fonts, &mut sub)
}

/// What an export will look like, for the export dialog: a small picture of
/// one map, where the pages fall on it, and how many pages the PDF will have.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Preview {
    /// A PNG of the map, at most `max_px` on its longer side.
    #[serde(skip)]
    pub png: Vec<u8>,
    /// The map's size in layout units.
    pub width: f32,
    /// The map's size in layout units.
    pub height: f32,
    /// For a PDF: the part of the map each page of this map shows, as
    /// `[x, y, w, h]` in layout units (one page the size of the map for `fit`).
    pub pages: Vec<[f32; 4]>,
    /// For a PDF: pages in the whole file (every map and persona page).
    pub page_count: usize,
    /// For a PNG: the file's size in pixels.
    pub pixels: (u32, u32),
}

/// Lay out what `opts` would export and draw a small preview of `map` (the
/// first exported map when `None`).
pub fn preview(
    doc: &Document,
    opts: &ExportOptions,
    map: Option<MapId>,
    fonts: &mut Fonts,
    max_px: u32,
) -> Result<Preview> {
    let shown = match (map, opts.maps) {
        (Some(m), _) | (None, Maps::One(m)) => doc.map(m)?.id,
        (None, Maps::All) => first_map(doc)?,
    };
    let layout_opts = opts.layout();
    let frame = layout(doc, shown, &layout_opts, fonts)?;
    let scale = (max_px as f32 / frame.width.max(frame.height)).min(1.0);
    let mut png = Vec::new();
    let png_opts = PngOptions {
        scale,
        transparent: opts.transparent,
        ..PngOptions::default()
    };
    png::render_at(&frame, &png_opts, &mut png, &mut |_| {})?;
    let pages_of = |f: &Frame| {
        page::place(
            f.width,
            f.height,
            crate::layout::MARGIN,
            opts.page,
            opts.orientation,
            opts.poster,
        )
    };
    let pages: Vec<[f32; 4]> = pages_of(&frame)
        .iter()
        .map(|p| {
            let v = p.visible();
            [v.x, v.y, v.w, v.h]
        })
        .collect();
    let mut page_count = 0;
    if opts.format == Format::Pdf {
        let maps: Vec<MapId> = match opts.maps {
            Maps::All => doc.maps().iter().map(|m| m.id).collect(),
            Maps::One(id) => vec![id],
        };
        let mut personas = Vec::new();
        for id in &maps {
            page_count += if *id == shown {
                pages.len()
            } else {
                pages_of(&layout(doc, *id, &layout_opts, fonts)?).len()
            };
            for p in &doc.map(*id)?.personas {
                if !personas.contains(p) {
                    personas.push(*p);
                }
            }
        }
        if opts.personas {
            for p in personas {
                page_count += pages_of(&layout_persona(
                    doc,
                    p,
                    persona_language(doc, &layout_opts),
                    fonts,
                )?)
                .len();
            }
        }
    }
    let s = opts.scale;
    Ok(Preview {
        png,
        width: frame.width,
        height: frame.height,
        pages,
        page_count,
        pixels: (
            (frame.width * s).ceil() as u32,
            (frame.height * s).ceil() as u32,
        ),
    })
}

/// Export one map as a PNG, returning the file's bytes.
pub fn export_png(doc: &Document, map: MapId, opts: &PngOptions) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    write_png_with(doc, map, opts, &mut Fonts::new(), &mut out, &mut |_| {})?;
    Ok(out)
}

/// Write one map as a PNG to `out`, streaming large images strip by strip.
pub fn write_png_with<W: Write>(
    doc: &Document,
    map: MapId,
    opts: &PngOptions,
    fonts: &mut Fonts,
    out: W,
    progress: Progress,
) -> Result<()> {
    let frame: Frame = layout(doc, map, &opts.layout, fonts)?;
    progress(0.05);
    let mut sub = |f: f32| progress(0.05 + 0.95 * f);
    png::render(&frame, opts, out, &mut sub)
}
