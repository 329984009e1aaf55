//! Words for people, kept out of the data: Project Fluent catalogs and the
//! language-neutral [`Message`] that names a sentence by key.
//!
//! The core never stores or sends English sentences as data. What it says to
//! people is a [`Message`]: a catalog key (`history-move-card`,
//! `problem-name-blank`...) and its arguments. The page renders messages in
//! the user's language with its own copy of the catalogs; the core renders
//! them only where it draws or prints text itself (export captions, the CLI,
//! an error's `Display`).
//!
//! The catalogs are `assets/locales/<lang>/core.ftl` and `templates.ftl`
//! (the built-in maps' words), compiled in, one
//! concurrent `FluentBundle` per language, parsed once on first use and shared
//! by every thread (they never change while the program runs, so they are
//! constants rather than state). A language without a catalog, or a key
//! missing from one, falls back to English; a key missing from the English
//! catalog renders as the key itself, so the gap is visible (and a test keeps
//! every key the code uses in the English catalog).
//!
//! Isolation marks: Fluent wraps every placeable in FSI/PDI (U+2068/U+2069)
//! so that an argument of the other direction (a Latin file name in a Persian
//! sentence, a Persian lane name in an English one) cannot reorder the text
//! around it. Catalogs other than English keep them (they matter most in
//! Persian). The English catalog turns them off: its output goes to
//! terminals, logs and tests, where the invisible marks only break copying
//! and comparing, and its export captions interpolate only
//! left-to-right values (dates, numbers, English labels). The page renders
//! its own messages with fluent.js and decides there.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::sync::LazyLock;

/// The language every message falls back to.
pub const FALLBACK: &str = "en";

/// The compiled-in catalogs: language tag and the text of its files, the
/// core's words (`core.ftl`) and the built-in templates' content
/// (`templates.ftl`, which the page never needs).
const SOURCES: &[(&str, [&str; 2])] = &[
    (
        "en",
        [
            include_str!("../assets/locales/en/core.ftl"),
            include_str!("../assets/locales/en/templates.ftl"),
        ],
    ),
    (
        "az",
        [
            include_str!("../assets/locales/az/core.ftl"),
            include_str!("../assets/locales/az/templates.ftl"),
        ],
    ),
    (
        "fa",
        [
            include_str!("../assets/locales/fa/core.ftl"),
            include_str!("../assets/locales/fa/templates.ftl"),
        ],
    ),
    (
        "lv",
        [
            include_str!("../assets/locales/lv/core.ftl"),
            include_str!("../assets/locales/lv/templates.ftl"),
        ],
    ),
    (
        "tr",
        [
            include_str!("../assets/locales/tr/core.ftl"),
            include_str!("../assets/locales/tr/templates.ftl"),
        ],
    ),
    (
        "uk",
        [
            include_str!("../assets/locales/uk/core.ftl"),
            include_str!("../assets/locales/uk/templates.ftl"),
        ],
    ),
];

/// One argument of a message: a string, a number, or another message (an
/// error's underlying problem, a field's name), rendered in the same language
/// before it is put in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(untagged)]
pub enum Arg {
    /// A whole number (counts, sizes, limits).
    Int(i64),
    /// Any other number.
    Num(f64),
    /// Text, put in as it is.
    Text(String),
    /// A message rendered first.
    Message(Box<Message>),
}

/// A sentence by key: what the core says to people, in no language yet.
///
/// JSON: `{"key": "history-move-cards", "args": {"count": 3}}` (`args` may be
/// left out when empty).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// Catalog key, e.g. `history-move-card`.
    pub key: String,
    /// Named arguments.
    #[serde(default)]
    pub args: BTreeMap<String, Arg>,
}

impl Message {
    /// A message without arguments.
    pub fn new(key: impl Into<String>) -> Self {
        Message {
            key: key.into(),
            args: BTreeMap::new(),
        }
    }

    /// Add (or replace) an argument.
    pub fn arg(mut self, name: &str, value: impl Into<Arg>) -> Self {
        self.args.insert(name.to_string(), value.into());
        self
    }

