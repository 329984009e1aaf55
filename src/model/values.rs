//! Small validated values shared by records: colours, dates, text limits, sizes.

use crate::error::{Error, Result};
use crate::i18n::{Message, escaped};
use crate::invalid;
use serde::{Deserialize, Serialize};
use std::fmt;
use ts_rs::TS;

/// A colour as `#rrggbb` (lower case). Stored and sent as that string.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(type = "string")]
pub struct Color(String);

impl Color {
    /// Parse `#rgb` or `#rrggbb` (any case) into the canonical `#rrggbb` form.
    pub fn parse(s: &str) -> Result<Self> {
        let hex = s
            .strip_prefix('#')
            .filter(|h| h.bytes().all(|c| c.is_ascii_hexdigit()));
        let full = match hex {
            Some(h) if h.len() == 6 => h.to_ascii_lowercase(),
            Some(h) if h.len() == 3 => h
                .chars()
                .flat_map(|c| [c, c])
                .collect::<String>()
                .to_ascii_lowercase(),
            _ => {
                return Err(invalid!("problem-bad-colour", value = escaped(s)));
            }
        };
        Ok(Color(format!("#{full}")))
    }

    /// The canonical `#rrggbb` text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Red, green and blue components.
    pub fn rgb(&self) -> [u8; 3] {
        let n = u32::from_str_radix(&self.0[1..], 16).unwrap_or(0);
        [(n >> 16) as u8, (n >> 8) as u8, n as u8]
    }
}

impl TryFrom<String> for Color {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        Color::parse(&s)
    }
}

impl From<Color> for String {
    fn from(c: Color) -> String {
        c.0
    }
}

impl fmt::Debug for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A calendar date `YYYY-MM-DD` (no time zone: "last reviewed on").
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(type = "string", rename = "IsoDate")]
pub struct Date(String);

impl Date {
    /// Parse an ISO date and check that the day exists.
    pub fn parse(s: &str) -> Result<Self> {
        let bad = || invalid!("problem-bad-date", value = escaped(s));
        let parts: Vec<&str> = s.split('-').collect();
        if parts.len() != 3
            || parts[0].len() != 4
            || parts[1].len() != 2
            || parts[2].len() != 2
            || !s.bytes().all(|c| c.is_ascii_digit() || c == b'-')
        {
            return Err(bad());
        }
        let y: u32 = parts[0].parse().map_err(|_| bad())?;
        let m: u32 = parts[1].parse().map_err(|_| bad())?;
        let d: u32 = parts[2].parse().map_err(|_| bad())?;
        let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
        let days = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return Err(bad()),
        };
        if !(1..=days).contains(&d) || !(1900..=9999).contains(&y) {
            return Err(bad());
        }
        Ok(Date(s.to_string()))
    }

    /// The ISO text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Date {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        Date::parse(&s)
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.0
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Longest name (map title, stage, lane, persona name...) in characters.
pub const MAX_NAME: usize = 200;
/// Longest free text (card text, scenario, persona fields) in characters.
pub const MAX_TEXT: usize = 10_000;
/// Most items in a persona list field (goals, motivations, frustrations).
pub const MAX_LIST: usize = 50;

/// Narrowest and widest stage or step column, in layout units (CSS px at 100%).
pub const COLUMN_WIDTH: std::ops::RangeInclusive<u32> = 60..=2000;
/// Lowest and tallest lane, in layout units.
pub const LANE_HEIGHT: std::ops::RangeInclusive<u32> = 40..=2000;
/// Default width of a new stage.
pub const DEFAULT_STAGE_WIDTH: u32 = 240;
/// Default width of a new step.
pub const DEFAULT_STEP_WIDTH: u32 = 160;
/// Default height of a new lane.
pub const DEFAULT_LANE_HEIGHT: u32 = 120;

