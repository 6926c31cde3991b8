//! The record types: one struct per kind of entry, the bibliography's [`Source`], and [`Entry`], which
//! names any one of them.
//!
//! Records are only ever made by the content compiler, as `static` data; their fields are private and
//! read through `const fn` accessors. Two records are equal when they have the same kind and id.
//!
//! Every kind reads the same way where the idea is the same: `title`, `summary`, `markdown`, `text` and
//! `html` on all four records and on [`Entry`] (the records also keep their own names for them, such as
//! [`Faq::question`]). Lists of text come as [`Strs`]; lists of anything else as an `ExactSizeIterator`.
//!
//! The full text's Markdown form (`markdown`, `answer`, `body`) is there with the `markdown` feature and
//! its plain-text form (`text`, `answer_text`, `body_text`) with the `plain-text` feature, both on by
//! default; a build without one stores none of that text. The HTML form (`html`, `answer_html`,
//! `body_html`) is always there.

use core::fmt;

use crate::data;
use seven_oh_shared::kind::{Context, Kind, Severity, SourceKind, Urgency};

use crate::strs::{Joined, Strs};

/// A link from one entry to another, as stored in the tables: the target's kind and its index in that
/// kind's table.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Ref {
    pub(crate) kind: Kind,
    pub(crate) index: u16,
}

impl Ref {
    /// The entry this reference points at.
    pub(crate) fn entry(self) -> Entry {
        let i = usize::from(self.index);
        match self.kind {
            Kind::Faq => Entry::Faq(&data::FAQS[i]),
            Kind::Topic => Entry::Topic(&data::TOPICS[i]),
            Kind::Symptom => Entry::Symptom(&data::SYMPTOMS[i]),
            Kind::Risk => Entry::Risk(&data::RISKS[i]),
        }
    }
}

/// The sources of a record: indices into the bibliography, resolved lazily.
fn resolve_sources(indices: &'static [u16]) -> impl ExactSizeIterator<Item = &'static Source> + use<> {
    indices.iter().map(|&i| &data::SOURCES[usize::from(i)])
}

/// The cross-links of a record, resolved lazily.
fn resolve_related(refs: &'static [Ref]) -> impl ExactSizeIterator<Item = Entry> + use<> {
    refs.iter().map(|r| r.entry())
}

/// What every kind of entry has: its id, the names `lookup` resolves to it, its cross-links and its
/// sources. Each record holds one, and [`entry_accessors!`] reads it the same way for all four kinds.
#[derive(Debug)]
pub(crate) struct Common {
    pub(crate) id: &'static str,
    pub(crate) aliases: Joined,
    pub(crate) related: &'static [Ref],
    pub(crate) sources: &'static [u16],
}

/// The accessors every kind of entry shares, written once: `id`, `aliases`, `related` and `sources`, each
/// with a doctest on a real entry (`$lookup($example)`, and `$all()` for the whole kind).
macro_rules! entry_accessors {
    ($ty:ident, $what:literal, $folder:literal, $lookup:ident, $all:ident, $example:literal) => {
        impl $ty {
            #[doc = concat!("The ", $what, "'s id: its file name in `content/", $folder, "/` without `.md`.")]
            ///
            /// ```
            #[doc = concat!("let e = seven_oh::", stringify!($lookup), "(", stringify!($example), ").unwrap();")]
            #[doc = concat!("assert_eq!(e.id(), ", stringify!($example), ");")]
            /// ```
            pub const fn id(&self) -> &'static str {
                self.common.id
            }

            #[doc = concat!("Names that [`lookup`](crate::lookup) resolves to this ", $what, " (may be empty).")]
            ///
            /// ```
            #[doc = concat!("for e in seven_oh::", stringify!($all), "() {")]
            ///     for alias in e.aliases() {
            ///         assert_eq!(seven_oh::lookup(alias).unwrap().id(), e.id());
            ///     }
            /// }
            /// ```
            pub const fn aliases(&self) -> Strs {
                self.common.aliases.strs()
            }

            /// Entries a reader may want next (may be empty); never the entry itself.
            ///
            /// ```
            #[doc = concat!("let e = seven_oh::", stringify!($lookup), "(", stringify!($example), ").unwrap();")]
            #[doc = concat!("assert!(e.related().all(|r| r != seven_oh::Entry::", stringify!($ty), "(e)));")]
            /// ```
            pub fn related(&self) -> impl ExactSizeIterator<Item = Entry> + use<> {
                resolve_related(self.common.related)
            }

            /// The publications this entry rests on (at least one).
            ///
            /// ```
            #[doc = concat!("assert!(seven_oh::", stringify!($all), "().all(|e| e.sources().len() > 0));")]
            /// ```
            pub fn sources(&self) -> impl ExactSizeIterator<Item = &'static Source> + use<> {
                resolve_sources(self.common.sources)
            }
        }
    };
}