    /// The message in `lang` (English when there is no such catalog or key).
    pub fn render(&self, lang: &str) -> String {
        render(lang, &self.key, &self.args)
    }
}

/// English, for logs, the CLI and error sentences.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(FALLBACK))
    }
}

/// What an undo step is called: a message, or text from before messages
/// (a label an old file stored, or a batch label given as a plain string),
/// shown as it is.
///
/// JSON: a message `{"key": ..., "args": {...}}` or `{"text": "..."}`; a plain
/// string is read as text.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
#[serde(untagged)]
pub enum Label {
    /// A catalog message.
    Message(Message),
    /// Text shown as it is.
    Text {
        /// The text.
        text: String,
    },
}

impl Label {
    /// A label from a catalog key without arguments.
    pub fn key(key: &str) -> Self {
        Label::Message(Message::new(key))
    }

    /// Literal text.
    pub fn text(text: impl Into<String>) -> Self {
        Label::Text { text: text.into() }
    }

    /// The label in `lang`.
    pub fn render(&self, lang: &str) -> String {
        match self {
            Label::Message(m) => m.render(lang),
            Label::Text { text } => text.clone(),
        }
    }
}

impl From<Message> for Label {
    fn from(m: Message) -> Self {
        Label::Message(m)
    }
}

/// English, for the CLI.
impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(FALLBACK))
    }
}

impl<'de> Deserialize<'de> for Label {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Text {
            text: String,
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr {
            Message(Message),
            Text(Text),
            Plain(String),
        }
        match Repr::deserialize(d).map_err(|_| {
            serde::de::Error::custom(
                "a label is a message {\"key\", \"args\"}, {\"text\": ...} or a string",
            )
        })? {
            Repr::Message(m) => Ok(Label::Message(m)),
            Repr::Text(Text { text }) | Repr::Plain(text) => Ok(Label::Text { text }),
        }
    }
}

/// Text from outside (a value the user typed, a file's content) as an
/// argument, with control characters escaped the way Rust's `{:?}` does, so a
/// message never carries raw control codes to a terminal. The catalog puts
/// the quotes around it.
pub fn escaped(s: &str) -> Arg {
    Arg::Text(s.escape_debug().to_string())
}

macro_rules! int_args {
    ($($t:ty),+) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )+};
}
int_args!(i8, i16, i32, i64, u8, u16, u32, u64, usize);

impl From<f64> for Arg {
    fn from(n: f64) -> Arg {
        Arg::Num(n)
    }
}

impl From<f32> for Arg {
    fn from(n: f32) -> Arg {
        Arg::Num(n as f64)
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Message(Box::new(m))
    }
}

impl From<Label> for Arg {
    fn from(l: Label) -> Arg {
        match l {
            Label::Message(m) => Arg::Message(Box::new(m)),
            Label::Text { text } => Arg::Text(text),
        }
    }
}

impl Arg {
    fn value(&self, lang: &str) -> FluentValue<'static> {
        match self {
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Message(m) => FluentValue::from(m.render(lang)),
        }
    }
}

/// One language's catalog.
struct Catalog {
    lang: &'static str,
    bundle: FluentBundle<FluentResource>,
}

static CATALOGS: LazyLock<Vec<Catalog>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(lang, texts)| Catalog {
            lang,
            bundle: bundle(lang, texts),
        })
        .collect()
});

/// Build a bundle from a language's catalog files. A syntax error drops only
/// the broken entries (their keys then fall back); a test keeps the catalogs
/// clean.
fn bundle(lang: &str, texts: &[&str]) -> FluentBundle<FluentResource> {
    let id = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(lang != FALLBACK);
    for text in texts {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        // Overriding entries are reported but the first one is kept.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The catalog for a language tag: exact (`fa`), or by its primary language
/// (`fa-IR` -> `fa`), case-insensitive.
fn catalog(lang: &str) -> Option<&'static Catalog> {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang);
    CATALOGS
        .iter()
        .find(|c| c.lang.eq_ignore_ascii_case(lang))
        .or_else(|| {
            CATALOGS
                .iter()
                .find(|c| c.lang.eq_ignore_ascii_case(primary))
        })
}

fn format(catalog: &Catalog, key: &str, args: &BTreeMap<String, Arg>) -> Option<String> {
    let message = catalog.bundle.get_message(key)?;
    let pattern = message.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(name.clone(), value.value(catalog.lang));
    }
    let mut errors = Vec::new();
    Some(
        catalog
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned(),
    )
}

