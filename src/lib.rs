//! A sourced, plain-language knowledge base about 7-hydroxymitragynine (7-OH), compiled into static tables.
//!
//! 7-OH is an opioid made from a compound in the kratom plant. It is sold as tablets, shots and gummies in
//! gas stations and smoke shops. This crate answers the questions people ask about it (what it is, whether
//! it is addictive, what withdrawal is like, whether it is legal, where to get help) from a knowledge base
//! that was written for it, cites its sources, and is checked when the crate builds.
//!
//! **This is general information, not medical advice.** Show [`DISCLAIMER`] wherever you show an answer.
//! In an emergency, call 911 (in the United States; see [Region](#region)).
//!
//! # What is in it
//!
//! Four kinds of [`Entry`]:
//!
//! - [`Faq`]: a question, a short answer, a full answer, and other ways people ask it.
//! - [`Topic`]: a longer explainer.
//! - [`Symptom`]: a symptom or sign, with when it shows up ([`Context`]) and how urgent it is ([`Urgency`]).
//! - [`Risk`]: a harm, with its [`Severity`] and its symptoms.
//!
//! Every entry cites at least one [`Source`]. Text comes as the Markdown the writer wrote, as plain text, and
//! as HTML, all as `&'static str` (the first two with the `markdown` and `plain-text` features, on by
//! default: see [Features](#features)).
//!
//! The same idea has the same name on every kind and on [`Entry`]: `id`, `title` (a FAQ's question, a
//! symptom's or risk's name), `summary`, `markdown`, `text`, `html`, `aliases`, `related` and `sources`.
//! Each kind also has its own fields ([`Faq::paraphrases`], [`Symptom::urgency`], [`Risk::severity`] ...).
//! Lists of text come as [`Strs`]; lists of anything else as an `ExactSizeIterator`.
//!
//! # A tour
//!
//! Look an entry up by its id:
//!
//! ```
//! let faq = seven_oh::faq("is-7-oh-addictive").unwrap();
//! println!("{}\n{}", faq.question(), faq.short_answer());
//! for source in faq.sources() {
//!     // The kind says how strong the evidence is; a source without a confirmed date shows "n.d.".
//!     println!("- [{}] {} ({}, {}) {}", source.kind(), source.title(), source.publisher(), source.date_or_nd(), source.url());
//! }
//! ```
//!
//! Or by any name people use, ignoring case, spaces and punctuation:
//!
//! ```
//! use seven_oh::Kind;
//! assert_eq!(seven_oh::lookup("7-Hydroxymitragynine").unwrap().id(), "overview");
//! assert_eq!(seven_oh::lookup("NARCAN").unwrap().kind(), Kind::Faq);
//! assert_eq!(seven_oh::lookup("throwing up").unwrap().id(), "vomiting");
//! ```
//!
//! One id can name entries of several kinds (`overdose` is a topic and a risk); [`entry`] takes the kind:
//!
//! ```
//! use seven_oh::{Entry, Kind};
//! let risk = seven_oh::entry(Kind::Risk, "overdose").unwrap();
//! assert_eq!(risk, Entry::from(seven_oh::risk("overdose").unwrap()));
//! // Generic code needs no `match`: every kind has a title, a summary and its text in three forms.
//! println!("{risk}\n{}\n{}", risk.summary(), risk.html());
//! ```
//!
//! List the signs of an overdose:
//!
//! ```
//! use seven_oh::{Context, Urgency};
//! for s in seven_oh::symptoms_in(Context::Overdose) {
//!     assert_eq!(s.urgency(), Urgency::Emergency);
//!     println!("{}", s.name());
//! }
//! ```
//!
//! With the `serde` feature (on by default) every record, [`Entry`], [`Answer`], [`Match`], [`Hit`] and
//! [`Urgent`] is `Serialize`, so a web service can send an answer as it is:
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! let json = serde_json::to_value(seven_oh::ask("is 7oh addictive")).unwrap();
//! assert_eq!(json["matches"][0]["faq"]["kind"], "faq");
//! assert_eq!(json["matches"][0]["faq"]["id"], "is-7-oh-addictive");
//! // Sources come in full: an app can cite them without another lookup.
//! assert!(json["matches"][0]["faq"]["sources"][0]["url"].as_str().unwrap().starts_with("https://"));
//! # }
//! ```
//!
//! # Emergencies: banner, then its FAQ, then nothing else
//!
//! [`ask`] checks every question for an emergency first (someone not breathing or not waking, a colour
//! change, a seizure, a child who swallowed a product, thoughts of suicide ...), by meaning rather than by
//! word order: see [`urgent()`], which runs the same check alone on any text. When it fires, show the
//! [`Urgent`] message (headline, steps, number to call) before anything else, then its [`Urgent::faq`], and
//! nothing else: an urgent [`Answer`] has that FAQ as its only match, never a "did you mean" and never an
//! answer about doses. This follows the 988 Suicide & Crisis Lifeline and SAMHSA safe-messaging
//! recommendations.
//!
//! ```
//! let answer = seven_oh::ask("my friend took 7oh and his lips are going blue");
//! if let Some(u) = answer.urgent() {
//!     println!("{}\nCall {}.", u.headline(), u.call());
//!     for step in u.steps() {
//!         println!("- {step}");
//!     }
//!     let faq = u.faq();
//!     println!("{}\n{}", faq.question(), faq.short_answer());
//!     #[cfg(feature = "plain-text")]
//!     println!("{}", faq.answer_text());
//!     // Nothing else: the answer's only match is that FAQ.
//!     assert_eq!(answer.matches().map(|m| m.faq()).collect::<Vec<_>>(), [faq]);
//! }
//! assert!(answer.is_urgent());
//! ```
//!
//! # Region
//!
//! This edition of the content is written for the **United States**. The numbers it gives (911; the 988
//! Suicide & Crisis Lifeline; the SAMHSA National Helpline, 1-800-662-4357; Poison Help, 1-800-222-1222)
//! are US services, listed with their region in [`HELP_LINES`], and the law it describes is US law. An
//! app used elsewhere shows its own emergency number (for example 112 in the European Union, 999 in the
//! United Kingdom) and local crisis and poison lines in place of [`Urgent::call`] and [`Urgent::also`], and
//! says that the legal answers are about the United States. [`Urgent::help_line`] gives the line a message
//! names, with its region:
//!
//! ```
//! let u = seven_oh::urgent("he took 7oh and is not breathing").unwrap();
//! let call = if u.help_line().region == "US" { u.call() } else { "112" };
//! assert_eq!(call, "911");
//! ```
//!
//! # How it is built
//!
//! The content lives in `content/` as one Markdown file per entry with TOML front matter. At build time
//! the content compiler (the `seven-oh-compiler` crate, run by the build script) parses every file,
//! validates every field and cross-link, and emits `static` arrays, perfect-hash tables for the ids, the
//! names and the search vocabulary, and the search index. What both sides rely on (text normalisation, the
//! hash, the enums and the tables' layout) is defined once, in `seven-oh-shared`.
//! Bad content fails the build with an error that names the file and line.
//! At run time nothing is parsed and nothing is allocated: lookups are a hash and an index.
//!
//! # Features
//!
//! - `std` (default): links the standard library. Nothing in the crate needs it ([`ParseEnumError`]
//!   implements `core::error::Error`, which is `std::error::Error`, either way); without it the crate is
//!   `#![no_std]` and needs no allocator.
//! - `serde` (default): `Serialize` for every record (each with its `kind` and its sources in full),
//!   [`Entry`], [`Answer`], [`Match`], [`Hit`], [`Urgent`], [`Strs`], [`HelpLine`] and every enum,
//!   written by hand on `serde_core` (no derive).
//! - `markdown` (default): the full text of every entry as the Markdown the writer wrote: `markdown()` on
//!   every kind and on [`Entry`], `Faq::answer`, and `body()` on [`Topic`], [`Symptom`] and [`Risk`].
//! - `plain-text` (default): the full text as plain text (Markdown removed, paragraphs separated by blank
//!   lines): `text()` on every kind and on [`Entry`], `Faq::answer_text`, and `body_text()` on the others.
//!
//!   The HTML form (`html()`, [`Faq::answer_html`], `body_html()`) and every summary (a symptom's is its
//!   plain text) are always there. Without one of these two features its accessors do not exist (rather
//!   than return empty text) and its text is not stored: the two forms are together about a quarter of the
//!   crate's data. A program that shows only HTML, like the web site's WebAssembly module, depends on the
//!   crate with `default-features = false` (adding back `std` if it wants it):
//!
//!   ```
//!   let faq = seven_oh::faq("is-7-oh-addictive").unwrap();
//!   assert!(faq.answer_html().starts_with("<p>"));
//!   #[cfg(feature = "plain-text")]
//!   assert!(!faq.answer_text().contains("<p>"));
//!   ```
//!
//!   `serde` turns both on, so a serialised record always has all three forms.
//! - `authored`: embeds the authored `content/` files (via `include_dir`) as `authored::CONTENT`, for
//!   audit. Off by default so the content is not stored twice.

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "std")]
extern crate std;