entry_accessors!(Faq, "FAQ", "faqs", faq, faqs, "what-is-7-oh");
entry_accessors!(Topic, "topic", "topics", topic, topics, "regulation");
entry_accessors!(Symptom, "symptom", "symptoms", symptom, symptoms, "nausea");
entry_accessors!(Risk, "risk", "risks", risk, risks, "tolerance");

/// The text accessors every kind shares under the same names (`markdown`, `text`, `html`), as aliases of the
/// kind's own (`$md`, `$text`, `$html`: `answer...` for a FAQ, `body...` for the others).
macro_rules! text_accessors {
    ($ty:ident, $lookup:ident, $example:literal, $md:ident, $text:ident, $html:ident) => {
        impl $ty {
            #[doc = concat!("The full text as Markdown: the same as [`", stringify!($md), "`](Self::", stringify!($md), "), under the name every kind")]
            /// shares (see [`Entry::markdown`]).
            ///
            /// ```
            #[doc = concat!("let e = seven_oh::", stringify!($lookup), "(", stringify!($example), ").unwrap();")]
            #[doc = concat!("assert_eq!(e.markdown(), e.", stringify!($md), "());")]
            /// ```
            #[cfg(feature = "markdown")]
            #[cfg_attr(docsrs, doc(cfg(feature = "markdown")))]
            pub const fn markdown(&self) -> &'static str {
                self.$md()
            }

            #[doc = concat!("The full text as plain text: the same as [`", stringify!($text), "`](Self::", stringify!($text), "), under the name")]
            /// every kind shares (see [`Entry::text`]).
            ///
            /// ```
            #[doc = concat!("let e = seven_oh::", stringify!($lookup), "(", stringify!($example), ").unwrap();")]
            #[doc = concat!("assert_eq!(e.text(), e.", stringify!($text), "());")]
            /// assert!(!e.text().contains("**"));
            /// ```
            #[cfg(feature = "plain-text")]
            #[cfg_attr(docsrs, doc(cfg(feature = "plain-text")))]
            pub const fn text(&self) -> &'static str {
                self.$text()
            }

            #[doc = concat!("The full text as an HTML fragment, safe to insert: the same as [`", stringify!($html), "`](Self::", stringify!($html), "),")]
            /// under the name every kind shares (see [`Entry::html`]).
            ///
            /// ```
            #[doc = concat!("let e = seven_oh::", stringify!($lookup), "(", stringify!($example), ").unwrap();")]
            #[doc = concat!("assert_eq!(e.html(), e.", stringify!($html), "());")]
            /// assert!(e.html().starts_with("<p>"));
            /// ```
            pub const fn html(&self) -> &'static str {
                self.$html()
            }
        }
    };
}

text_accessors!(Faq, faq, "what-is-7-oh", answer, answer_text, answer_html);
text_accessors!(Topic, topic, "regulation", body, body_text, body_html);
text_accessors!(Symptom, symptom, "nausea", body, body_text, body_html);
text_accessors!(Risk, risk, "tolerance", body, body_text, body_html);

/// `From<&'static Record> for Entry`, so any record passes where an entry is wanted.
macro_rules! into_entry {
    ($($ty:ident $lookup:ident $example:literal),+) => {$(
        #[doc = concat!("The entry of a [`", stringify!($ty), "`].")]
        ///
        /// ```
        /// use seven_oh::{Entry, Kind};
        #[doc = concat!("let entry = Entry::from(seven_oh::", stringify!($lookup), "(", stringify!($example), ").unwrap());")]
        #[doc = concat!("assert_eq!(entry.kind(), Kind::", stringify!($ty), ");")]
        #[doc = concat!("assert_eq!(entry.id(), ", stringify!($example), ");")]
        /// ```
        impl From<&'static $ty> for Entry {
            fn from(e: &'static $ty) -> Entry {
                Entry::$ty(e)
            }
        }
    )+};
}

into_entry!(Faq faq "what-is-7-oh", Topic topic "regulation", Symptom symptom "nausea", Risk risk "tolerance");

/// Implements identity (equality, hashing and ordering by id) for a record type.
macro_rules! identity_by_id {
    ($($ty:ident),+) => {$(
        impl PartialEq for $ty {
            fn eq(&self, other: &Self) -> bool {
                self.id() == other.id()
            }
        }
        impl Eq for $ty {}
        impl core::hash::Hash for $ty {
            fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
                self.id().hash(state);
            }
        }
        impl PartialOrd for $ty {
            fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }
        impl Ord for $ty {
            fn cmp(&self, other: &Self) -> core::cmp::Ordering {
                self.id().cmp(other.id())
            }
        }
    )+};
}