/// Render `key` with `args` in `lang`: the language's catalog, else English,
/// else the key itself.
pub fn render(lang: &str, key: &str, args: &BTreeMap<String, Arg>) -> String {
    catalog(lang)
        .and_then(|c| format(c, key, args))
        .or_else(|| catalog(FALLBACK).and_then(|c| format(c, key, args)))
        .unwrap_or_else(|| key.to_string())
}

/// Render a key without arguments in `lang`.
pub fn text(lang: &str, key: &str) -> String {
    render(lang, key, &BTreeMap::new())
}

/// Tell whether a language has a catalog of its own (not only the fallback).
pub fn has_language(lang: &str) -> bool {
    catalog(lang).is_some()
}

/// The languages with a catalog.
pub fn languages() -> impl Iterator<Item = &'static str> {
    SOURCES.iter().map(|(lang, _)| *lang)
}

/// The first of `wanted` (the user's choice, then the system's locales, in
/// order; `uk-UA`, `uk_UA.UTF-8` and `uk` all find `uk`) that has a catalog,
/// else English.
pub fn negotiate<'a>(wanted: impl IntoIterator<Item = &'a str>) -> &'static str {
    wanted
        .into_iter()
        .find_map(|w| catalog(w.split('.').next().unwrap_or(w)))
        .map_or(FALLBACK, |c| c.lang)
}

/// Which way a language's text runs: `"rtl"` or `"ltr"` (the `dir` value of
/// HTML), from the direction of its likely script in the Unicode locale data
/// (`az` is written in Latin letters, `fa` in Arabic ones; the language
/// alone would count `az` right to left).
pub fn direction(lang: &str) -> &'static str {
    let mut id: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
    id.maximize();
    match id.character_direction() {
        unic_langid::CharacterDirection::RTL => "rtl",
        _ => "ltr",
    }
}

/// Tell whether the English catalog has `key`.
pub fn has_key(key: &str) -> bool {
    has_key_in(FALLBACK, key)
}

