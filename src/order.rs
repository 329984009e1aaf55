//! Order keys: strings that sort siblings (stages, lanes, cards in a cell...).
//!
//! A key is a base-62 fraction written with the ASCII-ordered digits
//! `0-9A-Za-z`, so plain string comparison gives the order. A new key can always
//! be made between two others, which means moving one card changes one record
//! (its key), not every sibling: small changes, small history rows, and maps that
//! can later be merged. Keys never end in `0`, which keeps room below every key.

const DIGITS: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BASE: u32 = 62;

fn value(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'A'..=b'Z' => Some(u32::from(c - b'A') + 10),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 36),
        _ => None,
    }
}

fn digit(v: u32) -> char {
    DIGITS[v as usize] as char
}

/// Tell whether `key` is a well-formed order key (non-empty, base-62, no trailing `0`).
pub fn is_valid(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 256
        && key.bytes().all(|c| value(c).is_some())
        && !key.ends_with('0')
}

/// Make a key that sorts strictly between `lo` and `hi` (`None` = open end).
///
/// Callers pass well-formed keys with `lo < hi`; anything else is a bug in the
/// caller, so this panics rather than returning a key that breaks the order.
pub fn between(lo: Option<&str>, hi: Option<&str>) -> String {
    if let (Some(a), Some(b)) = (lo, hi) {
        assert!(a < b, "order::between called with {a:?} >= {b:?}");
    }
    match (lo, hi) {
        (None, None) => "V".to_string(),
        (Some(a), None) => after(a),
        (lo, Some(b)) => midpoint(lo.unwrap_or("").as_bytes(), Some(b.as_bytes())),
    }
}

/// The smallest step up from `a` at its first digit that can still grow; keeps
/// repeated appends short (61 appends per extra character).
fn after(a: &str) -> String {
    let bytes = a.as_bytes();
    for (i, &c) in bytes.iter().enumerate() {
        let v = value(c).unwrap_or(0);
        if v + 1 < BASE {
            let mut out = String::with_capacity(i + 1);
            out.push_str(&a[..i]);
            out.push(digit(v + 1));
            return out;
        }
    }
    format!("{a}1")
}

/// Midpoint of two fractions `0.a` and `0.b` (`b = None` means 1.0), `a < b`.
fn midpoint(a: &[u8], b: Option<&[u8]>) -> String {
    if let Some(b) = b {
        let shared = b
            .iter()
            .enumerate()
            .take_while(|(i, c)| a.get(*i).copied().unwrap_or(b'0') == **c)
            .count();
        if shared > 0 {
            let prefix = std::str::from_utf8(&b[..shared]).unwrap_or_default();
            let rest_a = a.get(shared..).unwrap_or(&[]);
            return format!("{prefix}{}", midpoint(rest_a, Some(&b[shared..])));
        }
    }
    let da = a.first().and_then(|&c| value(c)).unwrap_or(0);
    let db = b
        .and_then(|b| b.first())
        .and_then(|&c| value(c))
        .unwrap_or(BASE);
    if db - da > 1 {
        return digit((da + db) / 2).to_string();
    }
    // Neighbouring first digits: either b's first digit alone already sorts
    // between them, or keep a's first digit and go one place deeper.
    match b {
        Some(b) if b.len() > 1 => digit(db).to_string(),
        _ => format!("{}{}", digit(da), midpoint(a.get(1..).unwrap_or(&[]), None)),
    }
}

/// Make `n` evenly spaced keys of equal length, for bulk loads (import, templates).
pub fn spread(n: usize) -> Vec<String> {
    let mut len = 1;
    let mut room: u64 = u64::from(BASE) - 1;
    while room < n as u64 + 1 {
        len += 1;
        room = room.saturating_mul(u64::from(BASE));
    }
    let step = (room + 1) / (n as u64 + 1);
    (1..=n as u64)
        .map(|i| {
            let mut v = i * step;
            // Keep the key free of a trailing zero digit.
            if v.is_multiple_of(u64::from(BASE)) {
                v += 1;
            }
            let mut chars = vec!['0'; len];
            for slot in chars.iter_mut().rev() {
                *slot = digit((v % u64::from(BASE)) as u32);
                v /= u64::from(BASE);
            }
            chars.into_iter().collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn first_key_is_in_the_middle() {
        assert_eq!(between(None, None), "V");
    }

    #[test]
    fn appends_stay_short() {
        let mut last = between(None, None);
        for _ in 0..1000 {
            let next = between(Some(&last), None);
            assert!(next > last && is_valid(&next));
            last = next;
        }
        assert!(
            last.len() <= 18,
            "1000 appends grew the key to {}",
            last.len()
        );
    }

    #[test]
    fn prepends_never_run_out_of_room() {
        let mut first = between(None, None);
        for _ in 0..500 {
            let next = between(None, Some(&first));
            assert!(next < first && is_valid(&next), "{next} !< {first}");
            first = next;
        }
    }

    #[test]
    fn spread_keys_are_sorted_equal_length_and_valid() {
        for n in [0, 1, 2, 61, 62, 3843, 5000] {
            let keys = spread(n);
            assert_eq!(keys.len(), n);
            assert!(
                keys.windows(2)
                    .all(|w| w[0] < w[1] && w[0].len() == w[1].len())
            );
            assert!(keys.iter().all(|k| is_valid(k)), "{n}");
        }
    }

    proptest! {
        #[test]
        fn inserting_anywhere_keeps_strict_order(positions in proptest::collection::vec(0usize..1000, 1..300)) {
            let mut keys: Vec<String> = Vec::new();
            for p in positions {
                let i = p % (keys.len() + 1);
                let lo = if i == 0 { None } else { Some(keys[i - 1].as_str()) };
                let hi = keys.get(i).map(String::as_str);
                let k = between(lo, hi);
                prop_assert!(is_valid(&k));
                if let Some(lo) = lo { prop_assert!(lo < k.as_str()); }
                if let Some(hi) = hi { prop_assert!(k.as_str() < hi); }
                keys.insert(i, k);
            }
        }
    }
}