mod answer;
mod data;
mod decline;
mod record;
mod search;
#[cfg(feature = "serde")]
mod serialize;
mod strs;
mod urgent;

#[cfg(feature = "authored")]
#[cfg_attr(docsrs, doc(cfg(feature = "authored")))]
pub mod authored;

pub use answer::{
    ANSWER_THRESHOLD, Answer, Hit, Match, SEARCH_LIMIT, UNANCHORED_THRESHOLD, Urgent, ask, search, urgent_message,
    urgent_messages,
};
pub use record::{Entry, Faq, Risk, Source, Symptom, Topic};
pub use search::{MAX_QUERY_BYTES, MAX_QUERY_WORDS};
pub use seven_oh_shared::kind::{Context, Kind, ParseEnumError, Severity, SourceKind, Urgency};
pub use seven_oh_shared::layout::{HELP_LINES, HelpLine};
use seven_oh_shared::normalize;
pub use strs::{Strs, StrsIter};
pub use urgent::{red_flags, urgent};

/// The version of the content (not of the crate), from `content/meta.toml`.
///
/// ```
/// assert!(!seven_oh::CONTENT_VERSION.is_empty());
/// ```
pub const CONTENT_VERSION: &str = data::CONTENT_VERSION;

/// The date the content was last reviewed, as `YYYY-MM-DD`.
///
/// ```
/// assert_eq!(seven_oh::REVIEWED.len(), 10);
/// ```
pub const REVIEWED: &str = data::REVIEWED;

