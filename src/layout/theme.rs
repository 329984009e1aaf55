//! The shared visual constants of `assets/theme.json` (the UI reads the same
//! file), typed. Compiled in, so layout needs no files at run time.

use super::frame::Rgba;
use crate::error::{Error, Result};
use crate::model::{LaneKind, Level};
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;

const THEME_JSON: &str = include_str!("../../assets/theme.json");

impl<'de> Deserialize<'de> for Rgba {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Rgba::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("bad colour {s:?}")))
    }
}

/// Font sizes and line height.
#[derive(Clone, Debug, Deserialize)]
#[allow(missing_docs)]
pub struct FontTheme {
    pub size: f32,
    pub line_height: f32,
    pub small_size: f32,
    pub header_size: f32,
    pub lane_header_size: f32,
    pub title_size: f32,
    pub subtitle_size: f32,
}

/// Grid measures.
#[derive(Clone, Debug, Deserialize)]
#[allow(missing_docs)]
pub struct GridTheme {
    pub lane_header_width: f32,
    pub stage_header_height: f32,
    pub step_header_height: f32,
    pub cell_padding: f32,
    pub card_gap: f32,
    pub card_padding: f32,
    pub card_radius: f32,
    pub card_min_height: f32,
    pub icon_size: f32,
    pub line: f32,
}

/// Named colours.
#[derive(Clone, Debug, Deserialize)]
#[allow(missing_docs)]
pub struct Colors {
    pub background: Rgba,
    pub canvas: Rgba,
    pub grid_line: Rgba,
    pub text: Rgba,
    pub muted: Rgba,
    pub stage_header: Rgba,
    pub stage_header_text: Rgba,
    pub step_header: Rgba,
    pub step_header_text: Rgba,
    pub lane_header: Rgba,
    pub lane_header_text: Rgba,
}

/// A lane kind's colours.
#[derive(Clone, Copy, Debug, Deserialize)]
pub struct LaneColors {
    /// Header accent, icons, badges.
    pub accent: Rgba,
    /// Default card fill.
    pub card: Rgba,
}

/// Colours of the three levels (severity, impact, effort).
#[derive(Clone, Debug, Deserialize)]
#[allow(missing_docs)]
pub struct Levels {
    pub low: Rgba,
    pub medium: Rgba,
    pub high: Rgba,
}

/// The emotion lane's look.
#[derive(Clone, Debug, Deserialize)]
#[allow(missing_docs)]
pub struct EmotionTheme {
    pub curve: Rgba,
    pub curve_width: f32,
    pub marker_radius: f32,
    pub critical: Rgba,
    pub band_positive: Rgba,
    pub band_negative: Rgba,
    pub faces: BTreeMap<String, Rgba>,
}

/// The whole theme.
#[derive(Clone, Debug, Deserialize)]
#[allow(missing_docs)]
pub struct Theme {
    pub font: FontTheme,
    pub grid: GridTheme,
    pub colors: Colors,
    pub lanes: BTreeMap<String, LaneColors>,
    pub levels: Levels,
    pub emotion: EmotionTheme,
}

impl Theme {
    /// The built-in theme (`assets/theme.json`).
    pub fn builtin() -> Result<Theme> {
        serde_json::from_str(THEME_JSON)
            .map_err(|e| Error::Export(crate::msg!("problem-theme", detail = e.to_string())))
    }

    /// Colours of a lane kind (neutral grey if the theme lacks it).
    pub fn lane(&self, kind: LaneKind) -> LaneColors {
        self.lanes
            .get(kind.as_str())
            .copied()
            .unwrap_or(LaneColors {
                accent: self.colors.muted,
                card: self.colors.lane_header,
            })
    }

    /// Colour of a level.
    pub fn level(&self, level: Level) -> Rgba {
        match level {
            Level::Low => self.levels.low,
            Level::Medium => self.levels.medium,
            Level::High => self.levels.high,
        }
    }

    /// Face colour of an emotion value (-2..=2).
    pub fn face(&self, value: i8) -> Rgba {
        self.emotion
            .faces
            .get(&value.clamp(-2, 2).to_string())
            .copied()
            .unwrap_or(self.emotion.curve)
    }

    /// Line height of text at `size`.
    pub fn line(&self, size: f32) -> f32 {
        (size * self.font.line_height).round()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_theme_has_colours_for_every_lane_kind_and_emotion_value() {
        let t = Theme::builtin().unwrap();
        for kind in LaneKind::ALL {
            assert!(t.lanes.contains_key(kind.as_str()), "{kind:?}");
        }
        for v in -2..=2 {
            assert!(t.emotion.faces.contains_key(&v.to_string()));
        }
    }
}
