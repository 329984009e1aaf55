//! PDFs read back with poppler (`pdftotext`, `pdffonts`, `pdfinfo`) and
//! checked with `qpdf --check`: text in every language comes out in logical
//! order, every font is embedded as a subset, pages have the size asked for,
//! poster mode tiles, the title and bookmarks are set, and each card of the
//! text corpus reads back with every character it was typed with. Tests skip
//! with a notice only when the tools are not installed (and fail then under
//! `make test`, which sets `WAYMARK_REQUIRE_TOOLS`).

#[path = "corpus/mod.rs"]
mod corpus;
#[path = "export_fixtures.rs"]
mod fixtures;

use std::path::{Path, PathBuf};
use std::process::Command;
use waymark::export::page::{MARGIN_MM, OVERLAP_MM};
use waymark::export::{Maps, Orientation, PageSize, PdfOptions, export_pdf};
use waymark::layout::{Fonts, LayoutOptions, layout};

struct Tmp(tempfile::TempDir);

impl Tmp {
    /// Write a file to read back; with `WAYMARK_KEEP_PDF=1` a copy also goes
    /// to `tests/artifacts/` for looking at.
    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        if std::env::var_os("WAYMARK_KEEP_PDF").is_some() {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts");
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join(name), bytes).unwrap();
        }
        p
    }
}

/// Run a tool on `file`; `None` (with a notice) when it is not installed.
fn tool(name: &str, args: &[&str], file: &Path) -> Option<String> {
    tool_then(name, args, file, &[])
}