identity_by_id!(Source, Faq, Topic, Symptom, Risk);

/// A publication that entries cite.
///
/// ```
/// let source = seven_oh::sources().next().unwrap();
/// assert!(source.url().starts_with("https://"));
/// assert!(!source.title().is_empty());
/// ```
#[derive(Debug)]
pub struct Source {
    pub(crate) id: &'static str,
    pub(crate) title: &'static str,
    pub(crate) publisher: &'static str,
    pub(crate) url: &'static str,
    pub(crate) date: Option<&'static str>,
    pub(crate) kind: SourceKind,
    pub(crate) copy_of: Option<&'static str>,
    pub(crate) note: Option<&'static str>,
}

impl Source {
    /// How a citation shows a source without a confirmed date: "n.d." (no date), as reference styles write it.
    ///
    /// ```
    /// assert_eq!(seven_oh::Source::NO_DATE, "n.d.");
    /// ```
    pub const NO_DATE: &'static str = "n.d.";

    /// The source's id in `content/sources.toml`.
    ///
    /// ```
    /// for s in seven_oh::sources() {
    ///     assert_eq!(seven_oh::source(s.id()), Some(s));
    /// }
    /// ```
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The title of the publication.
    ///
    /// ```
    /// assert!(seven_oh::sources().all(|s| !s.title().is_empty()));
    /// ```
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// Who published it (an agency, a journal, a news outlet).
    ///
    /// ```
    /// assert!(seven_oh::sources().all(|s| !s.publisher().is_empty()));
    /// ```
    pub const fn publisher(&self) -> &'static str {
        self.publisher
    }

    /// Where to read it: always an `https://` URL. When it is a copy of the original (the only public
    /// copy), [`copy_of`](Source::copy_of) says of what.
    ///
    /// ```
    /// assert!(seven_oh::sources().all(|s| s.url().starts_with("https://")));
    /// ```
    pub const fn url(&self) -> &'static str {
        self.url
    }

    /// When it was published, in ISO 8601 form (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), or `None` when nobody
    /// could confirm a date on the page: a date is left out rather than guessed. Show `None` as
    /// [`Source::NO_DATE`], or use [`date_or_nd`](Source::date_or_nd).
    ///
    /// ```
    /// assert!(seven_oh::sources().filter_map(|s| s.date()).all(|d| d.len() >= 4));
    /// assert!(seven_oh::sources().any(|s| s.date().is_none()));
    /// assert_eq!(seven_oh::source("lacdph-7oh-alert-2025").unwrap().date(), Some("2025-09-12"));
    /// ```
    pub const fn date(&self) -> Option<&'static str> {
        self.date
    }

    /// The date for display: [`date`](Source::date), or "n.d." when there is none.
    ///
    /// ```
    /// for s in seven_oh::sources() {
    ///     assert_eq!(s.date_or_nd(), s.date().unwrap_or(seven_oh::Source::NO_DATE));
    /// }
    /// ```
    pub const fn date_or_nd(&self) -> &'static str {
        match self.date {
            Some(d) => d,
            None => Self::NO_DATE,
        }
    }

    /// What kind of publication it is, so an app can show how strong the evidence is.
    ///
    /// ```
    /// use seven_oh::SourceKind;
    /// assert_eq!(seven_oh::source("samhsa-national-helpline").unwrap().kind(), SourceKind::Government);
    /// assert!(seven_oh::sources().any(|s| s.kind() == SourceKind::PeerReviewed));
    /// ```
    pub const fn kind(&self) -> SourceKind {
        self.kind
    }

    /// When [`url`](Source::url) is a copy (a mirror, reprint or aggregator's copy) used because it is the only
    /// public copy: the original's address or a description of it.
    ///
    /// ```
    /// let alert = seven_oh::source("lacdph-7oh-alert-2025").unwrap();
    /// assert!(alert.copy_of().is_some());
    /// assert_eq!(seven_oh::source("samhsa-national-helpline").unwrap().copy_of(), None);
    /// ```
    pub const fn copy_of(&self) -> Option<&'static str> {
        self.copy_of
    }

    /// Why the source is used, or what to know about it; every source of kind
    /// [`Other`](SourceKind::Other) has one.
    ///
    /// ```
    /// use seven_oh::SourceKind;
    /// assert!(seven_oh::sources().filter(|s| s.kind() == SourceKind::Other).all(|s| s.note().is_some()));
    /// ```
    pub const fn note(&self) -> Option<&'static str> {
        self.note
    }
}

