//! A 40-stage x 12-lane map with three cards per cell exports to PNG at 4x
//! (about 39,000 x 11,000 pixels, 1.7 GB of raw pixels) while the process's
//! peak memory stays under 1 GiB: the image is painted and encoded in
//! strips. Alone in its test binary so no other test adds to the peak.

#[path = "export_fixtures.rs"]
mod fixtures;

use std::io::Write;
use waymark::export::{PngOptions, write_png_with};
use waymark::layout::Fonts;

/// Counts bytes and checks the PNG signature, keeping nothing.
#[derive(Default)]
struct Sink {
    bytes: u64,
    head: Vec<u8>,
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.head.len() < 24 {
            let take = (24 - self.head.len()).min(buf.len());
            self.head.extend_from_slice(&buf[..take]);
        }
        self.bytes += buf.len() as u64;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Peak resident memory of this process, in bytes (Linux only).
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

#[test]
fn huge_map_exports_at_4x_in_bounded_memory() {
    let (doc, map) = fixtures::big_doc(40, 12, 3);
    let mut sink = Sink::default();
    let mut last = 0.0f32;
    let opts = PngOptions {
        scale: 4.0,
        ..PngOptions::default()
    };
    write_png_with(&doc, map, &opts, &mut Fonts::new(), &mut sink, &mut |p| {
        assert!(p >= last, "progress only grows");
        last = p;
    })
    .expect("export");
    assert_eq!(last, 1.0, "progress reaches the end");
    assert_eq!(&sink.head[..8], b"\x89PNG\r\n\x1a\n");
    let width = u32::from_be_bytes(sink.head[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(sink.head[20..24].try_into().unwrap());
    assert!(width > 38_000 && height > 4_000, "{width} x {height}");
    let raw = width as u64 * height as u64 * 3;
    assert!(
        sink.bytes < raw / 10,
        "compressed to {} of {raw} bytes",
        sink.bytes
    );
    match peak_rss() {
        Some(peak) => {
            eprintln!(
                "{width} x {height} px, {} MB written, peak memory {} MB",
                sink.bytes / 1_000_000,
                peak / 1_000_000
            );
            assert!(peak < 1 << 30, "peak memory {} MB", peak / 1_000_000);
        }
        None => eprintln!("notice: no /proc/self/status; peak memory not checked"),
    }
}
