//! A sourced, plain-language knowledge base about 7-hydroxymitragynine (7-OH), compiled into static tables.
//!
//! 7-OH is an opioid made from a compound in the kratom plant. It is sold as tablets, shots and gummies in
//! gas stations and smoke shops. This crate answers the questions people ask about it (what it is, whether
//! it is addictive, what withdrawal is like, whether it is legal, where to get help) from a knowledge base
//! that was written for it, cites its sources, and is checked when the crate builds.
//!
//! **This is general information, not medical advice.** Show [`DISCLAIMER`] wherever you show an answer.
//! In an emergency, call 911.
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
//! as HTML, all as `&'static str`.
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
//!     println!("{}\n{}", faq.question(), faq.answer_text());
//!     // Nothing else: the answer's only match is that FAQ.
//!     assert_eq!(answer.matches().map(|m| m.entry().id()).collect::<Vec<_>>(), [faq.id()]);
//! }
//! assert!(answer.is_urgent());
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
//! - `serde` (default): `Serialize` for every record and enum.
//! - `authored`: embeds the authored `content/` files (via `include_dir`) as [`authored::CONTENT`], for
//!   audit. Off by default so the content is not stored twice.

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(feature = "std")]
extern crate std;

mod answer;
mod data;
mod record;
mod search;
#[cfg(feature = "serde")]
mod serialize;
mod strs;
mod urgent;

#[cfg(feature = "authored")]
pub mod authored;

pub use answer::{
    ANSWER_THRESHOLD, Answer, Match, SEARCH_LIMIT, UNANCHORED_THRESHOLD, Urgent, ask, search, urgent_message,
    urgent_messages,
};
pub use record::{Entry, Faq, Risk, Source, Symptom, Topic};
pub use search::{MAX_QUERY_BYTES, MAX_QUERY_WORDS};
pub use seven_oh_shared::kind::{Context, Kind, ParseEnumError, Severity, SourceKind, Urgency};
pub use seven_oh_shared::layout::{HELP_LINES, HelpLine};
use seven_oh_shared::normalize;
pub use strs::{Strs, StrsIter};
pub use urgent::urgent;

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
    symptoms().filter(move |s| s.contexts().contains(&context))
}

/// Resolves a name: an id of any kind or an alias, ignoring case, accents, spaces and punctuation.
///
/// When one id names entries of several kinds (`overdose` is a topic and a risk), the topic wins, then
/// the risk, then the symptom, then the FAQ. Aliases are unique across the knowledge base. Nothing is
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
