//! The bundled fonts (Noto Sans and Noto Sans Arabic, Regular and Bold, OFL
//! 1.1, see `assets/fonts/`), compiled into the binary so layout needs no
//! files at run time and never sees system fonts: every machine lays out
//! alike. The font system that shapes with them is [`super::text::Fonts`].

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_face_parses() {
        for key in FontKey::ALL {
            let face = ttf_parser::Face::parse(key.data(), 0).expect("bundled font parses");
            assert!(face.number_of_glyphs() > 100, "{key:?}");
        }
    }
}
