//! Diagnostics: what is wrong with the content, where, and how to fix it.

use std::fmt;

use seven_oh_shared::layout::{CUES, HELP_LINES, MAX_CONCEPTS};

/// One problem in the content, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, relative to the crate root (`content/faqs/is-7-oh-addictive.md`).
    pub file: String,
    /// 1-based line, or 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column, or 0 when unknown.
    pub column: usize,
    /// What is wrong.
    pub problem: Problem,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        write!(f, ": {}", self.problem)
    }
}

/// A table of the search index that the content outgrew ([`Problem::IndexLimit`]), and where: the file and
/// line of the entry that took it past its limit, or of the file its words came from (`content/search.toml`,
/// `content/urgent.toml`); line 0 when no line is to blame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limit {
    /// The file, as shown to people.
    pub file: String,
    /// The 1-based line, or 0.
    pub line: usize,
    /// Which table, and what it holds.
    pub message: String,
}

/// Whether a problem stops the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// The build fails.
    Error,
    /// The build goes on; cargo shows the message.
    Warning,
}

/// Every kind of problem the content compiler reports. Each message says what is wrong and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file could not be read at all.
    Unreadable(String),
    /// The file's bytes are not UTF-8.
    NotUtf8(usize),
    /// The file starts with a byte-order mark. It is accepted and ignored.
    ByteOrderMark,
    /// The file has no content.
    EmptyFile,
    /// The first line is not `+++`.
    MissingFrontMatter,
    /// A TOML file (`meta.toml`, `sources.toml`, ...) with no content.
    EmptyToml,
    /// The front matter has no closing `+++`.
    UnclosedFrontMatter,
    /// TOML that does not parse, a field of the wrong type, a missing or unknown field.
    Toml(String),
    /// The file name is not a valid id.
    BadSlug(String),
    /// An id in a TOML file (a source, a message) that is not a slug.
    BadId(String),
    /// A folder under `content/` that holds no known kind of entry.
    UnknownFolder(String),
    /// A file the compiler does not know what to do with.
    StrayFile(String, &'static str),
    /// A required file is missing.
    MissingFile(&'static str),
    /// A required field is empty (or only white space).
    EmptyField(&'static str),
    /// A `[[flag]]` without a `message` (`false`), or an aside pattern with one (`true`): the flag's id.
    FlagMessage(String, bool),
    /// The Markdown body is empty.
    EmptyBody,
    /// A list has too few or too many items.
    Count {
        /// The field.
        field: &'static str,
        /// How many it has.
        count: usize,
        /// The fewest allowed.
        min: usize,
        /// The most allowed.
        max: usize,
    },
    /// A link to an entry that does not exist.
    DanglingRelated {
        /// The field.
        field: &'static str,
        /// The missing id.
        id: String,
    },
    /// A `kind:id` link whose kind is not one of the four.
    BadKindPrefix(String),
    /// A risk lists a symptom that does not exist.
    UnknownSymptom(String),
    /// A citation of a source that is not in `sources.toml`.
    UnknownSource(String),
    /// An entry links to itself.
    SelfReference(&'static str),
    /// The same id listed twice in one list.
    Repeated {
        /// The field.
        field: &'static str,
        /// The repeated value.
        id: String,
    },
    /// Two FAQs ask the same question.
    DuplicateQuestion(String),
    /// An alias that names two entries.
    AliasCollision {
        /// The alias as written.
        alias: String,
        /// The other entry, as `kind 'id'`.
        other: String,
    },
    /// An alias with no letters or digits.
    EmptyAlias(String),
    /// An alias with more letters and digits than a lookup key holds.
    LongAlias {
        /// The alias as written.
        alias: String,
        /// The most letters and digits a key holds.
        max: usize,
    },
    /// Two sources with one id.
    DuplicateSourceId(String),
    /// A date that is not ISO 8601.
    BadDate {
        /// The field.
        field: &'static str,
        /// The value.
        value: String,
    },
    /// A review date that is not a full date.
    BadReviewDate(String),
    /// A URL that is not https.
    BadUrl(String),
    /// An invalid value for an enumerated field.
    BadValue {
        /// The field.
        field: &'static str,
        /// What the vocabulary's parser said.
        message: String,
    },
    /// A sign of overdose that is not marked as an emergency.
    OverdoseNotEmergency,
    /// A search phrase, concept, stopword, anchor or trigger word that does not normalise as it must.
    BadWords {
        /// The field.
        field: &'static str,
        /// The value.
        value: String,
        /// What is wrong.
        why: &'static str,
    },
    /// A synonym phrase listed under two concepts.
    PhraseCollision {
        /// The phrase.
        phrase: String,
        /// The concept it already means.
        other: String,
    },
    /// More word groups than the emergency matcher's bit set holds.
    TooManyConcepts(usize),
    /// A red flag that names a word group `urgent.toml` does not define.
    UnknownConcept(String),
    /// Two word groups with one id.
    DuplicateConceptId(String),
    /// A word group with a fixed meaning (one of the cues) that `urgent.toml` does not define.
    MissingCue(&'static str),
    /// A red flag that names a message `urgent.toml` does not define.
    UnknownMessage(String),
    /// An urgent message whose FAQ does not exist.
    UnknownFaq(String),
    /// An urgent message whose number to call is not one of the reviewed help lines.
    BadCall(String),
    /// Two urgent messages with one id.
    DuplicateMessageId(String),
    /// A phone number that is not one of the reviewed help lines.
    UnreviewedPhone(String),
    /// A review date after today.
    ReviewedInFuture {
        /// The field.
        field: &'static str,
        /// The date.
        date: String,
        /// Today, as the build saw it.
        today: String,
    },
    /// An entry reviewed more than a year before the content as a whole.
    StaleReview {
        /// The entry's review date.
        date: String,
        /// `meta.toml`'s review date.
        content: String,
    },
    /// A disclaimer that does not say the content is not medical advice.
    DisclaimerWording,
    /// The content outgrew one of the search index's fixed-size tables.
    IndexLimit(String),
    /// A source that no entry cites.
    UnusedSource(String),
    /// A source's `copy_of` that is an address but not an https one.
    BadCopyOf(String),
    /// A source of kind `other` without a `note` saying why it is used.
    MissingNote(String),
    /// A publisher that says "(copy)": the copy belongs in `copy_of` or `note`.
    CopyMarker(String),
    /// Raw HTML in a Markdown body (a tag or a comment).
    RawHtml(String),
    /// A link or image in a Markdown body whose address is neither https nor a relative link to an entry.
    BadLink(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unreadable(a0) => write!(f, "cannot read this file: {a0}"),
            Problem::NotUtf8(a0) => write!(
                f,
                "the file is not valid UTF-8 (bad byte at offset {a0}); save it as UTF-8"
            ),
            Problem::ByteOrderMark => f.write_str(
                "the file starts with a byte-order mark (BOM); it was ignored, but save the file as UTF-8 without BOM",
            ),
            Problem::EmptyFile => f.write_str(
                "the file is empty; write front matter between two `+++` lines and a Markdown body, or delete the file",
            ),
            Problem::MissingFrontMatter => f.write_str(
                "missing front matter: the first line must be `+++`, then TOML fields, then another `+++` line",
            ),
            Problem::EmptyToml => {
                f.write_str("the file is empty; write its TOML fields as content/README.md describes")
            }
            Problem::UnclosedFrontMatter => {
                f.write_str("the front matter is not closed: add a line with only `+++` after the last field")
            }
            Problem::Toml(a0) => f.write_str(a0),
            Problem::BadSlug(a0) => write!(
                f,
                "'{a0}' is not a valid id: name the file with lowercase letters, digits and single dashes (like `is-7-oh-addictive.md`)"
            ),
            Problem::BadId(a0) => write!(
                f,
                "id: '{a0}' is not a valid id: write lowercase letters, digits and single dashes (like `nida-kratom-2024`)"
            ),
            Problem::UnknownFolder(a0) => write!(
                f,
                "unknown folder '{a0}': entries go in faqs/, topics/, symptoms/ or risks/"
            ),
            Problem::StrayFile(a0, a1) => write!(f, "stray file '{a0}': {a1}"),
            Problem::MissingFile(a0) => write!(f, "missing file: {a0}"),
            Problem::EmptyField(a0) => write!(f, "{a0}: must not be empty"),
            Problem::FlagMessage(id, false) => write!(
                f,
                "flag '{id}' has no message; add `message = \"<id of a [[message]]>\"`, or `aside = true` if its words set the message aside"
            ),
            Problem::FlagMessage(id, true) => write!(
                f,
                "flag '{id}' is an aside pattern (`aside = true`), which raises no message; remove `message`"
            ),
            Problem::EmptyBody => f.write_str("the body is empty: write the text below the closing `+++` line"),
            Problem::Count {
                field, count, min, max, ..
            } => write!(f, "{field}: has {count} items; write {min} to {max}"),
            Problem::DanglingRelated { field, id, .. } => {
                write!(f, "{field}: no topic, symptom, risk or FAQ has id '{id}'")
            }
            Problem::BadKindPrefix(a0) => write!(
                f,
                "related: '{a0}' does not name a kind; write faq:, topic:, symptom: or risk: before the id"
            ),
            Problem::UnknownSymptom(a0) => write!(f, "symptoms: no symptom has id '{a0}'"),
            Problem::UnknownSource(a0) => write!(f, "sources: no source in content/sources.toml has id '{a0}'"),
            Problem::SelfReference(a0) => write!(f, "{a0}: an entry cannot link to itself"),
            Problem::Repeated { field, id, .. } => write!(f, "{field}: '{id}' is listed twice"),
            Problem::DuplicateQuestion(a0) => write!(
                f,
                "question: the same question is asked in {a0}; merge the two FAQs or reword one"
            ),
            Problem::AliasCollision { alias, other, .. } => write!(
                f,
                "aliases: '{alias}' already names {other}; an alias must name exactly one entry"
            ),
            Problem::EmptyAlias(a0) => write!(f, "aliases: '{a0}' has no letters or digits, so nobody can look it up"),
            Problem::LongAlias { alias, max, .. } => write!(
                f,
                "aliases: '{alias}' has more than {max} letters and digits, so nobody can look it up; shorten it"
            ),
            Problem::DuplicateSourceId(a0) => write!(
                f,
                "id: '{a0}' is already the id of another source; source ids must be unique"
            ),
            Problem::BadDate { field, value, .. } => write!(
                f,
                "{field}: '{value}' is not an ISO 8601 date; write YYYY-MM-DD, YYYY-MM or YYYY"
            ),
            Problem::BadReviewDate(a0) => write!(f, "reviewed: '{a0}' is not a full ISO 8601 date; write YYYY-MM-DD"),
            Problem::BadUrl(a0) => write!(
                f,
                "url: '{a0}' is not an https:// URL; link to the https address of the publication"
            ),
            Problem::BadValue { field, message, .. } => write!(f, "{field}: {message}"),
            Problem::OverdoseNotEmergency => f.write_str(
                "urgency: a symptom with the `overdose` context is a sign of overdose and must be \"emergency\"",
            ),
            Problem::BadWords { field, value, why, .. } => write!(f, "{field}: '{value}' {why}"),
            Problem::PhraseCollision { phrase, other, .. } => write!(
                f,
                "phrases: '{phrase}' already means '{other}'; a phrase can mean only one concept"
            ),
            Problem::TooManyConcepts(n) => write!(
                f,
                "concept: {n} word groups; the emergency matcher holds at most {MAX_CONCEPTS}; merge groups"
            ),
            Problem::UnknownConcept(a0) => write!(f, "concepts: no [[concept]] has id '{a0}'"),
            Problem::DuplicateConceptId(a0) => write!(f, "id: '{a0}' is already the id of another word group"),
            Problem::MissingCue(a0) => write!(
                f,
                "no [[concept]] has id '{a0}'; the emergency check needs the word groups {}",
                CUES.join(", ")
            ),
            Problem::UnknownMessage(a0) => write!(f, "message: no [[message]] has id '{a0}'"),
            Problem::UnknownFaq(a0) => write!(f, "faq: no FAQ has id '{a0}'"),
            Problem::BadCall(call) => write!(f, "call: '{call}' is not a reviewed number; use {}", help_lines(true)),
            Problem::DuplicateMessageId(a0) => write!(f, "id: '{a0}' is already the id of another message"),
            Problem::UnreviewedPhone(number) => write!(
                f,
                "'{number}' is not a reviewed phone number; the content may only give {}",
                help_lines(false)
            ),
            Problem::ReviewedInFuture { field, date, today, .. } => write!(
                f,
                "{field}: '{date}' is in the future (today is {today}); write the date the review happened"
            ),
            Problem::StaleReview { date, content, .. } => write!(
                f,
                "reviewed: '{date}' is more than a year before the content's review date ({content}); review this entry again"
            ),
            Problem::DisclaimerWording => f.write_str("disclaimer: must say that this is \"not medical advice\""),
            Problem::IndexLimit(a0) => write!(f, "the search index outgrew a table: {a0}"),
            Problem::UnusedSource(a0) => write!(f, "source '{a0}' is not cited by any entry; cite it or remove it"),
            Problem::BadCopyOf(a0) => write!(
                f,
                "copy_of: '{a0}' is not an https:// URL; write the original's https address or describe the original in words"
            ),
            Problem::MissingNote(a0) => write!(
                f,
                "kind: source '{a0}' is of kind \"other\"; add a note = \"...\" saying why it is used"
            ),
            Problem::CopyMarker(a0) => write!(
                f,
                "publisher: '{a0}' marks a copy; name the original publisher and write copy_of = \"<original URL or description>\""
            ),
            Problem::RawHtml(a0) => write!(
                f,
                "raw HTML '{a0}' in the body; write Markdown instead (put a literal `<` in backticks), HTML is not passed to apps"
            ),
            Problem::BadLink(a0) => write!(
                f,
                "link '{a0}' is neither https:// nor a relative link to an entry; link to an https address or to an entry's id"
            ),
        }
    }
}

impl std::error::Error for Problem {}

/// The reviewed help lines as a message lists them: `911, 988, ... or 1-800-222-1222`; only those an urgent
/// message may tell people to call when `callable_only`.
fn help_lines(callable_only: bool) -> String {
    let numbers: Vec<&str> = HELP_LINES
        .iter()
        .filter(|l| l.callable || !callable_only)
        .map(|l| l.number)
        .collect();
    match numbers.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

impl Problem {
    /// Whether this problem fails the build.
    pub fn level(&self) -> Level {
        match self {
            // A review date after today is only a warning: the build script runs on users' machines too, and a
            // machine with a wrong clock must not fail to build the crate.
            Problem::ByteOrderMark
            | Problem::UnusedSource(_)
            | Problem::StaleReview { .. }
            | Problem::ReviewedInFuture { .. } => Level::Warning,
            Problem::Unreadable(..)
            | Problem::NotUtf8(..)
            | Problem::EmptyFile
            | Problem::MissingFrontMatter
            | Problem::EmptyToml
            | Problem::UnclosedFrontMatter
            | Problem::Toml(..)
            | Problem::BadSlug(..)
            | Problem::BadId(..)
            | Problem::UnknownFolder(..)
            | Problem::StrayFile(..)
            | Problem::MissingFile(..)
            | Problem::EmptyField(..)
            | Problem::FlagMessage(..)
            | Problem::EmptyBody
            | Problem::Count { .. }
            | Problem::DanglingRelated { .. }
            | Problem::BadKindPrefix(..)
            | Problem::UnknownSymptom(..)
            | Problem::UnknownSource(..)
            | Problem::SelfReference(..)
            | Problem::Repeated { .. }
            | Problem::DuplicateQuestion(..)
            | Problem::AliasCollision { .. }
            | Problem::EmptyAlias(..)
            | Problem::LongAlias { .. }
            | Problem::DuplicateSourceId(..)
            | Problem::BadDate { .. }
            | Problem::BadReviewDate(..)
            | Problem::BadUrl(..)
            | Problem::BadValue { .. }
            | Problem::OverdoseNotEmergency
            | Problem::BadWords { .. }
            | Problem::PhraseCollision { .. }
            | Problem::TooManyConcepts(..)
            | Problem::UnknownConcept(..)
            | Problem::DuplicateConceptId(..)
            | Problem::MissingCue(..)
            | Problem::UnknownMessage(..)
            | Problem::UnknownFaq(..)
            | Problem::BadCall(..)
            | Problem::DuplicateMessageId(..)
            | Problem::UnreviewedPhone(..)
            | Problem::DisclaimerWording
            | Problem::IndexLimit(..)
            | Problem::BadCopyOf(..)
            | Problem::MissingNote(..)
            | Problem::CopyMarker(..)
            | Problem::RawHtml(..)
            | Problem::BadLink(..) => Level::Error,
        }
    }
}

/// Turns byte offsets into 1-based line and column numbers for one file.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The 1-based line and column (in characters) of byte `offset` in `text`.
    pub fn locate(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let column = text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        (line, column)
    }
}

/// Collects the diagnostics of one build.
#[derive(Debug, Default)]
pub struct Diagnostics {
    /// Everything found so far, in the order found.
    pub list: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records a problem at a place.
    pub fn push(&mut self, file: &str, (line, column): (usize, usize), problem: Problem) {
        self.list.push(Diagnostic {
            file: file.to_owned(),
            line,
            column,
            problem,
        });
    }

    /// Whether any recorded problem fails the build.
    pub fn has_errors(&self) -> bool {
        self.list.iter().any(|d| d.problem.level() == Level::Error)
    }
}
