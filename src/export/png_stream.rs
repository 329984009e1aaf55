//! A streaming PNG writer for images too large to hold in memory.
//!
//! The `image` crate's PNG encoder (used for ordinary sizes) takes the whole
//! image as one buffer and writes no `pHYs` chunk; a 40-stage map at 4x
//! would need more than a gigabyte for that buffer. This writer takes rows as
//! they are rendered: each row is Up-filtered and fed to a small zlib
//! stream (LZ77 over a 32 KiB window, fixed Huffman codes: about what fast
//! zlib levels achieve on flat map graphics), flushed as `IDAT` chunks.

use std::io::Write;

/// The PNG file signature.
pub(crate) const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];

/// CRC-32 (ISO 3309) lookup table, built at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        t[n] = c;
        n += 1;
    }
    t
};

/// CRC-32 as PNG chunks use it, over several byte slices in a row.
pub(crate) fn crc32(parts: &[&[u8]]) -> u32 {
    let mut c = 0xffff_ffffu32;
    for part in parts {
        for &b in *part {
            c = CRC_TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
        }
    }
    c ^ 0xffff_ffff
}

/// A whole chunk: length, type, data, CRC.
pub(crate) fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 12);
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    out.extend_from_slice(&crc32(&[kind, data]).to_be_bytes());
    out
}

/// The `pHYs` chunk: pixels per metre in both directions.
pub(crate) fn phys(pixels_per_metre: u32) -> Vec<u8> {
    let mut d = Vec::with_capacity(9);
    d.extend_from_slice(&pixels_per_metre.to_be_bytes());
    d.extend_from_slice(&pixels_per_metre.to_be_bytes());
    d.push(1);
    chunk(b"pHYs", &d)
}

const WINDOW: usize = 32 * 1024;
/// Zeros to compare and copy blocks against (identical pixels filter to zeros).
static ZEROS: [u8; 4096] = [0; 4096];
const MAX_MATCH: usize = 258;
const MIN_MATCH: usize = 4;
const HASH_BITS: u32 = 15;
const LEN_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LEN_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];

/// Bits written least significant first, as deflate wants.
#[derive(Default)]
struct Bits {
    acc: u64,
    n: u32,
    out: Vec<u8>,
}

impl Bits {
    fn put(&mut self, value: u32, count: u32) {
        self.acc |= (value as u64) << self.n;
        self.n += count;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }
    /// A Huffman code, whose bits go most significant first.
    fn code(&mut self, code: u32, len: u32) {
        self.put(code.reverse_bits() >> (32 - len), len);
    }
    fn align(&mut self) {
        if self.n > 0 {
            self.put(0, 8 - self.n);
        }
    }
}

/// Fixed-Huffman code of a literal/length symbol.
fn lit_code(sym: u32) -> (u32, u32) {
    match sym {
        0..=143 => (0x30 + sym, 8),
        144..=255 => (0x190 + sym - 144, 9),
        256..=279 => (sym - 256, 7),
        _ => (0xc0 + sym - 280, 8),
    }
}

/// A zlib stream compressing data as it arrives.
struct Zlib {
    /// History (up to one window) followed by data not yet compressed.
    buf: Vec<u8>,
    /// Absolute position of `buf[0]`.
    base: usize,
    /// Absolute position of the first byte not yet compressed.
    pos: usize,
    /// Last absolute position (+1) seen for each hash of 4 bytes.
    head: Vec<usize>,
    bits: Bits,
    adler: (u32, u32),
}

impl Zlib {
    fn new() -> Zlib {
        let mut bits = Bits::default();
        bits.out.extend_from_slice(&[0x78, 0x01]);
        Zlib {
            buf: Vec::with_capacity(4 * WINDOW),
            base: 0,
            pos: 0,
            head: vec![0; 1 << HASH_BITS],
            bits,
            adler: (1, 0),
        }
    }

    fn adler(&mut self, data: &[u8]) {
        let (mut a, mut b) = self.adler;
        for chunk in data.chunks(4096) {
            if chunk == &ZEROS[..chunk.len()] {
                // Zeros leave `a` alone and add `a` to `b` once per byte.
                b = ((b as u64 + a as u64 * chunk.len() as u64) % 65521) as u32;
                continue;
            }
            for &x in chunk {
                a += x as u32;
                b += a;
            }
            a %= 65521;
            b %= 65521;
        }
        self.adler = (a, b);
    }