/// A citation line: "Title. Publisher, date. URL".
///
/// The date is "n.d." when none was confirmed, and left out when the publisher already holds the
/// journal's citation (`2005;78(1):2-7`), which has the year. No full stop is doubled.
///
/// ```
/// let s = seven_oh::source("samhsa-national-helpline").unwrap();
/// assert_eq!(
///     s.to_string(),
///     "SAMHSA's National Helpline. Substance Abuse and Mental Health Services Administration, n.d. \
///      https://www.samhsa.gov/find-help/national-helpline"
/// );
/// let paper = seven_oh::source("matsumoto-lifesci-2005").unwrap();
/// assert!(paper.to_string().contains("Life Sciences (Matsumoto K et al.), 2005;78(1):2-7. https://"));
/// ```
impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let stop = |text: &str| if text.ends_with(['.', '?', '!']) { "" } else { "." };
        write!(f, "{}{} {}", self.title, stop(self.title), self.publisher)?;
        let tail = if cites_issue(self.publisher) {
            self.publisher
        } else {
            let date = self.date_or_nd();
            write!(f, ", {date}")?;
            date
        };
        write!(f, "{} {}", stop(tail), self.url)
    }
}

/// Whether a publisher line holds a journal citation, `YYYY;volume...`, which carries the year.
fn cites_issue(publisher: &str) -> bool {
    publisher
        .as_bytes()
        .windows(5)
        .any(|w| w[..4].iter().all(u8::is_ascii_digit) && w[4] == b';')
}

/// A question people ask, with a short answer, a full answer and its sources.
///
/// ```
/// let faq = seven_oh::faq("is-7-oh-addictive").unwrap();
/// assert!(faq.question().ends_with('?'));
/// assert!(faq.short_answer().starts_with("Yes"));
/// assert!(faq.sources().len() >= 1);
/// ```
#[derive(Debug)]
pub struct Faq {
    pub(crate) common: Common,
    pub(crate) question: &'static str,
    pub(crate) short_answer: &'static str,
    #[cfg(feature = "markdown")]
    pub(crate) answer: &'static str,
    #[cfg(feature = "plain-text")]
    pub(crate) answer_text: &'static str,
    pub(crate) answer_html: &'static str,
    pub(crate) paraphrases: Joined,
    pub(crate) tags: Joined,
    /// The form of its question (bits of `seven_oh_shared::normalize::question_form`).
    pub(crate) form: u16,
}

impl Faq {
    /// The heading every kind has: for a FAQ, its [`question`](Self::question).
    ///
    /// ```
    /// let faq = seven_oh::faq("what-is-7-oh").unwrap();
    /// assert_eq!(faq.title(), "What is 7-OH?");
    /// ```
    pub const fn title(&self) -> &'static str {
        self.question
    }

    /// The short text every kind has: for a FAQ, its [`short_answer`](Self::short_answer).
    ///
    /// ```
    /// let faq = seven_oh::faq("is-7-oh-fda-approved").unwrap();
    /// assert_eq!(faq.summary(), faq.short_answer());
    /// ```
    pub const fn summary(&self) -> &'static str {
        self.short_answer
    }

    /// The question, as a person would ask it.
    ///
    /// ```
    /// assert_eq!(seven_oh::faq("what-is-7-oh").unwrap().question(), "What is 7-OH?");
    /// ```
    pub const fn question(&self) -> &'static str {
        self.question
    }

    /// A one- or two-sentence answer; for a yes/no question it starts with "Yes" or "No".
    ///
    /// ```
    /// let faq = seven_oh::faq("is-7-oh-fda-approved").unwrap();
    /// assert!(faq.short_answer().starts_with("No"));
    /// ```
    pub const fn short_answer(&self) -> &'static str {
        self.short_answer
    }

    /// The full answer, as the Markdown the writer wrote.
    ///
    /// ```
    /// assert!(!seven_oh::faq("is-7-oh-addictive").unwrap().answer().is_empty());
    /// ```
    #[cfg(feature = "markdown")]
    #[cfg_attr(docsrs, doc(cfg(feature = "markdown")))]
    pub const fn answer(&self) -> &'static str {
        self.answer
    }

    /// The full answer as plain text (Markdown removed, paragraphs separated by blank lines).
    ///
    /// ```
    /// let text = seven_oh::faq("is-7-oh-addictive").unwrap().answer_text();
    /// assert!(!text.contains("**"));
    /// ```
    #[cfg(feature = "plain-text")]
    #[cfg_attr(docsrs, doc(cfg(feature = "plain-text")))]
    pub const fn answer_text(&self) -> &'static str {
        self.answer_text
    }

    /// The full answer as an HTML fragment.
    ///
    /// Safe to insert into a page as it is: text is HTML-escaped, the content compiler rejects raw HTML
    /// (tags and comments) in every body, and every link or image points at an `https:` address or,
    /// relatively, at another entry's id (never `javascript:`, `data:`, `mailto:` or `http:`).
    ///
    /// ```
    /// let html = seven_oh::faq("is-7-oh-addictive").unwrap().answer_html();
    /// assert!(html.starts_with("<p>"));
    /// assert!(seven_oh::faqs().all(|f| !f.answer_html().contains("<script") && !f.answer_html().contains("javascript:")));
    /// ```
    pub const fn answer_html(&self) -> &'static str {
        self.answer_html
    }

    /// Other ways people ask the same question.
    ///
    /// ```
    /// let n = seven_oh::faq("is-7-oh-addictive").unwrap().paraphrases().len();
    /// assert!((3..=8).contains(&n));
    /// ```
    pub const fn paraphrases(&self) -> Strs {
        self.paraphrases.strs()
    }

    /// Search keywords the writer added.
    ///
    /// ```
    /// let _tags: seven_oh::Strs = seven_oh::faq("is-7-oh-addictive").unwrap().tags();
    /// ```
    pub const fn tags(&self) -> Strs {
        self.tags.strs()
    }
}

