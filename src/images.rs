//! The door for pictures: decode PNG or JPEG bytes with bounded memory, turn
//! them upright, shrink them to a sensible size and re-encode them, so what is
//! stored in a project is always a small, valid image.

use crate::error::{Error, Result};
use crate::i18n::escaped;
use crate::id::AssetId;
use crate::model::Asset;
use crate::msg;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use std::io::Cursor;

/// Largest file accepted, in bytes.
pub const MAX_INPUT_BYTES: usize = 40 * 1024 * 1024;
/// Largest side of a stored image, in pixels (a persona photo or card picture
/// never needs more; exports scale it down further).
pub const MAX_SIDE: u32 = 1024;
/// Largest side of an image we agree to decode at all.
pub const MAX_DECODE_SIDE: u32 = 16_384;

/// Decode `bytes`, bound and re-encode them into an asset with `id`.
pub fn import(id: AssetId, bytes: &[u8]) -> Result<Asset> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Error::Image(msg!(
            "problem-picture-file-too-big",
            size = bytes.len() / (1024 * 1024),
            max = MAX_INPUT_BYTES / (1024 * 1024)
        )));
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(unreadable)?;
    match reader.format() {
        Some(ImageFormat::Png | ImageFormat::Jpeg) => {}
        _ => {
            return Err(Error::Image(msg!("problem-picture-format")));
        }
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DECODE_SIDE);
    limits.max_image_height = Some(MAX_DECODE_SIDE);
    limits.max_alloc = Some(1024 * 1024 * 1024);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(describe)?;
    let orientation = decoder.orientation().map_err(describe)?;
    let mut img = DynamicImage::from_decoder(decoder).map_err(describe)?;
    img.apply_orientation(orientation);
    if img.width() > MAX_SIDE || img.height() > MAX_SIDE {
        img = img.resize(MAX_SIDE, MAX_SIDE, image::imageops::FilterType::CatmullRom);
    }
    encode(id, img)
}

/// Check a stored image from foreign data (JSON import): it must decode within
/// the limits and match its declared type and size. Its bytes are kept as they
/// are, so export then import gives the same file.
pub fn verify(asset: &Asset) -> Result<()> {
    if asset.data.len() > crate::model::MAX_ASSET_BYTES {
        return Err(Error::Image(msg!("problem-picture-bytes-too-big")));
    }
    if asset.width > MAX_SIDE || asset.height > MAX_SIDE {
        return Err(Error::Image(msg!(
            "problem-picture-too-big",
            max = MAX_SIDE
        )));
    }
    let mut reader = ImageReader::new(Cursor::new(&asset.data))
        .with_guessed_format()
        .map_err(unreadable)?;
    let declared = match asset.mime.as_str() {
        "image/png" => ImageFormat::Png,
        "image/jpeg" => ImageFormat::Jpeg,
        other => {
            return Err(Error::Image(msg!(
                "problem-image-type",
                mime = escaped(other)
            )));
        }
    };
    if reader.format() != Some(declared) {
        return Err(Error::Image(msg!(
            "problem-picture-not-declared-type",
            mime = asset.mime.as_str()
        )));
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    reader.limits(limits);
    let img = reader.decode().map_err(describe)?;
    if (img.width(), img.height()) != (asset.width, asset.height) {
        return Err(Error::Image(msg!(
            "problem-picture-size-differs",
            width = img.width(),
            height = img.height(),
            declared_width = asset.width,
            declared_height = asset.height
        )));
    }
    Ok(())
}

/// The reader's own words when it cannot even start (an IO error of the
/// in-memory cursor).
fn unreadable(e: std::io::Error) -> Error {
    Error::Image(msg!("problem-picture-unreadable", detail = e.to_string()))
}

fn describe(e: image::ImageError) -> Error {
    match e {
        image::ImageError::Limits(_) => {
            Error::Image(msg!("problem-picture-too-big", max = MAX_DECODE_SIDE))
        }
        other => Error::Image(msg!(
            "problem-picture-unreadable",
            detail = other.to_string()
        )),
    }
}

/// Photos without transparency become JPEG (small); the rest stay PNG.
fn encode(id: AssetId, img: DynamicImage) -> Result<Asset> {
    let (width, height) = (img.width(), img.height());
    let mut data = Vec::new();
    let mime = if img.color().has_alpha() {
        img.to_rgba8()
            .write_to(&mut Cursor::new(&mut data), ImageFormat::Png)
            .map_err(describe)?;
        "image/png"
    } else {
        let rgb = img.to_rgb8();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut data, 85)
            .encode_image(&rgb)
            .map_err(describe)?;
        "image/jpeg"
    };
    Ok(Asset {
        id,
        mime: mime.to_string(),
        width,
        height,
        data,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32, alpha: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let img = if alpha {
            DynamicImage::ImageRgba8(image::RgbaImage::from_pixel(
                w,
                h,
                image::Rgba([9, 8, 7, 100]),
            ))
        } else {
            DynamicImage::ImageRgb8(image::RgbImage::from_pixel(w, h, image::Rgb([200, 10, 10])))
        };
        img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn large_photo_is_shrunk_to_the_stored_size_keeping_its_shape() {
        let a = import(AssetId::new(), &png(3000, 1500, false)).unwrap();
        assert_eq!((a.width, a.height), (1024, 512));
        assert_eq!(a.mime, "image/jpeg");
    }

    #[test]
    fn transparent_picture_stays_png() {
        let a = import(AssetId::new(), &png(10, 10, true)).unwrap();
        assert_eq!(a.mime, "image/png");
        assert_eq!((a.width, a.height), (10, 10));
    }

    #[test]
    fn garbage_and_foreign_formats_are_refused_with_a_reason() {
        let err = import(AssetId::new(), b"definitely not an image").unwrap_err();
        assert_eq!(err.code(), "image_refused");
        let gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;";
        assert!(
            import(AssetId::new(), gif)
                .unwrap_err()
                .to_string()
                .contains("PNG and JPEG")
        );
    }

    #[test]
    fn picture_claiming_huge_dimensions_is_refused_before_decoding() {
        // A valid PNG header that claims 100000 x 100000 pixels.
        let mut bytes = png(1, 1, false);
        bytes[16..20].copy_from_slice(&100_000u32.to_be_bytes());
        bytes[20..24].copy_from_slice(&100_000u32.to_be_bytes());
        let err = import(AssetId::new(), &bytes).unwrap_err();
        assert_eq!(err.code(), "image_refused", "{err}");
    }
}