/// Run a tool with arguments before and after the file name.
fn tool_then(name: &str, args: &[&str], file: &Path, after: &[&str]) -> Option<String> {
    let out = match Command::new(name).args(args).arg(file).args(after).output() {
        Ok(o) => o,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // `make test` installs the tools and sets this.
            assert!(
                std::env::var_os("WAYMARK_REQUIRE_TOOLS").is_none(),
                "{name} is not installed"
            );
            eprintln!("notice: {name} is not installed; skipping this check");
            return None;
        }
        Err(e) => panic!("{name}: {e}"),
    };
    assert!(
        out.status.success(),
        "{name} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// pdftotext output with bidi controls removed and whitespace collapsed, so
/// wrapped card text reads as one line.
fn readable(raw: &str) -> String {
    let clean: String = raw
        .chars()
        .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect();
    clean.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The readable text of the whole file.
fn text_of(file: &Path) -> Option<String> {
    let raw = tool_then("pdftotext", &["-enc", "UTF-8"], file, &["-"])?;
    Some(readable(&raw))
}

/// (width, height) in points of every page, from pdfinfo.
fn page_sizes(file: &Path) -> Option<Vec<(f32, f32)>> {
    let info = tool("pdfinfo", &["-f", "1", "-l", "9999"], file)?;
    Some(
        info.lines()
            .filter(|l| l.starts_with("Page") && l.contains("size:"))
            .map(|l| {
                let nums: Vec<f32> = l
                    .split(':')
                    .nth(1)
                    .unwrap()
                    .split_whitespace()
                    .filter_map(|t| t.parse().ok())
                    .collect();
                (nums[0], nums[1])
            })
            .collect(),
    )
}

/// A word and its box (xMin, yMin, xMax, yMax) in points, y down.
type Word = (String, [f32; 4]);

/// Every word pdftotext finds on `page` with its box, and the page size.
fn words(file: &Path, page: usize) -> Option<((f32, f32), Vec<Word>)> {
    let n = page.to_string();
    let html = tool_then("pdftotext", &["-bbox", "-f", &n, "-l", &n], file, &["-"])?;
    let attr = |tag: &str, name: &str| -> f32 {
        let key = format!("{name}=\"");
        let at = tag.find(&key).expect("attribute") + key.len();
        tag[at..].split('"').next().unwrap().parse().unwrap()
    };
    let page_tag = html.lines().find(|l| l.contains("<page ")).expect("a page");
    let size = (attr(page_tag, "width"), attr(page_tag, "height"));
    let list = html
        .lines()
        .filter(|l| l.contains("<word "))
        .map(|l| {
            let text = l.split('>').nth(1).unwrap().split('<').next().unwrap();
            let b = ["xMin", "yMin", "xMax", "yMax"].map(|k| attr(l, k));
            (text.to_string(), b)
        })
        .collect();
    Some((size, list))
}

fn info_field(file: &Path, field: &str) -> Option<String> {
    let info = tool("pdfinfo", &[], file)?;
    info.lines()
        .find(|l| l.starts_with(&format!("{field}:")))
        .map(|l| l[field.len() + 1..].trim().to_string())
}

fn qpdf_check(file: &Path) {
    if let Some(out) = tool("qpdf", &["--check"], file) {
        assert!(out.contains("No syntax or stream encoding errors"), "{out}");
    }
}

#[test]
fn multilingual_text_is_extracted_in_logical_order_from_embedded_subset_fonts() {
    let (doc, map) = fixtures::multilingual_doc();
    let opts = PdfOptions {
        maps: Maps::One(map),
        ..PdfOptions::default()
    };
    let pdf = export_pdf(&doc, &opts).unwrap();
    let dir = Tmp(tempfile::tempdir().unwrap());
    let file = dir.write("multilingual.pdf", &pdf);
    qpdf_check(&file);

    if let Some(text) = text_of(&file) {
        for (lang, words) in fixtures::LANGUAGES {
            if lang == "mixed" {
                continue;
            }
            assert!(
                text.contains(words),
                "{lang} text {words:?} not found in:\n{text}"
            );
        }
        // A left-to-right line with a Persian run inside, in logical order.
        // Poppler moves the space after a right-to-left run to its front
        // (its reordering counts a trailing neutral as part of the run), so
        // "today" may follow the Persian word without the space.
        let (_, mixed) = fixtures::LANGUAGES[5];
        let head = "Booking app: رزرو آنلاین";
        let at = text
            .find(head)
            .unwrap_or_else(|| panic!("{mixed:?} not in order in:\n{text}"));
        let tail = text[at + head.len()..].trim_start();
        assert!(tail.starts_with("today"), "{mixed:?}: {tail:.40}");
        // A right-to-left paragraph ending in Latin: each part comes out in
        // logical order; which part comes first is the reader's guess
        // (poppler assumes left-to-right lines), so only the parts are checked.
        let (fa, latin) = fixtures::MIXED_RTL.split_at("رزرو آنلاین".len());
        assert!(
            text.contains(fa.trim()) && text.contains(latin.trim()),
            "{text}"
        );
        // Stage names, lane names and emotion notes in other scripts too.
        for s in ["Очікування", "پرداخت", "Rezervācija", "Думки", "نگرانی"]
        {
            assert!(text.contains(s), "{s:?} not found in:\n{text}");
        }
        // The persona page follows the map.
        assert!(text.contains("FRUSTRATIONS") && text.contains("Hidden extra costs"));
    }

    if let Some(fonts) = tool("pdffonts", &[], &file) {
        let rows: Vec<&str> = fonts
            .lines()
            .skip(2)
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert!(
            rows.len() >= 3,
            "Latin, Latin bold and Arabic faces:\n{fonts}"
        );
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let name = cols[0];
            let (tag, base) = name.split_once('+').unwrap_or(("", name));
            assert!(
                tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()),
                "subset tag on {name}"
            );
            assert!(base.starts_with("NotoSans"), "{name}");
            // emb, sub, uni are the three yes/no columns before the object id.
            let n = cols.len();
            assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{row}");
        }
    }

    if let Some(title) = info_field(&file, "Title") {
        assert_eq!(title, "نقشه سفر مشتری — Klientu ceļa kartēšana");
    }
    if let Some(author) = info_field(&file, "Author") {
        assert_eq!(author, "Multilingual");
    }
    // Subsetting keeps the file small: four faces are 1.5 MB whole.
    assert!(pdf.len() < 250_000, "PDF is {} bytes", pdf.len());
}

