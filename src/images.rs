//! The door for pictures: decode PNG or JPEG bytes with bounded memory, turn
//! them upright, shrink them to a sensible size and re-encode them, so what is
//! stored in a project is always a small, valid image. Also the one edit that
//! puts a user's picture file on a persona or a card (`picture_edit`), and
//! reading such a file with its size bounded first (`read_file`).

use crate::command::{CardPatch, Command, PersonaPatch};
use crate::error::{Error, FileProblem, Result};
use crate::i18n::{Label, escaped};
use crate::id::{AssetId, CardId, LaneId, PersonaId, StageId, StepId};
use crate::model::Asset;
use crate::msg;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use serde::Deserialize;
use std::io::Cursor;
use std::path::Path;

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

/// Where a user's picture goes: the page's `set_image` target,
/// `{"kind": "persona", "persona"}`, `{"kind": "card", "card"}` or
/// `{"kind": "new_card", "lane", "stage", "step"?, "index"?}`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum PictureTarget {
    /// A persona's photo.
    Persona {
        /// The persona.
        persona: PersonaId,
    },
    /// An existing card's picture.
    Card {
        /// The card.
        card: CardId,
    },
    /// A new picture card in a cell.
    NewCard {
        /// Its lane (one whose cards take a picture).
        lane: LaneId,
        /// Its stage.
        stage: StageId,
        /// Its step, when the stage has steps.
        #[serde(default)]
        step: Option<StepId>,
        /// Its place in the cell; last when left out.
        #[serde(default)]
        index: Option<usize>,
    },
}

/// The edit that stores a picture file's bytes as a new image and puts it
/// on `target`, as one undo step named for what it does
/// (`history-set-persona-photo`, `history-set-card-picture`,
/// `history-add-picture`). `file_name` is the picture's file name: a new
/// card's alternative text is its stem (`Reception desk.jpg` gives
/// `Reception desk`). The bytes are checked when the edit is applied; a
/// refused picture changes nothing.
pub fn picture_edit(target: PictureTarget, data: Vec<u8>, file_name: &str) -> Command {
    let asset = AssetId::new();
    let (label, then) = match target {
        PictureTarget::Persona { persona } => (
            "history-set-persona-photo",
            Command::UpdatePersona {
                persona,
                patch: PersonaPatch {
                    photo: Some(Some(asset)),
                    ..PersonaPatch::default()
                },
            },
        ),
        PictureTarget::Card { card } => (
            "history-set-card-picture",
            Command::EditCard {
                card,
                patch: CardPatch {
                    image: Some(Some(asset)),
                    ..CardPatch::default()
                },
            },
        ),
        PictureTarget::NewCard {
            lane,
            stage,
            step,
            index,
        } => (
            "history-add-picture",
            Command::AddCard {
                id: None,
                lane,
                stage,
                step,
                index,
                color: None,
                content: CardPatch {
                    image: Some(Some(asset)),
                    alt: Some(stem(file_name)),
                    ..CardPatch::default()
                },
            },
        ),
    };
    Command::Batch {
        label: Some(Label::key(label)),
        commands: vec![
            Command::AddImage {
                id: Some(asset),
                data,
            },
            then,
        ],
    }
}

/// A file name without its folder and its last extension.
fn stem(file_name: &str) -> String {
    Path::new(file_name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Read a picture file the user chose, refusing a file larger than
/// [`MAX_INPUT_BYTES`] before reading it.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    let too_big = MAX_INPUT_BYTES as u64;
    let io = |e: std::io::Error| Error::file(path, FileProblem::io(&e));
    let len = std::fs::metadata(path).map_err(io)?.len();
    if len > too_big {
        return Err(Error::Image(msg!(
            "problem-picture-path-too-big",
            path = path.display().to_string(),
            size = len / (1024 * 1024),
            max = too_big / (1024 * 1024)
        )));
    }
    std::fs::read(path).map_err(io)
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
    fn a_new_picture_cards_alternative_text_is_the_file_names_stem() {
        assert_eq!(stem("Reception desk.jpg"), "Reception desk");
        assert_eq!(stem("/home/a/photo.final.png"), "photo.final");
        assert_eq!(stem(""), "");
    }

    #[test]
    fn a_picture_target_reads_the_pages_json_and_nothing_else() {
        let lane = LaneId::new();
        let stage = StageId::new();
        let t: PictureTarget = serde_json::from_value(serde_json::json!({
            "kind": "new_card", "lane": lane, "stage": stage, "step": null
        }))
        .unwrap();
        assert_eq!(
            t,
            PictureTarget::NewCard {
                lane,
                stage,
                step: None,
                index: None
            }
        );
        let odd = serde_json::from_value::<PictureTarget>(serde_json::json!({
            "kind": "card", "card": CardId::new(), "colour": "red"
        }));
        assert!(odd.is_err(), "unknown fields are refused");
    }

    #[test]
    fn a_picture_file_too_large_is_refused_before_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("huge.png");
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(MAX_INPUT_BYTES as u64 + 1).unwrap();
        let err = read_file(&path).unwrap_err();
        assert_eq!(err.code(), "image_refused");
        assert!(err.to_string().contains("huge.png"), "{err}");
        let missing = read_file(&dir.path().join("gone.png")).unwrap_err();
        assert_eq!(missing.code(), "file_io");
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
