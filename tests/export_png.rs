//! PNG export: sizes per scale, the resolution recorded in the file,
//! transparent and white backgrounds, both compression levels, and the
//! streaming path for huge images giving the very same pixels.

mod common;
#[path = "export_fixtures.rs"]
mod fixtures;

use waymark::export::{Compression, PngOptions, export_png};
use waymark::layout::{Fonts, LayoutOptions, layout};
use waymark::templates::Template;

/// The `pHYs` chunk's (x, y, unit), if the file has one.
fn phys(png: &[u8]) -> Option<(u32, u32, u8)> {
    let mut at = 8;
    while at + 8 <= png.len() {
        let len = u32::from_be_bytes(png[at..at + 4].try_into().ok()?) as usize;
        let kind = &png[at + 4..at + 8];
        let data = png.get(at + 8..at + 8 + len)?;
        if kind == b"pHYs" {
            let x = u32::from_be_bytes(data[0..4].try_into().ok()?);
            let y = u32::from_be_bytes(data[4..8].try_into().ok()?);
            return Some((x, y, data[8]));
        }
        at += 12 + len;
    }
    None
}

#[test]
fn size_follows_the_scale_and_the_file_records_its_dpi() {
    let (doc, map) = fixtures::template_doc(Template::Blank);
    let frame = layout(&doc, map, &LayoutOptions::default(), &mut Fonts::new()).unwrap();
    for scale in [1.0f32, 3.0] {
        let opts = PngOptions {
            scale,
            ..PngOptions::default()
        };
        let png = export_png(&doc, map, &opts).unwrap();
        let img = image::load_from_memory(&png).unwrap();
        assert_eq!(img.width(), (frame.width * scale).ceil() as u32);
        assert_eq!(img.height(), (frame.height * scale).ceil() as u32);
        let dpi = 96.0 * scale;
        let ppm = (dpi / 0.0254).round() as u32;
        assert_eq!(phys(&png), Some((ppm, ppm, 1)), "{dpi} dpi in pHYs");
    }
}

#[test]
fn background_is_white_or_transparent_as_asked() {
    let (doc, map) = fixtures::template_doc(Template::B2c);
    let white = export_png(
        &doc,
        map,
        &PngOptions {
            scale: 1.0,
            ..PngOptions::default()
        },
    )
    .unwrap();
    let img = image::load_from_memory(&white).unwrap();
    assert!(
        !img.color().has_alpha(),
        "an opaque export needs no alpha channel"
    );
    assert_eq!(img.to_rgb8().get_pixel(2, 2).0, [255, 255, 255]);

    let opts = PngOptions {
        scale: 1.0,
        transparent: true,
        ..PngOptions::default()
    };
    let clear = image::load_from_memory(&export_png(&doc, map, &opts).unwrap())
        .unwrap()
        .to_rgba8();
    assert_eq!(clear.get_pixel(2, 2).0[3], 0, "margin is transparent");
    let frame = layout(&doc, map, &LayoutOptions::default(), &mut Fonts::new()).unwrap();
    let g = frame.geometry.unwrap();
    let inside = clear.get_pixel(g.grid.x as u32 + 60, g.grid.y as u32 + 20);
    assert_eq!(inside.0[3], 255, "the grid stays opaque");
}

#[test]
fn both_compression_levels_and_the_streamed_file_hold_the_same_pixels() {
    let (doc, map) = fixtures::all_lanes_doc();
    let fast = export_png(
        &doc,
        map,
        &PngOptions {
            scale: 1.0,
            ..PngOptions::default()
        },
    )
    .unwrap();
    let best = export_png(
        &doc,
        map,
        &PngOptions {
            scale: 1.0,
            compression: Compression::Default,
            ..PngOptions::default()
        },
    )
    .unwrap();
    let streamed = export_png(
        &doc,
        map,
        &PngOptions {
            scale: 1.0,
            max_buffer_bytes: 0,
            ..PngOptions::default()
        },
    )
    .unwrap();
    let pixels = |b: &[u8]| image::load_from_memory(b).unwrap().to_rgba8().into_raw();
    let reference = pixels(&fast);
    let same = |what: &str, other: Vec<u8>| {
        assert_eq!(other.len(), reference.len(), "{what}: size");
        let differ = other.iter().zip(&reference).filter(|(a, b)| a != b).count();
        let first = other.iter().zip(&reference).position(|(a, b)| a != b);
        assert_eq!(
            differ, 0,
            "{what}: {differ} bytes differ, first at byte {first:?}"
        );
    };
    same("default compression", pixels(&best));
    same("streamed", pixels(&streamed));
    assert!(
        best.len() <= fast.len(),
        "default compression is not larger"
    );
    assert_eq!(phys(&streamed), phys(&fast));
    // The streamed file compresses: well under the raw pixel size.
    assert!(
        streamed.len() < reference.len() / 4,
        "{} bytes",
        streamed.len()
    );
}

#[test]
fn scale_outside_one_to_four_is_refused_with_a_reason() {
    let (doc, map) = fixtures::template_doc(Template::Blank);
    for scale in [0.5f32, 4.5, f32::NAN] {
        let err = export_png(
            &doc,
            map,
            &PngOptions {
                scale,
                ..PngOptions::default()
            },
        )
        .unwrap_err();
        assert_eq!(err.code(), "export_failed");
        assert!(err.to_string().contains("between 1 and 4"), "{err}");
    }
}

#[test]
fn a_right_to_left_maps_png_has_its_lane_headers_at_the_right() {
    let (mut doc, map) = fixtures::template_doc(Template::B2c);
    let theme = waymark::layout::Theme::builtin().unwrap();
    let header = theme.colors.lane_header;
    let opts = PngOptions {
        scale: 1.0,
        ..PngOptions::default()
    };
    let frame = layout(&doc, map, &LayoutOptions::default(), &mut Fonts::new()).unwrap();
    let g = frame.geometry.unwrap();
    // A point inside the lane header column of a left-to-right map, and its
    // mirror across the grid, halfway down the second lane (below its name).
    let lane = &g.lanes[1];
    let y = (lane.y + lane.height - 6.0) as u32;
    let left = (g.grid.x + 12.0) as u32;
    let right = (g.grid.right() - 12.0) as u32;
    let pixel = |png: &[u8], x: u32| {
        let img = image::load_from_memory(png).unwrap().to_rgba8();
        let p = img.get_pixel(x, y).0;
        (p[0], p[1], p[2]) == (header.r, header.g, header.b)
    };
    let ltr = export_png(&doc, map, &opts).unwrap();
    assert!(pixel(&ltr, left) && !pixel(&ltr, right));
    waymark::apply::apply(&mut doc, &common::set_map(map, Some("fa"), None)).unwrap();
    let rtl = export_png(&doc, map, &opts).unwrap();
    assert!(
        pixel(&rtl, right) && !pixel(&rtl, left),
        "a Persian map's PNG keeps its lane headers at the left"
    );
}