#[test]
fn fit_page_is_exactly_the_size_of_the_map() {
    let (doc, map) = fixtures::all_lanes_doc();
    let frame = layout(&doc, map, &LayoutOptions::default(), &mut Fonts::new()).unwrap();
    let opts = PdfOptions {
        maps: Maps::One(map),
        personas: false,
        ..PdfOptions::default()
    };
    let dir = Tmp(tempfile::tempdir().unwrap());
    let file = dir.write("fit.pdf", &export_pdf(&doc, &opts).unwrap());
    qpdf_check(&file);
    if let Some(sizes) = page_sizes(&file) {
        assert_eq!(sizes.len(), 1);
        let (w, h) = sizes[0];
        assert!(
            (w - frame.width * 0.75).abs() < 0.01,
            "{w} vs {}",
            frame.width * 0.75
        );
        assert!((h - frame.height * 0.75).abs() < 0.01);
    }
    // Vector output: the only pictures are the map's own (two image cards
    // showing one 320 x 200 asset), never a raster of the page.
    if let Some(list) = tool("pdfimages", &["-list"], &file) {
        let rows: Vec<Vec<&str>> = list
            .lines()
            .skip(2)
            .map(|l| l.split_whitespace().collect())
            .collect();
        assert_eq!(rows.len(), 2, "{list}");
        for r in rows {
            assert_eq!((r[3], r[4]), ("320", "200"), "{list}");
        }
    }
    if let Some(text) = text_of(&file) {
        for s in [
            "Every lane kind",
            "Impact: High",
            "Effort: Low",
            "High severity",
            "Workshop",
            "Photo of the reception desk",
            "Booking confirmed",
            "5.5 h",
            "4.5/5",
        ] {
            assert!(text.contains(s), "{s:?} not found in:\n{text}");
        }
    }
}

#[test]
fn fixed_paper_sizes_give_one_page_per_map_of_that_size() {
    let (doc, map) = fixtures::template_doc(waymark::templates::Template::B2c);
    let dir = Tmp(tempfile::tempdir().unwrap());
    for (size, orientation, expect) in [
        (PageSize::A4, Orientation::Portrait, (595.276, 841.89)),
        (PageSize::A4, Orientation::Landscape, (841.89, 595.276)),
        (PageSize::A3, Orientation::Landscape, (1190.55, 841.89)),
        (PageSize::Letter, Orientation::Portrait, (612.0, 792.0)),
        (PageSize::Tabloid, Orientation::Landscape, (1224.0, 792.0)),
    ] {
        let opts = PdfOptions {
            maps: Maps::One(map),
            page: size,
            orientation,
            personas: false,
            ..PdfOptions::default()
        };
        let file = dir.write("paper.pdf", &export_pdf(&doc, &opts).unwrap());
        let Some(sizes) = page_sizes(&file) else {
            return;
        };
        assert_eq!(sizes.len(), 1, "{size:?}: scaled to one page");
        let (w, h) = sizes[0];
        assert!(
            (w - expect.0).abs() < 0.1 && (h - expect.1).abs() < 0.1,
            "{size:?} {orientation:?}: {w} x {h}"
        );
        qpdf_check(&file);
        // Scaled, not cropped: every word lies inside the paper's margins,
        // and the map fills the printable width or height.
        if let Some((_, list)) = words(&file, 1) {
            let m = MARGIN_MM * 72.0 / 25.4;
            let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, 0.0f32, 0.0f32);
            for (word, [a, b, c, d]) in &list {
                assert!(
                    *a >= m - 1.0 && *c <= w - m + 1.0 && *b >= m - 1.0 && *d <= h - m + 1.0,
                    "{size:?} {orientation:?}: {word:?} at {:?} leaves the printable area",
                    [a, b, c, d]
                );
                (x0, y0, x1, y1) = (x0.min(*a), y0.min(*b), x1.max(*c), y1.max(*d));
            }
            assert!(list.len() > 50);
            let filled = ((x1 - x0) / (w - 2.0 * m)).max((y1 - y0) / (h - 2.0 * m));
            assert!(filled > 0.9, "{size:?} {orientation:?}: fills {filled:.2}");
        }
    }
}