    fn hash(w: &[u8]) -> usize {
        let v = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
        (v.wrapping_mul(0x9e37_79b1) >> (32 - HASH_BITS)) as usize
    }

    /// Add data; compress all of it that has enough lookahead (or all when `last`).
    fn write(&mut self, data: &[u8], last: bool) {
        self.adler(data);
        self.buf.extend_from_slice(data);
        let end_abs = self.base + self.buf.len();
        let stop = if last {
            end_abs
        } else {
            end_abs.saturating_sub(MAX_MATCH)
        };
        if stop > self.pos {
            self.compress(stop, end_abs);
        }
        // Keep one window of history.
        let keep_from = self.pos.saturating_sub(WINDOW);
        if keep_from > self.base + 2 * WINDOW {
            self.buf.drain(..keep_from - self.base);
            self.base = keep_from;
        }
    }

    /// Compress absolute positions `pos..stop` as one fixed-Huffman block;
    /// matches may look ahead up to `end`.
    fn compress(&mut self, stop: usize, end: usize) {
        self.bits.put(0b010, 3); // not final, fixed Huffman
        let mut i = self.pos;
        while i < stop {
            let at = i - self.base;
            let mut best = 0;
            let mut dist = 0;
            if i + MIN_MATCH <= end {
                let h = Zlib::hash(&self.buf[at..at + 4]);
                let cand = self.head[h];
                self.head[h] = i + 1;
                if cand > 0 && cand > self.base && i - (cand - 1) <= WINDOW {
                    let c = cand - 1 - self.base;
                    let max = (end - i).min(MAX_MATCH);
                    let mut len = 0;
                    while len + 8 <= max
                        && self.buf[c + len..c + len + 8] == self.buf[at + len..at + len + 8]
                    {
                        len += 8;
                    }
                    while len < max && self.buf[c + len] == self.buf[at + len] {
                        len += 1;
                    }
                    if len >= MIN_MATCH {
                        best = len;
                        dist = at - c;
                    }
                }
            }
            if best >= MIN_MATCH {
                self.emit_match(best, dist);
                // Index the match's last position, so runs keep chaining.
                let last = i + best - 1;
                if last + MIN_MATCH <= end {
                    let la = last - self.base;
                    let h = Zlib::hash(&self.buf[la..la + 4]);
                    self.head[h] = last + 1;
                }
                i += best;
            } else {
                let (c, l) = lit_code(self.buf[at] as u32);
                self.bits.code(c, l);
                i += 1;
            }
        }
        let (c, l) = lit_code(256);
        self.bits.code(c, l);
        self.pos = i;
    }

    fn emit_match(&mut self, len: usize, dist: usize) {
        let li = LEN_BASE.partition_point(|&b| b as usize <= len) - 1;
        let (c, l) = lit_code(257 + li as u32);
        self.bits.code(c, l);
        if LEN_EXTRA[li] > 0 {
            self.bits
                .put((len - LEN_BASE[li] as usize) as u32, LEN_EXTRA[li] as u32);
        }
        let di = DIST_BASE.partition_point(|&b| b as usize <= dist) - 1;
        self.bits.code(di as u32, 5);
        if DIST_EXTRA[di] > 0 {
            self.bits.put(
                (dist - DIST_BASE[di] as usize) as u32,
                DIST_EXTRA[di] as u32,
            );
        }
    }

    /// Take the compressed bytes produced so far.
    fn take(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.bits.out)
    }

    /// End the stream: an empty final block, then the Adler-32 checksum.
    fn finish(&mut self) -> Vec<u8> {
        self.write(&[], true);
        self.bits.put(0b011, 3); // final, fixed Huffman
        let (c, l) = lit_code(256);
        self.bits.code(c, l);
        self.bits.align();
        let adler = (self.adler.1 << 16) | self.adler.0;
        self.bits.out.extend_from_slice(&adler.to_be_bytes());
        self.take()
    }
}

/// Writes a PNG row by row.
pub(crate) struct PngStream<W: Write> {
    out: W,
    z: Zlib,
    row_len: usize,
    prev: Vec<u8>,
    filtered: Vec<u8>,
    rows_left: u32,
}

fn io(e: std::io::Error) -> crate::Error {
    crate::Error::Export(crate::msg!("problem-png-write", detail = e.to_string()))
}

