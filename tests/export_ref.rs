//! Reference images: each fixture map rendered to PNG and compared with the
//! image under `tests/ref/`, with a small tolerance (a few anti-aliased edge
//! pixels may move between machines, a wrong layout may not).
//!
//! Changed pixels are also counted per 16x16 block, so one changed letter
//! (a lost diacritic, a Persian letter with the wrong dots) fails even where
//! the overall fraction would let it pass; a test proves it. A failing
//! comparison writes the new image and a diff image into `tests/artifacts/`.
//! Run with `WAYMARK_UPDATE_REFS=1` to (re)write the references after a
//! deliberate change, and look at them before committing.

#[path = "export_fixtures.rs"]
mod fixtures;

use image::{Rgb, RgbImage};
use std::path::{Path, PathBuf};
use waymark::command::{CardPatch, Command};
use waymark::export::{PngOptions, export_png};
use waymark::id::MapId;
use waymark::model::Document;
use waymark::templates::Template;

/// A channel counts as changed when it differs by more than this.
const CHANNEL_TOLERANCE: u8 = 16;
/// At most this fraction of pixels may change.
const MAX_CHANGED: f64 = 0.0005;
/// Side of the square blocks changed pixels are counted in.
const BLOCK: u32 = 16;
/// At most this many changed pixels in any one block.
const MAX_IN_BLOCK: u32 = 4;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn render(doc: &Document, map: MapId) -> RgbImage {
    let opts = PngOptions {
        scale: 1.0,
        ..PngOptions::default()
    };
    let png = export_png(doc, map, &opts).expect("export");
    image::load_from_memory(&png).expect("decodes").to_rgb8()
}

/// Compare `actual` with the reference image at `reference`. On a mismatch
/// the new image (and, when the sizes agree, a diff with the changed pixels
/// in red) goes to `artifacts` as `{name}.png` and `{name}-diff.png`, and the
/// reason comes back.
fn compare(
    name: &str,
    actual: &RgbImage,
    reference: &Path,
    artifacts: &Path,
) -> Result<(), String> {
    let fail = |why: String, diff: Option<RgbImage>| -> String {
        std::fs::create_dir_all(artifacts).expect("artifacts directory");
        let new = artifacts.join(format!("{name}.png"));
        actual.save(&new).expect("write the new image");
        let mut msg = format!("{name}: {why}; the new image is {}", new.display());
        if let Some(d) = diff {
            let p = artifacts.join(format!("{name}-diff.png"));
            d.save(&p).expect("write the diff");
            msg.push_str(&format!(
                ", the changed pixels (red) are in {}",
                p.display()
            ));
        }
        msg
    };
    let Ok(expected) = image::open(reference) else {
        return Err(fail(
            format!("no reference at {}", reference.display()),
            None,
        ));
    };
    let expected = expected.to_rgb8();
    if expected.dimensions() != actual.dimensions() {
        return Err(fail(
            format!(
                "size {:?} differs from the reference's {:?}",
                actual.dimensions(),
                expected.dimensions()
            ),
            None,
        ));
    }
    let (w, h) = actual.dimensions();
    let mut diff = RgbImage::new(w, h);
    let mut changed = 0u64;
    // Changed pixels per block: anti-aliasing noise is spread thin along
    // edges, a changed glyph is a cluster.
    let (bw, bh) = (w.div_ceil(BLOCK), h.div_ceil(BLOCK));
    let mut blocks = vec![0u32; (bw * bh) as usize];
    for (x, y, a) in actual.enumerate_pixels() {
        let e = expected.get_pixel(x, y);
        let bad =
            a.0.iter()
                .zip(e.0)
                .any(|(p, q)| p.abs_diff(q) > CHANNEL_TOLERANCE);
        if bad {
            changed += 1;
            blocks[((y / BLOCK) * bw + x / BLOCK) as usize] += 1;
            diff.put_pixel(x, y, Rgb([220, 0, 0]));
        } else {
            let g = (200 + (a.0[0] as u16 + a.0[1] as u16 + a.0[2] as u16) / 15) as u8;
            diff.put_pixel(x, y, Rgb([g, g, g]));
        }
    }
    let fraction = changed as f64 / (w as f64 * h as f64);
    let worst = blocks.iter().copied().max().unwrap_or(0);
    if fraction > MAX_CHANGED || worst > MAX_IN_BLOCK {
        return Err(fail(
            format!(
                "{changed} pixels ({:.3}%, at most {:.3}% allowed) differ from the \
                 reference, up to {worst} in one {BLOCK}x{BLOCK} block (at most \
                 {MAX_IN_BLOCK} allowed)",
                fraction * 100.0,
                MAX_CHANGED * 100.0
            ),
            Some(diff),
        ));
    }
    Ok(())
}