/// Most maps in one project.
pub const MAX_MAPS: usize = 200;
/// Most stages in one map.
pub const MAX_STAGES: usize = 200;
/// Most steps in one stage.
pub const MAX_STEPS: usize = 20;
/// Most lanes in one map.
pub const MAX_LANES: usize = 60;
/// Most cards in one cell.
pub const MAX_CARDS_PER_CELL: usize = 500;
/// Most cards in one project.
pub const MAX_CARDS: usize = 200_000;
/// Most personas in one project.
pub const MAX_PERSONAS: usize = 200;
/// Most personas linked to one map ("one persona, sometimes two").
pub const MAX_PERSONAS_PER_MAP: usize = 4;
/// Most images stored in one project.
pub const MAX_ASSETS: usize = 2_000;

/// Emotion scale: most negative and most positive value.
pub const EMOTION_RANGE: std::ops::RangeInclusive<i8> = -2..=2;

/// Check free text: at most `max` characters and no control characters other
/// than line feed and tab (hostile or binary text is refused, not cleaned).
/// `field` is the catalog key of the field's name (`field-card-text`).
pub fn check_text(field: &str, text: &str, max: usize) -> Result<()> {
    let count = text.chars().count();
    if count > max {
        return Err(invalid!(
            "problem-text-too-long",
            field = Message::new(field),
            count = count,
            max = max
        ));
    }
    if let Some(c) = text
        .chars()
        .find(|c| c.is_control() && *c != '\n' && *c != '\t')
    {
        return Err(invalid!(
            "problem-control-character",
            field = Message::new(field),
            code = format!("{:04X}", c as u32)
        ));
    }
    Ok(())
}

/// Check a name: like [`check_text`] with [`MAX_NAME`], single line and not blank.
pub fn check_name(field: &str, name: &str) -> Result<()> {
    if name.trim().is_empty() {
        return Err(invalid!("problem-blank", field = Message::new(field)));
    }
    check_line(field, name)
}

/// Check a single-line field that may be empty.
pub fn check_line(field: &str, text: &str) -> Result<()> {
    check_text(field, text, MAX_NAME)?;
    if text.contains('\n') {
        return Err(invalid!(
            "problem-not-one-line",
            field = Message::new(field)
        ));
    }
    Ok(())
}

/// Check that a size lies in its allowed range.
pub fn check_size(field: &str, value: u32, range: std::ops::RangeInclusive<u32>) -> Result<()> {
    if range.contains(&value) {
        Ok(())
    } else {
        Err(invalid!(
            "problem-size-range",
            field = Message::new(field),
            value = value,
            min = *range.start(),
            max = *range.end()
        ))
    }
}

/// Check a BCP 47 language tag's shape (`az`, `fa-IR`, `sr-Latn`); empty
/// means "not set".
pub fn check_language(tag: &str) -> Result<()> {
    let ok = tag.is_empty()
        || tag.split('-').enumerate().all(|(i, part)| {
            let n = part.len();
            if i == 0 {
                (2..=8).contains(&n) && part.bytes().all(|c| c.is_ascii_alphabetic())
            } else {
                (1..=8).contains(&n) && part.bytes().all(|c| c.is_ascii_alphanumeric())
            }
        });
    if ok {
        Ok(())
    } else {
        Err(invalid!("problem-bad-language", value = escaped(tag)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_accepts_short_and_long_hex_and_normalises_case() {
        assert_eq!(Color::parse("#ABC").unwrap().as_str(), "#aabbcc");
        assert_eq!(Color::parse("#1F6FEB").unwrap().rgb(), [0x1f, 0x6f, 0xeb]);
        assert!(Color::parse("red").is_err());
        assert!(Color::parse("#12345g").is_err());
    }

    #[test]
    fn date_refuses_days_that_do_not_exist() {
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2025-02-29").is_err());
        assert!(Date::parse("2025-13-01").is_err());
        assert!(Date::parse("25-01-01").is_err());
        assert!(Date::parse("2025-1-01").is_err());
    }

    #[test]
    fn text_refuses_control_characters_but_keeps_persian_joiners() {
        assert!(check_text("field-card-text", "نقشه\u{200C}ها\nline", 100).is_ok());
        let err = check_text("field-card-text", "bell\u{7}", 100).unwrap_err();
        assert_eq!(
            err.to_string(),
            "card text contains the control character U+0007"
        );
        assert!(check_name("field-stage-name", "  ").is_err());
        assert!(check_text("field-card-text", &"é".repeat(11), 10).is_err());
    }
}