impl<W: Write> PngStream<W> {
    /// Start a PNG of `width` x `height` pixels with 3 (RGB) or 4 (RGBA)
    /// 8-bit channels, recording `pixels_per_metre` in `pHYs`.
    pub fn new(
        mut out: W,
        width: u32,
        height: u32,
        channels: u8,
        pixels_per_metre: u32,
    ) -> crate::Result<PngStream<W>> {
        let mut ihdr = Vec::with_capacity(13);
        ihdr.extend_from_slice(&width.to_be_bytes());
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, if channels == 4 { 6 } else { 2 }, 0, 0, 0]);
        out.write_all(&SIGNATURE).map_err(io)?;
        out.write_all(&chunk(b"IHDR", &ihdr)).map_err(io)?;
        out.write_all(&phys(pixels_per_metre)).map_err(io)?;
        let row_len = width as usize * channels as usize;
        Ok(PngStream {
            out,
            z: Zlib::new(),
            row_len,
            prev: vec![0; row_len],
            filtered: Vec::with_capacity(row_len + 1),
            rows_left: height,
        })
    }

    /// Add whole rows (any number, `row_len` bytes each, top to bottom).
    pub fn write_rows(&mut self, rows: &[u8]) -> crate::Result<()> {
        for row in rows.chunks_exact(self.row_len) {
            if self.rows_left == 0 {
                return Err(crate::Error::export("problem-png-rows"));
            }
            self.rows_left -= 1;
            self.filtered.clear();
            self.filtered.push(2);
            up(row, &self.prev, &mut self.filtered);
            self.prev.copy_from_slice(row);
            self.z.write(&self.filtered, false);
            let bytes = self.z.take();
            if bytes.len() >= 64 * 1024 || self.rows_left == 0 {
                self.idat(&bytes)?;
            } else {
                self.z.bits.out = bytes;
            }
        }
        Ok(())
    }

    fn idat(&mut self, data: &[u8]) -> crate::Result<()> {
        if !data.is_empty() {
            self.out.write_all(&chunk(b"IDAT", data)).map_err(io)?;
        }
        Ok(())
    }

    /// Finish the file and give the writer back.
    pub fn finish(mut self) -> crate::Result<W> {
        if self.rows_left != 0 {
            return Err(crate::Error::Export(crate::msg!(
                "problem-png-missing-rows",
                count = self.rows_left
            )));
        }
        let rest = self.z.finish();
        let mut pending = std::mem::take(&mut self.z.bits.out);
        pending.extend_from_slice(&rest);
        self.idat(&pending)?;
        self.out.write_all(&chunk(b"IEND", &[])).map_err(io)?;
        self.out.flush().map_err(io)?;
        Ok(self.out)
    }
}

/// Up-filter `row` against `prev` into `out`. Blocks equal to the row above
/// (most of a map: flat fills, vertical edges) become zeros by a compare and
/// a copy, without a loop over their bytes.
fn up(row: &[u8], prev: &[u8], out: &mut Vec<u8>) {
    const BLOCK: usize = 64;
    for (r, p) in row.chunks(BLOCK).zip(prev.chunks(BLOCK)) {
        if r == p {
            out.extend_from_slice(&ZEROS[..r.len()]);
        } else {
            out.extend(r.iter().zip(p).map(|(a, b)| a.wrapping_sub(*b)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_matches_the_png_specification_example() {
        // CRC of the IEND chunk type is the well-known AE426082.
        assert_eq!(crc32(&[b"IEND"]), 0xae42_6082);
    }

    #[test]
    fn streamed_png_decodes_to_the_same_pixels() {
        let (w, h) = (301u32, 77u32);
        let mut pixels = Vec::new();
        for y in 0..h {
            for x in 0..w {
                let flat = y < 20 || x > 200;
                let v = if flat {
                    240
                } else {
                    ((x * 7 + y * 13) % 251) as u8
                };
                pixels.extend_from_slice(&[
                    v,
                    (x % 256) as u8,
                    if flat { 10 } else { y as u8 },
                    255,
                ]);
            }
        }
        let mut s = PngStream::new(Vec::new(), w, h, 4, 3780).unwrap();
        for rows in pixels.chunks(w as usize * 4 * 10) {
            s.write_rows(rows).unwrap();
        }
        let bytes = s.finish().unwrap();
        let img = image::load_from_memory(&bytes).unwrap().to_rgba8();
        assert_eq!((img.width(), img.height()), (w, h));
        assert_eq!(img.into_raw(), pixels);
        assert!(
            bytes.len() < pixels.len() / 2,
            "compresses: {} bytes",
            bytes.len()
        );
    }
}