#[test]
fn poster_mode_tiles_the_map_at_full_size_with_overlap_and_labels() {
    let (doc, map) = fixtures::template_doc(waymark::templates::Template::Service);
    let frame = layout(&doc, map, &LayoutOptions::default(), &mut Fonts::new()).unwrap();
    let opts = PdfOptions {
        maps: Maps::One(map),
        page: PageSize::A4,
        orientation: Orientation::Landscape,
        poster: true,
        personas: false,
        ..PdfOptions::default()
    };
    let dir = Tmp(tempfile::tempdir().unwrap());
    let file = dir.write("poster.pdf", &export_pdf(&doc, &opts).unwrap());
    qpdf_check(&file);
    // Full size: 1 layout unit = 1/96 in. The paper's margin replaces the
    // frame's blank border; A4 landscape printable area is 277 x 190 mm,
    // and neighbouring tiles overlap by 10 mm.
    let mm = |units: f32| units / 96.0 * 25.4;
    let border = waymark::layout::MARGIN;
    let (cw, ch) = (
        mm(frame.width - 2.0 * border),
        mm(frame.height - 2.0 * border),
    );
    let (aw, ah) = (297.0 - 2.0 * MARGIN_MM, 210.0 - 2.0 * MARGIN_MM);
    let cols = ((cw - OVERLAP_MM) / (aw - OVERLAP_MM)).ceil() as usize;
    let rows = ((ch - OVERLAP_MM) / (ah - OVERLAP_MM)).ceil() as usize;
    assert!(cols > 1 && rows > 1);
    if let Some(sizes) = page_sizes(&file) {
        assert_eq!(sizes.len(), cols * rows);
        assert!(
            sizes
                .iter()
                .all(|&(w, h)| (w - 841.89).abs() < 0.1 && (h - 595.276).abs() < 0.1)
        );
    }
    if let Some(text) = text_of(&file) {
        assert!(
            text.contains(&format!("A1 (row 1, column 1 of {cols}x{rows})")),
            "{text}"
        );
        assert!(text.contains(&format!("B2 (row 2, column 2 of {cols}x{rows})")));
        assert!(text.contains("Car service centre: annual service"));
    }
    // Each tile names itself at the bottom left and its map at the bottom
    // right, in the margin below the printed area; and the tiles overlap:
    // a stage name cut by the edge of tile A1 shows again on tile A2.
    let pt = 72.0 / 25.4;
    let Some(((w, h), first)) = words(&file, 1) else {
        return;
    };
    let margin: Vec<&Word> = first
        .iter()
        .filter(|(_, b)| b[1] > h - MARGIN_MM * pt - 1.0)
        .collect();
    let label = margin
        .iter()
        .find(|(t, _)| t == "A1")
        .expect("tile label in the bottom margin");
    assert!(
        (label.1[0] - MARGIN_MM * pt).abs() < 1.0,
        "label at the left"
    );
    let title_end = margin
        .iter()
        .filter(|(t, _)| t == "service")
        .map(|(_, b)| b[2])
        .fold(0.0, f32::max);
    assert!(
        (title_end - (w - MARGIN_MM * pt)).abs() < 1.0,
        "map title ends at the right margin: {title_end}"
    );
    // Printers rarely reach the last 4 mm of the sheet; labels keep clear.
    // (pdftotext boxes span the font's full height, so allow for that.)
    for (t, b) in &margin {
        assert!(
            b[3] <= h - 3.0 * pt,
            "{t:?} too close to the paper edge: {b:?}"
        );
    }
    let Some((_, second)) = words(&file, 2) else {
        return;
    };
    // A word starting inside the overlap strip at A1's right edge shows
    // again on A2, at the same height, shifted by one tile step (the
    // printable width less the overlap) to the left.
    let overlap_pt = OVERLAP_MM * pt;
    let right_edge = w - MARGIN_MM * pt;
    let step = right_edge - MARGIN_MM * pt - overlap_pt;
    let in_strip: Vec<&Word> = first
        .iter()
        .filter(|(_, b)| {
            b[0] > right_edge - overlap_pt + 0.5
                && b[0] < right_edge - 0.5
                && b[3] < h - MARGIN_MM * pt
        })
        .collect();
    assert!(!in_strip.is_empty(), "some words start within the overlap");
    for (word, b) in in_strip {
        assert!(
            second.iter().any(|(t, c)| t.starts_with(word.as_str())
                && (c[0] - (b[0] - step)).abs() < 0.5
                && (c[1] - b[1]).abs() < 0.5),
            "{word:?} at {b:?} inside the overlap of A1 is not on A2 at x {}",
            b[0] - step
        );
    }
}