/// A longer explainer on one subject.
///
/// ```
/// let topic = seven_oh::topic("overview").unwrap();
/// assert!(!topic.title().is_empty());
/// assert!(topic.body_html().starts_with("<p>"));
/// ```
#[derive(Debug)]
pub struct Topic {
    pub(crate) common: Common,
    pub(crate) title: &'static str,
    pub(crate) summary: &'static str,
    #[cfg(feature = "markdown")]
    pub(crate) body: &'static str,
    #[cfg(feature = "plain-text")]
    pub(crate) body_text: &'static str,
    pub(crate) body_html: &'static str,
    pub(crate) tags: Joined,
}

impl Topic {
    /// The topic's title.
    ///
    /// ```
    /// assert!(seven_oh::topics().all(|t| !t.title().is_empty()));
    /// ```
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// One or two sentences that sum the topic up.
    ///
    /// ```
    /// assert!(seven_oh::topics().all(|t| !t.summary().is_empty()));
    /// ```
    pub const fn summary(&self) -> &'static str {
        self.summary
    }

    /// The body, as the Markdown the writer wrote.
    ///
    /// ```
    /// assert!(!seven_oh::topic("overdose").unwrap().body().is_empty());
    /// ```
    #[cfg(feature = "markdown")]
    #[cfg_attr(docsrs, doc(cfg(feature = "markdown")))]
    pub const fn body(&self) -> &'static str {
        self.body
    }

    /// The body as plain text.
    ///
    /// ```
    /// assert!(seven_oh::topic("getting-help").unwrap().body_text().contains("1-800-662-4357"));
    /// ```
    #[cfg(feature = "plain-text")]
    #[cfg_attr(docsrs, doc(cfg(feature = "plain-text")))]
    pub const fn body_text(&self) -> &'static str {
        self.body_text
    }

    /// The body as an HTML fragment.
    ///
    /// Safe to insert into a page as it is: text is HTML-escaped, the content compiler rejects raw HTML
    /// (tags and comments) in every body, and every link or image points at an `https:` address or,
    /// relatively, at another entry's id (never `javascript:`, `data:`, `mailto:` or `http:`).
    ///
    /// ```
    /// assert!(seven_oh::topic("overdose").unwrap().body_html().contains("<p>"));
    /// ```
    pub const fn body_html(&self) -> &'static str {
        self.body_html
    }

    /// Search keywords the writer added.
    ///
    /// ```
    /// let _tags: seven_oh::Strs = seven_oh::topic("overview").unwrap().tags();
    /// ```
    pub const fn tags(&self) -> Strs {
        self.tags.strs()
    }
}

/// A symptom or sign, with when it shows up and how urgent it is.
///
/// ```
/// use seven_oh::{Context, Urgency};
/// let s = seven_oh::symptom("slow-breathing").unwrap();
/// assert_eq!(s.urgency(), Urgency::Emergency);
/// assert!(s.shows_in(Context::Overdose));
/// ```
#[derive(Debug)]
pub struct Symptom {
    pub(crate) common: Common,
    pub(crate) name: &'static str,
    pub(crate) contexts: &'static [Context],
    pub(crate) urgency: Urgency,
    #[cfg(feature = "markdown")]
    pub(crate) body: &'static str,
    /// Also the symptom's summary, so every build keeps it.
    pub(crate) body_text: &'static str,
    pub(crate) body_html: &'static str,
}

