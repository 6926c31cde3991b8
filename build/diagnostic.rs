//! Diagnostics: what is wrong with the content, where, and how to fix it.

use std::fmt;

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

/// Whether a problem stops the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// The build fails.
    Error,
    /// The build goes on; cargo shows the message.
    Warning,
}

/// Every kind of problem the content compiler reports. Each message says what is wrong and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// The file could not be read at all.
    #[error("cannot read this file: {0}")]
    Unreadable(String),
    /// The file's bytes are not UTF-8.
    #[error("the file is not valid UTF-8 (bad byte at offset {0}); save it as UTF-8")]
    NotUtf8(usize),
    /// The file starts with a byte-order mark. It is accepted and ignored.
    #[error("the file starts with a byte-order mark (BOM); it was ignored, but save the file as UTF-8 without BOM")]
    ByteOrderMark,
    /// The file has no content.
    #[error("the file is empty; write front matter between two `+++` lines and a Markdown body, or delete the file")]
    EmptyFile,
    /// The first line is not `+++`.
    #[error("missing front matter: the first line must be `+++`, then TOML fields, then another `+++` line")]
    MissingFrontMatter,
    /// A TOML file (`meta.toml`, `sources.toml`, ...) with no content.
    #[error("the file is empty; write its TOML fields as content/README.md describes")]
    EmptyToml,
    /// The front matter has no closing `+++`.
    #[error("the front matter is not closed: add a line with only `+++` after the last field")]
    UnclosedFrontMatter,
    /// TOML that does not parse, a field of the wrong type, a missing or unknown field.
    #[error("{0}")]
    Toml(String),
    /// The file name is not a valid id.
    #[error(
        "'{0}' is not a valid id: name the file with lowercase letters, digits and single dashes (like `is-7-oh-addictive.md`)"
    )]
    BadSlug(String),
    /// An id in a TOML file (a source, a message) that is not a slug.
    #[error("id: '{0}' is not a valid id: write lowercase letters, digits and single dashes (like `nida-kratom-2024`)")]
    BadId(String),
    /// A folder under `content/` that holds no known kind of entry.
    #[error("unknown folder '{0}': entries go in faqs/, topics/, symptoms/ or risks/")]
    UnknownFolder(String),
    /// A file the compiler does not know what to do with.
    #[error("stray file '{0}': {1}")]
    StrayFile(String, &'static str),
    /// A required file is missing.
    #[error("missing file: {0}")]
    MissingFile(&'static str),
    /// A required field is empty (or only white space).
    #[error("{0}: must not be empty")]
    EmptyField(&'static str),
    /// The Markdown body is empty.
    #[error("the body is empty: write the text below the closing `+++` line")]
    EmptyBody,
    /// A list has too few or too many items.
    #[error("{field}: has {count} items; write {min} to {max}")]
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
    #[error("{field}: no topic, symptom, risk or FAQ has id '{id}'")]
    DanglingRelated {
        /// The field.
        field: &'static str,
        /// The missing id.
        id: String,
    },
    /// A `kind:id` link whose kind is not one of the four.
    #[error("related: '{0}' does not name a kind; write faq:, topic:, symptom: or risk: before the id")]
    BadKindPrefix(String),
    /// A risk lists a symptom that does not exist.
    #[error("symptoms: no symptom has id '{0}'")]
    UnknownSymptom(String),
    /// A citation of a source that is not in `sources.toml`.
    #[error("sources: no source in content/sources.toml has id '{0}'")]
    UnknownSource(String),
    /// An entry links to itself.
    #[error("{0}: an entry cannot link to itself")]
    SelfReference(&'static str),
    /// The same id listed twice in one list.
    #[error("{field}: '{id}' is listed twice")]
    Repeated {
        /// The field.
        field: &'static str,
        /// The repeated value.
        id: String,
    },
    /// Two FAQs ask the same question.
    #[error("question: the same question is asked in {0}; merge the two FAQs or reword one")]
    DuplicateQuestion(String),
    /// An alias that names two entries.
    #[error("aliases: '{alias}' already names {other}; an alias must name exactly one entry")]
    AliasCollision {
        /// The alias as written.
        alias: String,
        /// The other entry, as `kind 'id'`.
        other: String,
    },
    /// An alias with no letters or digits.
    #[error("aliases: '{0}' has no letters or digits, so nobody can look it up")]
    EmptyAlias(String),
    /// An alias with more letters and digits than a lookup key holds.
    #[error("aliases: '{alias}' has more than {max} letters and digits, so nobody can look it up; shorten it")]
    LongAlias {
        /// The alias as written.
        alias: String,
        /// The most letters and digits a key holds.
        max: usize,
    },
    /// Two sources with one id.
    #[error("id: '{0}' is already the id of another source; source ids must be unique")]
    DuplicateSourceId(String),
    /// A date that is not ISO 8601.
    #[error("{field}: '{value}' is not an ISO 8601 date; write YYYY-MM-DD, YYYY-MM or YYYY")]
    BadDate {
        /// The field.
        field: &'static str,
        /// The value.
        value: String,
    },
    /// A review date that is not a full date.
    #[error("reviewed: '{0}' is not a full ISO 8601 date; write YYYY-MM-DD")]
    BadReviewDate(String),
    /// A URL that is not https.
    #[error("url: '{0}' is not an https:// URL; link to the https address of the publication")]
    BadUrl(String),
    /// An invalid value for an enumerated field.
    #[error("{field}: {message}")]
    BadValue {
        /// The field.
        field: &'static str,
        /// What the vocabulary's parser said.
        message: String,
    },
    /// A sign of overdose that is not marked as an emergency.
    #[error("urgency: a symptom with the `overdose` context is a sign of overdose and must be \"emergency\"")]
    OverdoseNotEmergency,
    /// A search phrase, concept, stopword, anchor or trigger word that does not normalise as it must.
    #[error("{field}: '{value}' {why}")]
    BadWords {
        /// The field.
        field: &'static str,
        /// The value.
        value: String,
        /// What is wrong.
        why: &'static str,
    },
    /// A synonym phrase listed under two concepts.
    #[error("phrases: '{phrase}' already means '{other}'; a phrase can mean only one concept")]
    PhraseCollision {
        /// The phrase.
        phrase: String,
        /// The concept it already means.
        other: String,
    },
    /// More trigger slots than the emergency matcher's bit set holds.
    #[error("triggers: {0} slots in all; the emergency matcher holds at most 128; merge or remove triggers")]
    TooManyTriggerSlots(usize),
    /// An urgent message whose number to call is not one of the reviewed help lines.
    #[error("call: '{0}' is not a reviewed number; use 911, 988, 1-800-662-4357 or 1-800-222-1222")]
    BadCall(String),
    /// Two urgent messages with one id.
    #[error("id: '{0}' is already the id of another message")]
    DuplicateMessageId(String),
    /// A phone number that is not one of the reviewed help lines.
    #[error(
        "'{0}' is not a reviewed phone number; the content may only give 911, 988, 1-800-662-4357, 1-800-487-4889 or 1-800-222-1222"
    )]
    UnreviewedPhone(String),
    /// A review date after today.
    #[error("{field}: '{date}' is in the future (today is {today}); write the date the review happened")]
    ReviewedInFuture {
        /// The field.
        field: &'static str,
        /// The date.
        date: String,
        /// Today, as the build saw it.
        today: String,
    },
    /// An entry reviewed more than a year before the content as a whole.
    #[error(
        "reviewed: '{date}' is more than a year before the content's review date ({content}); review this entry again"
    )]
    StaleReview {
        /// The entry's review date.
        date: String,
        /// `meta.toml`'s review date.
        content: String,
    },
    /// A disclaimer that does not say the content is not medical advice.
    #[error("disclaimer: must say that this is \"not medical advice\"")]
    DisclaimerWording,
    /// The content outgrew one of the search index's fixed-size tables.
    #[error("the search index outgrew a table: {0}")]
    IndexLimit(String),
    /// A source that no entry cites.
    #[error("source '{0}' is not cited by any entry; cite it or remove it")]
    UnusedSource(String),
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
            _ => Level::Error,
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