#[test]
fn project_export_has_every_map_a_persona_page_bookmarks_and_the_project_title() {
    let dir = Tmp(tempfile::tempdir().unwrap());
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/samples/car-service.json"
    ))
    .unwrap();
    let doc = waymark::interchange::json::import(&json).unwrap();
    let pdf = export_pdf(&doc, &PdfOptions::default()).unwrap();
    let file = dir.write("project.pdf", &pdf);
    qpdf_check(&file);
    let maps = doc.maps();
    let personas = doc.personas().count();
    if let Some(sizes) = page_sizes(&file) {
        assert_eq!(sizes.len(), maps.len() + personas);
    }
    if let Some(title) = info_field(&file, "Title") {
        assert_eq!(title, doc.project().title);
    }
    if let Some(outline) = tool("qpdf", &["--json", "--json-key=outlines"], &file) {
        let json: serde_json::Value = serde_json::from_str(&outline).unwrap();
        let marks = json["outlines"].as_array().unwrap();
        // One bookmark per map, on the map's page, then one per persona.
        assert_eq!(marks.len(), maps.len() + personas, "{outline}");
        for (i, m) in maps.iter().enumerate() {
            assert_eq!(marks[i]["title"], m.title.as_str());
            assert_eq!(marks[i]["destpageposfrom1"], i + 1);
        }
    }
    if let Some(text) = text_of(&file) {
        for s in [
            "پذیرش",
            "Клієнтка чекає дзвінка від майстра",
            "Reģistrācija tiešsaistē",
            "Leyla Məmmədova",
        ] {
            assert!(text.contains(s), "{s:?} not found");
        }
    }
}

#[test]
fn a_persian_maps_pdf_runs_right_to_left_and_its_captions_are_persian() {
    let mut doc = waymark::Document::new(waymark::model::Project {
        id: waymark::id::ProjectId::new(),
        title: "Project".into(),
        description: String::new(),
        language: "en".into(),
    });
    let map = waymark::id::MapId::new();
    waymark::apply::apply(
        &mut doc,
        &waymark::Command::CreateMap {
            id: Some(map),
            template: waymark::templates::Template::B2b,
            title: None,
            kind: None,
            language: Some("fa".into()),
        },
    )
    .unwrap();
    // Stage names poppler reads back as words (it splits Persian text into
    // single letters, issue #15 item 7), so their places can be compared.
    let ids: Vec<_> = doc.stages(map).iter().map(|s| s.id).collect();
    for (i, id) in ids.iter().enumerate() {
        waymark::apply::apply(
            &mut doc,
            &waymark::Command::UpdateStage {
                stage: *id,
                name: Some(format!("Stage{}", i + 1)),
                description: None,
                color: None,
            },
        )
        .unwrap();
    }
    let lane = doc.lanes(map)[0].id;
    waymark::apply::apply(
        &mut doc,
        &waymark::Command::UpdateLane {
            lane,
            name: Some("Goals".into()),
            kind: None,
            color: None,
        },
    )
    .unwrap();
    // Exported from an English UI: the captions still follow the map.
    let opts = PdfOptions {
        maps: Maps::One(map),
        personas: false,
        layout: LayoutOptions {
            lang: "en".into(),
            ..LayoutOptions::default()
        },
        ..PdfOptions::default()
    };
    let dir = Tmp(tempfile::tempdir().unwrap());
    let file = dir.write("persian-rtl.pdf", &export_pdf(&doc, &opts).unwrap());
    qpdf_check(&file);
    let Some(((width, _), list)) = words(&file, 1) else {
        return;
    };
    let x_of = |name: &str| -> f32 {
        let b = list
            .iter()
            .find(|(w, _)| w == name)
            .unwrap_or_else(|| panic!("{name} is not in the PDF"))
            .1;
        (b[0] + b[2]) / 2.0
    };
    let xs: Vec<f32> = (1..=ids.len())
        .map(|i| x_of(&format!("Stage{i}")))
        .collect();
    assert!(xs.windows(2).all(|w| w[0] > w[1]), "stage centres {xs:?}");
    assert!(xs[0] > width / 2.0, "the first stage is on the right half");
    // The lane headers are right of every stage.
    let lane_x = x_of("Goals");
    assert!(
        lane_x > xs[0],
        "lane header at {lane_x}, first stage at {}",
        xs[0]
    );
    // Captions in Persian, not in the exporting UI's English.
    if let Some(text) = text_of(&file) {
        assert!(!text.contains("Customer journey map"), "{text}");
        let caption = waymark::i18n::text("fa", "header-what");
        for w in caption.split_whitespace() {
            assert!(text.contains(w), "{w} of {caption} not in:\n{text}");
        }
    }
}

