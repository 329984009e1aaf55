//! When a map is due for review. Maps go stale; the usual advice is to review
//! one every six months, so a map shows when it was last reviewed and whether
//! that was more than six calendar months ago. The screen (the scene) and the
//! export header both ask [`review`], so they always agree.
//!
//! "Today" is always a parameter: the core reads no clock, the shell passes
//! the user's local date.

use super::values::Date;
use serde::Serialize;
use ts_rs::TS;

/// How many calendar months a review stays fresh.
pub const REVIEW_MONTHS: i8 = 6;

/// A map's review state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Review {
    /// The map has never been reviewed.
    Never,
    /// The map was last reviewed on `date`.
    Reviewed {
        /// The day of the last review.
        date: Date,
        /// More than six calendar months lie between `date` and today.
        due: bool,
    },
}

/// The review state of a map last reviewed on `last_reviewed`, seen on
/// `today` (`None` when the day is not known, e.g. a reproducible export:
/// then nothing is due).
///
/// A review is due once today is later than the same day six months on; a
/// day that month lacks falls back to its last day (reviewed 2026-08-31:
/// fresh until 2027-02-28, due from 2027-03-01).
pub fn review(last_reviewed: Option<&Date>, today: Option<jiff::civil::Date>) -> Review {
    let Some(date) = last_reviewed else {
        return Review::Never;
    };
    let due = today.is_some_and(|today| {
        date.as_str()
            .parse::<jiff::civil::Date>()
            .ok()
            .and_then(|d| d.checked_add(jiff::Span::new().months(REVIEW_MONTHS)).ok())
            .is_some_and(|fresh_until| today > fresh_until)
    });
    Review::Reviewed {
        date: date.clone(),
        due,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn on(reviewed: &str, today: jiff::civil::Date) -> Review {
        review(Some(&Date::parse(reviewed).unwrap()), Some(today))
    }

    fn due(r: &Review) -> bool {
        matches!(r, Review::Reviewed { due: true, .. })
    }

    #[test]
    fn a_map_never_reviewed_says_so_whatever_the_day() {
        assert_eq!(review(None, Some(date(2026, 12, 7))), Review::Never);
        assert_eq!(review(None, None), Review::Never);
    }

    #[test]
    fn a_review_five_months_old_is_not_due_and_one_seven_months_old_is() {
        let today = date(2026, 12, 7);
        let five = on("2026-07-07", today);
        assert_eq!(
            five,
            Review::Reviewed {
                date: Date::parse("2026-07-07").unwrap(),
                due: false
            }
        );
        assert!(due(&on("2026-05-07", today)));
    }

    #[test]
    fn a_review_is_due_only_after_six_whole_months() {
        assert!(!due(&on("2026-06-07", date(2026, 12, 7))), "exactly six");
        assert!(due(&on("2026-06-07", date(2026, 12, 8))));
    }

    #[test]
    fn month_ends_clamp_to_the_shorter_month() {
        // 2026-08-31 + 6 months = 2027-02-28 (no 31st, no 29th in 2027).
        assert!(!due(&on("2026-08-31", date(2027, 2, 28))));
        assert!(due(&on("2026-08-31", date(2027, 3, 1))));
        // In a leap year the 29th of February exists.
        assert!(!due(&on("2027-08-31", date(2028, 2, 29))));
        assert!(due(&on("2027-08-31", date(2028, 3, 1))));
    }

    #[test]
    fn without_today_nothing_is_due() {
        let r = review(Some(&Date::parse("2000-01-01").unwrap()), None);
        assert!(!due(&r));
    }

    #[test]
    fn the_review_state_reads_as_tagged_json() {
        let r = on("2026-10-15", date(2026, 12, 7));
        assert_eq!(
            serde_json::to_value(&r).unwrap(),
            serde_json::json!({"state": "reviewed", "date": "2026-10-15", "due": false})
        );
        assert_eq!(
            serde_json::to_value(Review::Never).unwrap(),
            serde_json::json!({"state": "never"})
        );
    }
}