/// The health disclaimer to show with any answer: general information, not medical advice.
///
/// ```
/// assert!(seven_oh::DISCLAIMER.contains("not medical advice"));
/// ```
pub const DISCLAIMER: &str = data::DISCLAIMER;

/// The FAQ with this id, if any. Ids are exact (see [`lookup`] for forgiving names).
///
/// ```
/// let faq = seven_oh::faq("can-you-overdose-on-7-oh").unwrap();
/// assert!(faq.short_answer().starts_with("Yes"));
/// assert!(seven_oh::faq("Can-You-Overdose").is_none());
/// ```
pub fn faq(id: &str) -> Option<&'static Faq> {
    data::FAQS_IDS
        .get(id.as_bytes())
        .map(|i| &data::FAQS[i])
        .filter(|e| e.id() == id)
}

/// The topic with this id, if any.
///
/// ```
/// assert_eq!(seven_oh::topic("regulation").unwrap().id(), "regulation");
/// ```
pub fn topic(id: &str) -> Option<&'static Topic> {
    data::TOPICS_IDS
        .get(id.as_bytes())
        .map(|i| &data::TOPICS[i])
        .filter(|e| e.id() == id)
}

/// The symptom with this id, if any.
///
/// ```
/// assert_eq!(seven_oh::symptom("insomnia").unwrap().id(), "insomnia");
/// ```
pub fn symptom(id: &str) -> Option<&'static Symptom> {
    data::SYMPTOMS_IDS
        .get(id.as_bytes())
        .map(|i| &data::SYMPTOMS[i])
        .filter(|e| e.id() == id)
}

/// The risk with this id, if any.
///
/// ```
/// assert_eq!(seven_oh::risk("tolerance").unwrap().id(), "tolerance");
/// ```
pub fn risk(id: &str) -> Option<&'static Risk> {
    data::RISKS_IDS
        .get(id.as_bytes())
        .map(|i| &data::RISKS[i])
        .filter(|e| e.id() == id)
}

/// The source with this id, if any.
///
/// ```
/// let first = seven_oh::sources().next().unwrap();
/// assert_eq!(seven_oh::source(first.id()), Some(first));
/// ```
pub fn source(id: &str) -> Option<&'static Source> {
    data::SOURCE_IDS
        .get(id.as_bytes())
        .map(|i| &data::SOURCES[i])
        .filter(|s| s.id == id)
}

/// Every FAQ, sorted by id.
///
/// ```
/// let ids: Vec<&str> = seven_oh::faqs().map(|f| f.id()).collect();
/// assert!(ids.windows(2).all(|w| w[0] < w[1]));
/// ```
pub fn faqs() -> impl ExactSizeIterator<Item = &'static Faq> + DoubleEndedIterator {
    data::FAQS.iter()
}

/// Every topic, sorted by id.
///
/// ```
/// assert!(seven_oh::topics().any(|t| t.id() == "overview"));
/// ```
pub fn topics() -> impl ExactSizeIterator<Item = &'static Topic> + DoubleEndedIterator {
    data::TOPICS.iter()
}