fn check(name: &str, doc: &Document, map: MapId) {
    let actual = render(doc, map);
    let reference = root().join("ref").join(format!("{name}.png"));
    if std::env::var_os("WAYMARK_UPDATE_REFS").is_some() {
        std::fs::create_dir_all(reference.parent().expect("tests/ref")).expect("tests/ref");
        actual.save(&reference).expect("write reference");
        eprintln!("updated {}", reference.display());
        return;
    }
    if let Err(msg) = compare(name, &actual, &reference, &root().join("artifacts")) {
        panic!("{msg}; if the change is intended, rerun with WAYMARK_UPDATE_REFS=1");
    }
}

/// The multilingual map with one card's text replaced.
fn multilingual_with(card: u64, text: &str) -> (Document, MapId) {
    let (mut doc, map) = fixtures::multilingual_doc();
    let card = fixtures::uid(card).parse().expect("card id");
    waymark::apply::apply(
        &mut doc,
        &Command::EditCard {
            card,
            patch: CardPatch {
                text: Some(text.to_string()),
                ..CardPatch::default()
            },
        },
    )
    .expect("edit card");
    (doc, map)
}

#[test]
fn a_one_letter_change_fails_the_comparison_and_leaves_the_new_image_and_a_diff() {
    if std::env::var_os("WAYMARK_UPDATE_REFS").is_some() {
        return;
    }
    let reference = root().join("ref/multilingual.png");
    let artifacts = tempfile::tempdir().expect("temp dir");
    // The unchanged map passes (the tolerance is not too tight) ...
    let (doc, map) = fixtures::multilingual_doc();
    compare("same", &render(&doc, map), &reference, artifacts.path())
        .expect("the fixture matches its reference");
    // ... a lost diacritic ("ə" drawn as "e") and a Persian letter swapped
    // ("ش" for "س") do not (the tolerance is not too loose).
    for (what, card, text) in [
        ("latin", 300, "Müşterinin səyahət xəritəsi"),
        ("persian", 304, "نقشه شفر مشتری"),
    ] {
        let (doc, map) = multilingual_with(card, text);
        let err = compare(what, &render(&doc, map), &reference, artifacts.path())
            .expect_err("one changed letter must fail");
        assert!(err.contains("differ from the reference"), "{err}");
        let new = image::open(artifacts.path().join(format!("{what}.png"))).expect("new image");
        let diff = image::open(artifacts.path().join(format!("{what}-diff.png"))).expect("diff");
        assert_eq!(new.width(), diff.width());
        assert!(
            diff.to_rgb8().pixels().any(|p| p.0 == [220, 0, 0]),
            "the diff marks the change"
        );
    }
}

#[test]
fn blank_template_matches_reference() {
    let (doc, map) = fixtures::template_doc(Template::Blank);
    check("template-blank", &doc, map);
}

#[test]
fn b2c_template_matches_reference() {
    let (doc, map) = fixtures::template_doc(Template::B2c);
    check("template-b2c", &doc, map);
}

#[test]
fn b2b_template_matches_reference() {
    let (doc, map) = fixtures::template_doc(Template::B2b);
    check("template-b2b", &doc, map);
}

#[test]
fn service_template_matches_reference() {
    let (doc, map) = fixtures::template_doc(Template::Service);
    check("template-service", &doc, map);
}

#[test]
fn multilingual_map_matches_reference() {
    let (doc, map) = fixtures::multilingual_doc();
    check("multilingual", &doc, map);
}

#[test]
fn every_lane_kind_matches_reference() {
    let (doc, map) = fixtures::all_lanes_doc();
    check("all-lanes", &doc, map);
}