/// Tell whether `lang`'s own catalog has `key` (not counting the fallback).
pub fn has_key_in(lang: &str, key: &str) -> bool {
    catalog(lang).is_some_and(|c| c.bundle.has_message(key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn args(pairs: &[(&str, Arg)]) -> BTreeMap<String, Arg> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    #[test]
    fn every_catalog_parses_cleanly_and_defines_each_key_once() {
        for (lang, texts) in SOURCES {
            let mut bundle = FluentBundle::new_concurrent(vec![lang.parse().unwrap()]);
            for text in texts {
                let resource = FluentResource::try_new(text.to_string());
                assert!(
                    resource.is_ok(),
                    "{lang}: {:?}",
                    resource.err().map(|e| e.1)
                );
                let added = bundle.add_resource(resource.unwrap());
                assert!(added.is_ok(), "{lang}: {added:?}");
            }
        }
    }

    #[test]
    fn english_renders_plain_text_without_isolation_marks() {
        let m = Message::new("history-move-cards").arg("count", 3);
        assert_eq!(m.render("en"), "Move 3 cards");
        assert_eq!(m.to_string(), "Move 3 cards");
        assert_eq!(
            Message::new("history-move-cards")
                .arg("count", 1)
                .render("en"),
            "Move 1 card"
        );
        let text = render(
            "en",
            "problem-step-needed",
            &args(&[("stage", "نام".into())]),
        );
        assert_eq!(text, "stage \"نام\" is split into steps; name the step");
        assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
    }

    #[test]
    fn the_first_wanted_language_with_a_catalog_is_chosen() {
        assert_eq!(negotiate(["en-GB"]), "en");
        assert_eq!(negotiate(["C", "POSIX"]), "en");
        assert_eq!(negotiate(["xx-YY", "en_US.UTF-8"]), "en");
        assert_eq!(negotiate(std::iter::empty()), "en");
        for lang in languages() {
            let posix = format!("{lang}_XX.UTF-8");
            assert_eq!(negotiate(["xx", posix.as_str()]), lang);
        }
    }

    #[test]
    fn persian_runs_right_to_left_and_the_others_left_to_right() {
        assert_eq!(direction("fa"), "rtl");
        assert_eq!(direction("fa-IR"), "rtl");
        for lang in ["en", "az", "tr", "uk", "lv", "not a tag"] {
            assert_eq!(direction(lang), "ltr", "{lang}");
        }
    }

    #[test]
    fn unknown_languages_and_regions_fall_back_to_english() {
        for lang in ["xx", "", "en-GB", "EN", "en_US"] {
            assert_eq!(text(lang, "history-add-card"), "Add card", "{lang}");
        }
        assert!(has_language("en-GB"));
        assert!(has_language("fa-IR"));
        assert!(!has_language("xx"));
        assert_eq!(
            languages().collect::<Vec<_>>(),
            ["en", "az", "fa", "lv", "tr", "uk"]
        );
    }

    #[test]
    fn each_language_speaks_its_own_words() {
        let english = text("en", "history-add-card");
        for lang in languages().filter(|l| *l != FALLBACK) {
            let own = text(lang, "history-add-card");
            assert!(!own.is_empty() && own != english, "{lang}: {own}");
            let region = format!("{lang}-XX");
            assert_eq!(text(&region, "history-add-card"), own, "{region}");
        }
    }

    #[test]
    fn ukrainian_counts_take_the_plural_form_of_their_number() {
        let moved = |n: i64| render("uk", "history-move-cards", &args(&[("count", n.into())]));
        for n in [1, 21] {
            assert!(moved(n).contains("картки"), "{}", moved(n));
        }
        for n in [5, 11, 12] {
            assert!(moved(n).contains("карток"), "{}", moved(n));
        }
        // Arguments are isolated (FSI ... PDI) outside English.
        assert!(moved(3).contains("\u{2068}3\u{2069}"), "{}", moved(3));
    }

    #[test]
    fn a_missing_key_renders_as_the_key_so_the_gap_shows() {
        assert_eq!(text("en", "no-such-key"), "no-such-key");
        assert_eq!(text("xx", "no-such-key"), "no-such-key");
        assert!(!has_key("no-such-key"));
    }

    #[test]
    fn nested_messages_are_rendered_before_they_are_put_in() {
        let problem = Message::new("problem-blank").arg("field", Message::new("field-stage-name"));
        let error = Message::new("error-import-refused").arg("problem", problem);
        assert_eq!(
            error.render("en"),
            "import refused: stage name must not be empty"
        );
    }

    #[test]
    fn a_message_travels_as_key_and_args() {
        let m = Message::new("history-move-cards").arg("count", 3);
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"key":"history-move-cards","args":{"count":3}}"#);
        assert_eq!(serde_json::from_str::<Message>(&json).unwrap(), m);
        let bare: Message = serde_json::from_str(r#"{"key":"history-add-card"}"#).unwrap();
        assert_eq!(bare, Message::new("history-add-card"));
        let mixed: Message =
            serde_json::from_str(r#"{"key":"k","args":{"n":2,"x":1.5,"s":"t","m":{"key":"j"}}}"#)
                .unwrap();
        assert_eq!(mixed.args["n"], Arg::Int(2));
        assert_eq!(mixed.args["x"], Arg::Num(1.5));
        assert_eq!(mixed.args["s"], Arg::Text("t".into()));
        assert_eq!(mixed.args["m"], Arg::Message(Box::new(Message::new("j"))));
        assert!(serde_json::from_str::<Message>(r#"{"key":"k","extra":1}"#).is_err());
    }

    #[test]
    fn a_label_reads_a_message_a_text_or_a_plain_string() {
        let m: Label = serde_json::from_str(r#"{"key":"history-add-card","args":{}}"#).unwrap();
        assert_eq!(m, Label::key("history-add-card"));
        let t: Label = serde_json::from_str(r#"{"text":"Two stages"}"#).unwrap();
        assert_eq!(t, Label::text("Two stages"));
        let s: Label = serde_json::from_str(r#""Two stages""#).unwrap();
        assert_eq!(s, Label::text("Two stages"));
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"{"text":"Two stages"}"#
        );
        assert_eq!(t.render("fa"), "Two stages");
        assert_eq!(m.to_string(), "Add card");
        assert!(serde_json::from_str::<Label>("3").is_err());
    }

    #[test]
    fn escaped_text_carries_no_control_characters() {
        assert_eq!(escaped("a\u{7}b\n"), Arg::Text("a\\u{7}b\\n".into()));
        assert_eq!(escaped("نقشه"), Arg::Text("نقشه".into()));
    }

    #[test]
    fn vocabulary_labels_and_made_up_names_are_in_the_catalog() {
        use crate::model::{CardField, Channel, LaneKind, Level, MapKind};
        let labels = LaneKind::ALL
            .iter()
            .map(|k| (k.label_key(), k.label()))
            .chain(Channel::ALL.iter().map(|c| (c.label_key(), c.label())))
            .chain(Level::ALL.iter().map(|l| (l.label_key(), l.label())))
            .chain(MapKind::ALL.iter().map(|m| (m.label_key(), m.label())))
            .chain(CardField::ALL.iter().map(|f| (f.label_key(), f.label())));
        for (key, label) in labels {
            assert_eq!(text("en", key), label, "{key}");
        }
        for kind in MapKind::ALL {
            let title = crate::msg!("name-map-derived", title = "Trip", kind = kind.as_str());
            assert_eq!(
                title.to_string(),
                format!("Trip ({})", kind.label().to_lowercase()),
                "every map kind has its own words in the copy's title"
            );
        }
        assert_eq!(
            crate::msg!("name-map-copy", title = "Trip").to_string(),
            "Trip (copy)"
        );
        for t in crate::templates::Template::ALL {
            for key in [
                crate::vocab::template_label_key(t),
                crate::vocab::template_blurb_key(t),
            ] {
                assert!(has_key(&key), "{key}");
            }
        }
    }

    /// Every string literal in the Rust sources that looks like a catalog key
    /// (`prefix-more`, with a prefix the catalogs use) must be in the English
    /// catalog. Keys built at run time (`history-<type>`, `error-<code>`,
    /// `record-<type>`, vocabulary labels) are checked by the tests of their
    /// own modules.
    #[test]
    fn every_key_the_code_names_is_in_the_english_catalog() {
        const PREFIXES: &[&str] = &[
            "badge", "card", "channel", "emotion", "error", "field", "file", "header", "history",
            "lane", "legend", "level", "map", "metric", "name", "persona", "picture", "problem",
            "record", "review", "template", "tile",
        ];
        fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    out.push(p);
                }
            }
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        walk(&root.join("src"), &mut files);
        walk(&root.join("src-tauri/src"), &mut files);
        // The templates name parts of keys (`card-fit-finder` is
        // `tpl-b2c-card-fit-finder`); their own test checks every language.
        files.retain(|f| !f.ends_with("src/templates.rs"));
        // Prefixes of keys, spelled out where keys are built.
        const NOT_KEYS: &[&str] = &["lane-kind", "map-kind", "card-field"];
        let mut checked = 0;
        let mut missing = Vec::new();
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            for (i, part) in text.split('"').enumerate() {
                let looks_like_key = i % 2 == 1
                    && part.contains('-')
                    && part
                        .bytes()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
                    && !part.ends_with('-')
                    && PREFIXES.contains(&part.split('-').next().unwrap_or(""))
                    && !NOT_KEYS.contains(&part);
                if looks_like_key {
                    checked += 1;
                    if !has_key(part) {
                        missing.push(format!("{}: {part}", f.display()));
                    }
                }
            }
        }
        assert!(checked > 100, "the scan found only {checked} keys");
        assert!(
            missing.is_empty(),
            "not in en/core.ftl:\n{}",
            missing.join("\n")
        );
    }
}
