//! Reference images: each fixture map rendered to PNG and compared with the
//! image under `tests/ref/`, with a small tolerance (a few anti-aliased edge
//! pixels may move between machines, a wrong layout may not).
//!
//! A failing comparison writes the new image and a diff image into
//! `tests/artifacts/`. Run with `WAYMARK_UPDATE_REFS=1` to (re)write the
//! references after a deliberate change, and look at them before committing.

#[path = "export_fixtures.rs"]
mod fixtures;

use image::{Rgb, RgbImage};
use std::path::PathBuf;
use waymark::export::{PngOptions, export_png};
use waymark::id::MapId;
use waymark::model::Document;
use waymark::templates::Template;

/// A channel counts as changed when it differs by more than this.
const CHANNEL_TOLERANCE: u8 = 40;
/// At most this fraction of pixels may change.
const MAX_CHANGED: f64 = 0.0005;

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

fn check(name: &str, doc: &Document, map: MapId) {
    let actual = render(doc, map);
    let reference = root().join("ref").join(format!("{name}.png"));
    if std::env::var_os("WAYMARK_UPDATE_REFS").is_some() {
        std::fs::create_dir_all(reference.parent().unwrap()).unwrap();
        actual.save(&reference).expect("write reference");
        eprintln!("updated {}", reference.display());
        return;
    }
    let artifacts = root().join("artifacts");
    let fail = |why: String, diff: Option<RgbImage>| -> ! {
        std::fs::create_dir_all(&artifacts).unwrap();
        let new = artifacts.join(format!("{name}.png"));
        actual.save(&new).unwrap();
        let mut msg = format!("{name}: {why}; the new image is {}", new.display());
        if let Some(d) = diff {
            let p = artifacts.join(format!("{name}-diff.png"));
            d.save(&p).unwrap();
            msg.push_str(&format!(
                ", the changed pixels (red) are in {}",
                p.display()
            ));
        }
        panic!("{msg}; if the change is intended, rerun with WAYMARK_UPDATE_REFS=1");
    };
    let Ok(expected) = image::open(&reference) else {
        fail(format!("no reference at {}", reference.display()), None);
    };
    let expected = expected.to_rgb8();
    if expected.dimensions() != actual.dimensions() {
        fail(
            format!(
                "size {:?} differs from the reference's {:?}",
                actual.dimensions(),
                expected.dimensions()
            ),
            None,
        );
    }
    let (w, h) = actual.dimensions();
    let mut diff = RgbImage::new(w, h);
    let mut changed = 0u64;
    for (x, y, a) in actual.enumerate_pixels() {
        let e = expected.get_pixel(x, y);
        let bad =
            a.0.iter()
                .zip(e.0)
                .any(|(p, q)| p.abs_diff(q) > CHANNEL_TOLERANCE);
        if bad {
            changed += 1;
            diff.put_pixel(x, y, Rgb([220, 0, 0]));
        } else {
            let g = (200 + (a.0[0] as u16 + a.0[1] as u16 + a.0[2] as u16) / 15) as u8;
            diff.put_pixel(x, y, Rgb([g, g, g]));
        }
    }
    let fraction = changed as f64 / (w as f64 * h as f64);
    if fraction > MAX_CHANGED {
        fail(
            format!(
                "{changed} pixels ({:.3}%) differ from the reference, more than {:.1}%",
                fraction * 100.0,
                MAX_CHANGED * 100.0
            ),
            Some(diff),
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
