//! The bundled fonts (Noto Sans and Noto Sans Arabic, Regular and Bold, OFL
//! 1.1, see `assets/fonts/`), compiled into the binary so layout needs no
//! files at run time and never sees system fonts: every machine lays out
//! alike.

use super::text::{ShapeKey, TextBlock};
use cosmic_text::{FontSystem, fontdb};
use std::collections::HashMap;
use std::sync::Arc;

/// One of the bundled font faces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FontKey {
    /// Noto Sans Regular: Latin, Cyrillic, Greek.
    SansRegular,
    /// Noto Sans Bold.
    SansBold,
    /// Noto Sans Arabic Regular: Arabic script (Persian included).
    ArabicRegular,
    /// Noto Sans Arabic Bold.
    ArabicBold,
}

impl FontKey {
    /// Every bundled face.
    pub const ALL: [FontKey; 4] = [
        FontKey::SansRegular,
        FontKey::SansBold,
        FontKey::ArabicRegular,
        FontKey::ArabicBold,
    ];

    /// The font file's bytes.
    pub fn data(self) -> &'static [u8] {
        match self {
            FontKey::SansRegular => include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
            FontKey::SansBold => include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
            FontKey::ArabicRegular => {
                include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf")
            }
            FontKey::ArabicBold => include_bytes!("../../assets/fonts/NotoSansArabic-Bold.ttf"),
        }
    }

    /// The face's PostScript name (used to name the font in PDFs).
    pub fn postscript_name(self) -> &'static str {
        match self {
            FontKey::SansRegular => "NotoSans-Regular",
            FontKey::SansBold => "NotoSans-Bold",
            FontKey::ArabicRegular => "NotoSansArabic-Regular",
            FontKey::ArabicBold => "NotoSansArabic-Bold",
        }
    }
}

/// The family every text style asks for; cosmic-text falls back to Noto Sans
/// Arabic for Arabic script by itself.
pub const FAMILY: &str = "Noto Sans";

/// The font system layout shapes with, built from the bundled fonts only.
///
/// Building it parses four font files, so keep one and pass it to every
/// layout call (it also caches shaping data between calls).
pub struct Fonts {
    pub(crate) system: FontSystem,
    ids: Vec<(fontdb::ID, FontKey)>,
    /// Shaped text blocks by what they depend on.
    pub(crate) shaped: HashMap<ShapeKey, TextBlock>,
}

impl Fonts {
    /// Load the bundled fonts into a fresh font system.
    pub fn new() -> Fonts {
        let mut db = fontdb::Database::new();
        let mut ids = Vec::new();
        for key in FontKey::ALL {
            let source = fontdb::Source::Binary(Arc::new(key.data()));
            for id in db.load_font_source(source) {
                ids.push((id, key));
            }
        }
        db.set_sans_serif_family(FAMILY);
        // A fixed locale, not the machine's, so fallback choices never differ.
        let system = FontSystem::new_with_locale_and_db("en-US".to_string(), db);
        Fonts {
            system,
            ids,
            shaped: HashMap::new(),
        }
    }

    /// Which bundled face a font-system id stands for.
    pub(crate) fn key_of(&self, id: fontdb::ID) -> Option<FontKey> {
        self.ids.iter().find(|(i, _)| *i == id).map(|(_, k)| *k)
    }
}

impl Default for Fonts {
    fn default() -> Self {
        Fonts::new()
    }
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts")
            .field("faces", &self.ids.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_four_bundled_faces_are_loaded() {
        let fonts = Fonts::new();
        assert_eq!(fonts.system.db().len(), 4);
        let families: Vec<String> = fonts
            .system
            .db()
            .faces()
            .map(|f| f.families[0].0.clone())
            .collect();
        assert!(families.iter().all(|f| f.starts_with("Noto Sans")));
    }

    #[test]
    fn every_bundled_face_parses() {
        for key in FontKey::ALL {
            let face = ttf_parser::Face::parse(key.data(), 0).expect("bundled font parses");
            assert!(face.number_of_glyphs() > 100, "{key:?}");
        }
    }
}