impl Symptom {
    /// The heading every kind has: for a symptom, its [`name`](Self::name).
    ///
    /// ```
    /// let s = seven_oh::symptom("blue-lips").unwrap();
    /// assert_eq!(s.title(), s.name());
    /// ```
    pub const fn title(&self) -> &'static str {
        self.name
    }

    /// The short text every kind has: for a symptom, which has no separate summary, the whole description
    /// as plain text (it is short). Every build has it, with or without the `plain-text` feature.
    ///
    /// ```
    /// let s = seven_oh::symptom("insomnia").unwrap();
    /// assert!(!s.summary().is_empty() && !s.summary().contains("**"));
    /// #[cfg(feature = "plain-text")]
    /// assert_eq!(s.summary(), s.body_text());
    /// ```
    pub const fn summary(&self) -> &'static str {
        self.body_text
    }

    /// The symptom's plain name.
    ///
    /// ```
    /// assert!(seven_oh::symptoms().all(|s| !s.name().is_empty()));
    /// ```
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// When it shows up (at least one context), in the order of [`Context::ALL`].
    ///
    /// ```
    /// use seven_oh::Context;
    /// let nausea = seven_oh::symptom("nausea").unwrap();
    /// let contexts: Vec<Context> = nausea.contexts().collect();
    /// assert_eq!(contexts, [Context::Withdrawal, Context::SideEffect]);
    /// ```
    pub fn contexts(&self) -> impl ExactSizeIterator<Item = Context> + DoubleEndedIterator + Clone + use<> {
        self.contexts.iter().copied()
    }

    /// Whether it shows up in `context`.
    ///
    /// ```
    /// use seven_oh::Context;
    /// let s = seven_oh::symptom("slow-breathing").unwrap();
    /// assert!(s.shows_in(Context::Overdose));
    /// assert!(!s.shows_in(Context::Withdrawal));
    /// ```
    pub fn shows_in(&self, context: Context) -> bool {
        self.contexts.contains(&context)
    }

    /// How quickly it needs care.
    ///
    /// ```
    /// use seven_oh::Urgency;
    /// assert_eq!(seven_oh::symptom("blue-lips").unwrap().urgency(), Urgency::Emergency);
    /// ```
    pub const fn urgency(&self) -> Urgency {
        self.urgency
    }

    /// What it is and what to do, as Markdown.
    ///
    /// ```
    /// assert!(!seven_oh::symptom("insomnia").unwrap().body().is_empty());
    /// ```
    #[cfg(feature = "markdown")]
    #[cfg_attr(docsrs, doc(cfg(feature = "markdown")))]
    pub const fn body(&self) -> &'static str {
        self.body
    }

    /// What it is and what to do, as plain text.
    ///
    /// ```
    /// assert!(!seven_oh::symptom("insomnia").unwrap().body_text().contains("**"));
    /// ```
    #[cfg(feature = "plain-text")]
    #[cfg_attr(docsrs, doc(cfg(feature = "plain-text")))]
    pub const fn body_text(&self) -> &'static str {
        self.body_text
    }

    /// What it is and what to do, as an HTML fragment.
    ///
    /// Safe to insert into a page as it is: text is HTML-escaped, the content compiler rejects raw HTML
    /// (tags and comments) in every body, and every link or image points at an `https:` address or,
    /// relatively, at another entry's id (never `javascript:`, `data:`, `mailto:` or `http:`).
    ///
    /// ```
    /// assert!(seven_oh::symptom("insomnia").unwrap().body_html().contains("<p>"));
    /// ```
    pub const fn body_html(&self) -> &'static str {
        self.body_html
    }

    /// The risks that list this symptom, sorted by id.
    ///
    /// ```
    /// let s = seven_oh::symptom("slow-breathing").unwrap();
    /// assert!(s.risks().any(|r| r.id() == "overdose"));
    /// assert_eq!(s.risks().len(), s.risks().count());
    /// ```
    pub fn risks(&self) -> impl ExactSizeIterator<Item = &'static Risk> + Clone + use<> {
        let id = self.id();
        let lists = move |r: &&'static Risk| r.symptoms().any(|s| s.id() == id);
        let matching = data::RISKS.iter().filter(lists);
        Counted {
            left: matching.clone().count(),
            inner: matching,
        }
    }
}

/// A harm that 7-OH use can lead to, with its severity and the symptoms that go with it.
///
/// ```
/// use seven_oh::Severity;
/// let r = seven_oh::risk("overdose").unwrap();
/// assert_eq!(r.severity(), Severity::Critical);
/// assert!(r.symptoms().any(|s| s.id() == "slow-breathing"));
/// ```
#[derive(Debug)]
pub struct Risk {
    pub(crate) common: Common,
    pub(crate) name: &'static str,
    pub(crate) severity: Severity,
    pub(crate) summary: &'static str,
    #[cfg(feature = "markdown")]
    pub(crate) body: &'static str,
    #[cfg(feature = "plain-text")]
    pub(crate) body_text: &'static str,
    pub(crate) body_html: &'static str,
    pub(crate) symptoms: &'static [u16],
}