/// The readable text pdftotext finds inside a box of the page (points).
fn text_in(file: &Path, r: [f32; 4]) -> String {
    let [x, y, w, h] = r.map(|v| v.round().to_string());
    let args = [
        "-enc", "UTF-8", "-r", "72", "-x", &x, "-y", &y, "-W", &w, "-H", &h,
    ];
    readable(&tool_then("pdftotext", &args, file, &["-"]).expect("pdftotext"))
}

#[test]
fn every_cards_text_reads_back_from_the_pdf_as_typed() {
    let mut texts = corpus::generated();
    texts.extend(corpus::REAL.iter().map(|s| s.to_string()));
    let (doc, map) = fixtures::cards_doc(&texts, 30);
    let frame = layout(&doc, map, &LayoutOptions::default(), &mut Fonts::new()).unwrap();
    let opts = PdfOptions {
        maps: Maps::One(map),
        personas: false,
        ..PdfOptions::default()
    };
    let dir = Tmp(tempfile::tempdir().unwrap());
    let file = dir.write("corpus.pdf", &export_pdf(&doc, &opts).unwrap());
    if tool("pdftotext", &["-v"], &file).is_none() {
        return;
    }
    let cards = &frame.geometry.as_ref().expect("a map").cards;
    assert_eq!(cards.len(), texts.len());
    // pdftotext once per card, on both cores.
    let read: Vec<(String, String)> = std::thread::scope(|s| {
        let halves: Vec<_> = cards
            .chunks(cards.len().div_ceil(2))
            .map(|part| {
                let (doc, file) = (&doc, &file);
                s.spawn(move || {
                    part.iter()
                        .map(|card| {
                            let r = card.rect;
                            let got =
                                text_in(file, [r.x * 0.75, r.y * 0.75, r.w * 0.75, r.h * 0.75]);
                            (doc.card(card.card).unwrap().text.clone(), got)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        halves.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    let sorted = |s: &str| {
        let mut v: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
        v.sort_unstable();
        v
    };
    let mut wrong = Vec::new();
    let mut exact = 0;
    for (text, got) in &read {
        let want = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if *got == want {
            exact += 1;
        }
        // Every character typed comes back, none twice, none swapped for
        // another (a joiner for a space, a bracket for its mirror image, a
        // mark dropped from its letter).
        if sorted(got) != sorted(&want) {
            wrong.push(format!("  typed {want:?}\n  read  {got:?}"));
        }
    }
    eprintln!(
        "{exact} of {} cards read back exactly, in order",
        read.len()
    );
    assert!(
        wrong.is_empty(),
        "{} of {} cards read back differently:\n{}",
        wrong.len(),
        texts.len(),
        wrong[..wrong.len().min(25)].join("\n")
    );
}