/// Every symptom, sorted by id.
///
/// ```
/// assert!(seven_oh::symptoms().len() >= 24);
/// ```
pub fn symptoms() -> impl ExactSizeIterator<Item = &'static Symptom> + DoubleEndedIterator {
    data::SYMPTOMS.iter()
}

/// Every risk, sorted by id.
///
/// ```
/// assert!(seven_oh::risks().any(|r| r.id() == "overdose"));
/// ```
pub fn risks() -> impl ExactSizeIterator<Item = &'static Risk> + DoubleEndedIterator {
    data::RISKS.iter()
}

/// Every source in the bibliography, sorted by id.
///
/// ```
/// assert!(seven_oh::sources().all(|s| s.url().starts_with("https://")));
/// ```
pub fn sources() -> impl ExactSizeIterator<Item = &'static Source> + DoubleEndedIterator {
    data::SOURCES.iter()
}

/// The entry of `kind` with this id, if any. Ids are exact, and unique within a kind but not across kinds
/// (`overdose` is both a topic and a risk), so this is the way to reach any entry; [`lookup`] takes any
/// name but picks one kind.
///
/// ```
/// use seven_oh::{Entry, Kind};
/// let risk = seven_oh::entry(Kind::Risk, "overdose").unwrap();
/// assert_eq!(risk.kind(), Kind::Risk);
/// assert!(matches!(risk, Entry::Risk(r) if r.severity() == seven_oh::Severity::Critical));
/// assert_eq!(seven_oh::entry(Kind::Topic, "overdose").unwrap().kind(), Kind::Topic);
/// assert!(seven_oh::entry(Kind::Faq, "overdose").is_none());
/// for e in seven_oh::entries() {
///     assert_eq!(seven_oh::entry(e.kind(), e.id()), Some(e));
/// }
/// ```
pub fn entry(kind: Kind, id: &str) -> Option<Entry> {
    match kind {
        Kind::Faq => faq(id).map(Entry::Faq),
        Kind::Topic => topic(id).map(Entry::Topic),
        Kind::Symptom => symptom(id).map(Entry::Symptom),
        Kind::Risk => risk(id).map(Entry::Risk),
    }
}

/// Every entry of every kind: FAQs, then topics, then symptoms, then risks, each sorted by id.
///
/// ```
/// let n = seven_oh::entries().count();
/// assert_eq!(n, seven_oh::faqs().len() + seven_oh::topics().len() + seven_oh::symptoms().len() + seven_oh::risks().len());
/// ```
pub fn entries() -> impl Iterator<Item = Entry> {
    faqs()
        .map(Entry::Faq)
        .chain(topics().map(Entry::Topic))
        .chain(symptoms().map(Entry::Symptom))
        .chain(risks().map(Entry::Risk))
}

/// The symptoms that show up in `context`, sorted by id.
///
/// ```
/// use seven_oh::Context;
/// assert!(seven_oh::symptoms_in(Context::Withdrawal).any(|s| s.id() == "insomnia"));
/// ```
pub fn symptoms_in(context: Context) -> impl Iterator<Item = &'static Symptom> {
    symptoms().filter(move |s| s.shows_in(context))
}

/// Resolves a name: an id of any kind or an alias, ignoring case, accents, spaces and punctuation.
///
/// When one id names entries of several kinds (`overdose` is a topic and a risk), the topic wins, then
/// the risk, then the symptom, then the FAQ; [`entry`] reaches the others. Aliases are unique across the knowledge base. Nothing is
/// allocated; names longer than 64 letters and digits never match.
///
/// ```
/// use seven_oh::Kind;
/// assert_eq!(seven_oh::lookup("7oh").unwrap().id(), "overview");
/// assert_eq!(seven_oh::lookup("7 OH").unwrap().id(), "overview");
/// assert_eq!(seven_oh::lookup("Kratom").unwrap().id(), "kratom-and-mitragynine");
/// assert_eq!(seven_oh::lookup("overdose").unwrap().kind(), Kind::Topic);
/// assert!(seven_oh::lookup("sourdough").is_none());
/// ```
pub fn lookup(name: &str) -> Option<Entry> {
    let mut buf = [0u8; normalize::MAX_KEY];
    let key = normalize::key(name, &mut buf)?;
    let slot = data::NAME_TABLE.slot(key.as_bytes())?;
    data::name(slot, key.as_bytes()).map(|r| r.entry())
}

/// The README's Rust code, compiled and run as a doctest so the tour stays true.
#[cfg(all(doctest, feature = "serde"))]
#[doc = include_str!("../README.md")]
struct ReadmeTour;