impl Risk {
    /// The heading every kind has: for a risk, its [`name`](Self::name).
    ///
    /// ```
    /// let r = seven_oh::risk("overdose").unwrap();
    /// assert_eq!(r.title(), r.name());
    /// ```
    pub const fn title(&self) -> &'static str {
        self.name
    }

    /// The risk's plain name.
    ///
    /// ```
    /// assert!(seven_oh::risks().all(|r| !r.name().is_empty()));
    /// ```
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// How serious it is.
    ///
    /// ```
    /// use seven_oh::Severity;
    /// assert_eq!(seven_oh::risk("respiratory-depression").unwrap().severity(), Severity::Critical);
    /// ```
    pub const fn severity(&self) -> Severity {
        self.severity
    }

    /// One or two sentences that sum it up.
    ///
    /// ```
    /// assert!(seven_oh::risks().all(|r| !r.summary().is_empty()));
    /// ```
    pub const fn summary(&self) -> &'static str {
        self.summary
    }

    /// The full description, as Markdown.
    ///
    /// ```
    /// assert!(!seven_oh::risk("dependence").unwrap().body().is_empty());
    /// ```
    #[cfg(feature = "markdown")]
    #[cfg_attr(docsrs, doc(cfg(feature = "markdown")))]
    pub const fn body(&self) -> &'static str {
        self.body
    }

    /// The full description, as plain text.
    ///
    /// ```
    /// assert!(!seven_oh::risk("dependence").unwrap().body_text().contains("**"));
    /// ```
    #[cfg(feature = "plain-text")]
    #[cfg_attr(docsrs, doc(cfg(feature = "plain-text")))]
    pub const fn body_text(&self) -> &'static str {
        self.body_text
    }

    /// The full description, as an HTML fragment.
    ///
    /// Safe to insert into a page as it is: text is HTML-escaped, the content compiler rejects raw HTML
    /// (tags and comments) in every body, and every link or image points at an `https:` address or,
    /// relatively, at another entry's id (never `javascript:`, `data:`, `mailto:` or `http:`).
    ///
    /// ```
    /// assert!(seven_oh::risk("dependence").unwrap().body_html().contains("<p>"));
    /// ```
    pub const fn body_html(&self) -> &'static str {
        self.body_html
    }

    /// The symptoms that go with this risk.
    ///
    /// ```
    /// assert!(seven_oh::risk("withdrawal").unwrap().symptoms().len() > 3);
    /// ```
    pub fn symptoms(&self) -> impl ExactSizeIterator<Item = &'static Symptom> + use<> {
        self.symptoms.iter().map(|&i| &data::SYMPTOMS[usize::from(i)])
    }
}

/// An iterator that knows how many items are left (a filter counted once, up front).
#[derive(Clone, Debug)]
struct Counted<I> {
    inner: I,
    left: usize,
}

impl<I: Iterator> Iterator for Counted<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        let item = self.inner.next()?;
        self.left -= 1;
        Some(item)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl<I: Iterator> ExactSizeIterator for Counted<I> {}

