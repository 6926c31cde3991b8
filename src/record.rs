//! The record types: one struct per kind of entry, the bibliography's [`Source`], and [`Entry`], which
//! names any one of them.
//!
//! Records are only ever made by the content compiler, as `static` data; their fields are private and
//! read through `const fn` accessors. Two records are equal when they have the same kind and id.

use crate::data;
use seven_oh_shared::kind::{Context, Kind, Severity, SourceKind, Urgency};

use crate::strs::Strs;

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
    pub(crate) aliases: Strs,
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
                self.common.aliases
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
    pub(crate) answer: &'static str,
    pub(crate) answer_text: &'static str,
    pub(crate) answer_html: &'static str,
    pub(crate) paraphrases: Strs,
    pub(crate) tags: Strs,
}

impl Faq {
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
    pub const fn answer(&self) -> &'static str {
        self.answer
    }

    /// The full answer as plain text (Markdown removed, paragraphs separated by blank lines).
    ///
    /// ```
    /// let text = seven_oh::faq("is-7-oh-addictive").unwrap().answer_text();
    /// assert!(!text.contains("**"));
    /// ```
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
        self.paraphrases
    }

    /// Search keywords the writer added.
    ///
    /// ```
    /// let _tags: seven_oh::Strs = seven_oh::faq("is-7-oh-addictive").unwrap().tags();
    /// ```
    pub const fn tags(&self) -> Strs {
        self.tags
    }
}

/// A longer explainer on one subject.
///
/// ```
/// let topic = seven_oh::topic("overview").unwrap();
/// assert!(!topic.title().is_empty());
/// assert!(!topic.body_text().is_empty());
/// ```
#[derive(Debug)]
pub struct Topic {
    pub(crate) common: Common,
    pub(crate) title: &'static str,
    pub(crate) summary: &'static str,
    pub(crate) body: &'static str,
    pub(crate) body_text: &'static str,
    pub(crate) body_html: &'static str,
    pub(crate) tags: Strs,
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
    pub const fn body(&self) -> &'static str {
        self.body
    }

    /// The body as plain text.
    ///
    /// ```
    /// assert!(seven_oh::topic("getting-help").unwrap().body_text().contains("1-800-662-4357"));
    /// ```
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
        self.tags
    }
}

/// A symptom or sign, with when it shows up and how urgent it is.
///
/// ```
/// use seven_oh::{Context, Urgency};
/// let s = seven_oh::symptom("slow-breathing").unwrap();
/// assert_eq!(s.urgency(), Urgency::Emergency);
/// assert!(s.contexts().contains(&Context::Overdose));
/// ```
#[derive(Debug)]
pub struct Symptom {
    pub(crate) common: Common,
    pub(crate) name: &'static str,
    pub(crate) contexts: &'static [Context],
    pub(crate) urgency: Urgency,
    pub(crate) body: &'static str,
    pub(crate) body_text: &'static str,
    pub(crate) body_html: &'static str,
}

impl Symptom {
    /// The symptom's plain name.
    ///
    /// ```
    /// assert!(seven_oh::symptoms().all(|s| !s.name().is_empty()));
    /// ```
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// When it shows up (at least one context).
    ///
    /// ```
    /// use seven_oh::Context;
    /// let nausea = seven_oh::symptom("nausea").unwrap();
    /// assert!(nausea.contexts().contains(&Context::Withdrawal));
    /// assert!(nausea.contexts().contains(&Context::SideEffect));
    /// ```
    pub const fn contexts(&self) -> &'static [Context] {
        self.contexts
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
    pub const fn body(&self) -> &'static str {
        self.body
    }

    /// What it is and what to do, as plain text.
    ///
    /// ```
    /// assert!(!seven_oh::symptom("insomnia").unwrap().body_text().contains("**"));
    /// ```
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

    /// The risks that list this symptom.
    ///
    /// ```
    /// let s = seven_oh::symptom("slow-breathing").unwrap();
    /// assert!(s.risks().any(|r| r.id() == "overdose"));
    /// ```
    pub fn risks(&self) -> impl Iterator<Item = &'static Risk> + use<> {
        let id = self.id();
        data::RISKS.iter().filter(move |r| r.symptoms().any(|s| s.id() == id))
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
    pub(crate) body: &'static str,
    pub(crate) body_text: &'static str,
    pub(crate) body_html: &'static str,
    pub(crate) symptoms: &'static [u16],
}

impl Risk {
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
    pub const fn body(&self) -> &'static str {
        self.body
    }

    /// The full description, as plain text.
    ///
    /// ```
    /// assert!(!seven_oh::risk("dependence").unwrap().body_text().contains("**"));
    /// ```
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

/// Any one entry of the knowledge base: what [`lookup`](crate::lookup), `related()` and search return.
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

    /// A heading for the entry: the question, title or name.
    ///
    /// ```
    /// let e = seven_oh::lookup("what-is-7-oh").unwrap();
    /// assert_eq!(e.title(), "What is 7-OH?");
    /// ```
    pub const fn title(self) -> &'static str {
        match self {
            Entry::Faq(e) => e.question,
            Entry::Topic(e) => e.title,
            Entry::Symptom(e) => e.name,
            Entry::Risk(e) => e.name,
        }
    }

    /// A short plain-text answer or summary: the FAQ's short answer, the topic's or risk's summary, or the
    /// symptom's description.
    ///
    /// ```
    /// assert!(!seven_oh::lookup("kratom").unwrap().summary().is_empty());
    /// ```
    pub const fn summary(self) -> &'static str {
        match self {
            Entry::Faq(e) => e.short_answer,
            Entry::Topic(e) => e.summary,
            Entry::Symptom(e) => e.body_text,
            Entry::Risk(e) => e.summary,
        }
    }

    /// The full text as plain text: the answer or body.
    ///
    /// ```
    /// assert!(!seven_oh::lookup("overdose").unwrap().text().is_empty());
    /// ```
    pub const fn text(self) -> &'static str {
        match self {
            Entry::Faq(e) => e.answer_text,
            Entry::Topic(e) => e.body_text,
            Entry::Symptom(e) => e.body_text,
            Entry::Risk(e) => e.body_text,
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
        self.common().aliases
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