/// Any one entry of the knowledge base: what [`entry`](crate::entry), [`lookup`](crate::lookup),
/// `related()` and [`search`](crate::search) return.
///
/// Entries compare, hash and order by kind, then id.
///
/// ```
/// use seven_oh::{Entry, Kind};
/// let entry = seven_oh::lookup("Narcan").unwrap();
/// assert_eq!(entry.kind(), Kind::Faq);
/// if let Entry::Faq(faq) = entry {
///     assert!(faq.question().contains("naloxone"));
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Entry {
    /// A question and its answer.
    Faq(&'static Faq),
    /// An explainer.
    Topic(&'static Topic),
    /// A symptom or sign.
    Symptom(&'static Symptom),
    /// A risk.
    Risk(&'static Risk),
}

impl Entry {
    /// Which kind of entry this is.
    ///
    /// ```
    /// use seven_oh::Kind;
    /// assert_eq!(seven_oh::lookup("blue-lips").unwrap().kind(), Kind::Symptom);
    /// ```
    pub const fn kind(self) -> Kind {
        match self {
            Entry::Faq(_) => Kind::Faq,
            Entry::Topic(_) => Kind::Topic,
            Entry::Symptom(_) => Kind::Symptom,
            Entry::Risk(_) => Kind::Risk,
        }
    }

    /// The entry's id (unique within its kind).
    ///
    /// ```
    /// assert_eq!(seven_oh::lookup("7oh").unwrap().id(), "overview");
    /// ```
    pub const fn id(self) -> &'static str {
        self.common().id
    }

    /// A heading for the entry: the FAQ's question, the topic's title, the symptom's or risk's name.
    /// [`Display`](core::fmt::Display) shows the same.
    ///
    /// ```
    /// let e = seven_oh::lookup("what-is-7-oh").unwrap();
    /// assert_eq!(e.title(), "What is 7-OH?");
    /// assert_eq!(e.to_string(), "What is 7-OH?");
    /// ```
    pub const fn title(self) -> &'static str {
        match self {
            Entry::Faq(e) => e.title(),
            Entry::Topic(e) => e.title(),
            Entry::Symptom(e) => e.title(),
            Entry::Risk(e) => e.title(),
        }
    }

    /// A short plain-text answer or summary: the FAQ's short answer, the topic's or risk's summary, or the
    /// symptom's description.
    ///
    /// ```
    /// let e = seven_oh::lookup("is-7-oh-fda-approved").unwrap();
    /// assert!(e.summary().starts_with("No"));
    /// ```
    pub const fn summary(self) -> &'static str {
        match self {
            Entry::Faq(e) => e.summary(),
            Entry::Topic(e) => e.summary(),
            Entry::Symptom(e) => e.summary(),
            Entry::Risk(e) => e.summary(),
        }
    }

    /// The full text (the FAQ's answer, the others' body) as the Markdown the writer wrote.
    ///
    /// ```
    /// let e = seven_oh::lookup("what-is-7-oh").unwrap();
    /// assert_eq!(e.markdown(), seven_oh::faq("what-is-7-oh").unwrap().answer());
    /// ```
    #[cfg(feature = "markdown")]
    #[cfg_attr(docsrs, doc(cfg(feature = "markdown")))]
    pub const fn markdown(self) -> &'static str {
        match self {
            Entry::Faq(e) => e.markdown(),
            Entry::Topic(e) => e.markdown(),
            Entry::Symptom(e) => e.markdown(),
            Entry::Risk(e) => e.markdown(),
        }
    }

    /// The full text as plain text (Markdown removed, paragraphs separated by blank lines).
    ///
    /// ```
    /// let e = seven_oh::lookup("overdose").unwrap();
    /// assert_eq!(e.text(), seven_oh::topic("overdose").unwrap().body_text());
    /// assert!(!e.text().contains("**"));
    /// ```
    #[cfg(feature = "plain-text")]
    #[cfg_attr(docsrs, doc(cfg(feature = "plain-text")))]
    pub const fn text(self) -> &'static str {
        match self {
            Entry::Faq(e) => e.text(),
            Entry::Topic(e) => e.text(),
            Entry::Symptom(e) => e.text(),
            Entry::Risk(e) => e.text(),
        }
    }

    /// The full text as an HTML fragment.
    ///
    /// Safe to insert into a page as it is: text is HTML-escaped, the content compiler rejects raw HTML
    /// (tags and comments) in every body, and every link or image points at an `https:` address or,
    /// relatively, at another entry's id (never `javascript:`, `data:`, `mailto:` or `http:`).
    ///
    /// ```
    /// use seven_oh::Kind;
    /// let risk = seven_oh::entry(Kind::Risk, "overdose").unwrap();
    /// assert!(risk.html().starts_with("<p>"));
    /// assert!(seven_oh::entries().all(|e| !e.html().contains("<script")));
    /// ```
    pub const fn html(self) -> &'static str {
        match self {
            Entry::Faq(e) => e.html(),
            Entry::Topic(e) => e.html(),
            Entry::Symptom(e) => e.html(),
            Entry::Risk(e) => e.html(),
        }
    }

    /// The names that [`lookup`](crate::lookup) resolves to this entry (its id always resolves too).
    ///
    /// ```
    /// for e in seven_oh::entries() {
    ///     for alias in e.aliases() {
    ///         assert_eq!(seven_oh::lookup(alias), Some(e));
    ///     }
    /// }
    /// ```
    pub const fn aliases(self) -> Strs {
        self.common().aliases.strs()
    }

    /// The entry's cross-links.
    ///
    /// ```
    /// let e = seven_oh::lookup("overview").unwrap();
    /// assert!(e.related().len() > 0);
    /// ```
    pub fn related(self) -> impl ExactSizeIterator<Item = Entry> + use<> {
        resolve_related(self.common().related)
    }

    /// The entry's sources.
    ///
    /// ```
    /// assert!(seven_oh::lookup("overview").unwrap().sources().len() > 0);
    /// ```
    pub fn sources(self) -> impl ExactSizeIterator<Item = &'static Source> + use<> {
        resolve_sources(self.common().sources)
    }

    /// What every kind has: id, aliases, links and sources.
    const fn common(self) -> &'static Common {
        match self {
            Entry::Faq(e) => &e.common,
            Entry::Topic(e) => &e.common,
            Entry::Symptom(e) => &e.common,
            Entry::Risk(e) => &e.common,
        }
    }
}

/// Shows the entry's [`title`](Entry::title).
///
/// ```
/// let e = seven_oh::lookup("blue-lips").unwrap();
/// assert_eq!(format!("See: {e}"), format!("See: {}", e.title()));
/// ```
impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title())
    }
}
