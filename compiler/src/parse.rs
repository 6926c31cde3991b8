//! Stage 1, parse: read `content/` into typed front matter and Markdown bodies.
//!
//! Nothing here checks links between files; that is [`validate`](super::validate)'s job. Every problem found
//! is recorded and reading goes on, so one build reports every broken file at once.

use std::fs;
use std::ops::Range;
use std::path::Path;

use toml::Spanned;

use super::diagnostic::{Diagnostics, LineIndex, Problem};
use super::toml_fields::{self, FromTable, toml_struct};
use seven_oh_shared::kind::{self, Kind};

/// A string with the byte range it came from in its file.
pub type Str = Spanned<String>;

/// One file that was read, kept for turning offsets into line numbers.
#[derive(Debug)]
pub struct File {
    /// The path shown to people: `content/faqs/what-is-7-oh.md`.
    pub path: String,
    /// The text, with a BOM removed and CRLF line ends turned into LF.
    pub text: String,
    lines: LineIndex,
}

impl File {
    fn new(path: String, text: String) -> File {
        let lines = LineIndex::new(&text);
        File { path, text, lines }
    }

    /// The 1-based line and column of byte `offset`.
    pub fn locate(&self, offset: usize) -> (usize, usize) {
        self.lines.locate(&self.text, offset)
    }
}

/// Front matter of a FAQ.
#[derive(Debug)]
pub struct FaqFields {
    /// The question, as a person asks it.
    pub question: Str,
    /// The one- or two-sentence answer.
    pub short_answer: Str,
    /// Other ways people ask the question (FAQs only).
    pub paraphrases: Spanned<Vec<Str>>,
    /// Names that `lookup` resolves to the entry.
    pub aliases: Vec<Str>,
    /// Search keywords.
    pub tags: Vec<Str>,
    /// Links to other entries.
    pub related: Vec<Str>,
    /// The sources it cites.
    pub sources: Spanned<Vec<Str>>,
    /// When the entry was last reviewed.
    pub reviewed: Option<Str>,
}

toml_struct!(FaqFields {
    question: req,
    short_answer: req,
    paraphrases: req,
    aliases: opt,
    tags: opt,
    related: opt,
    sources: req,
    reviewed: opt
});

/// Front matter of a topic.
#[derive(Debug)]
pub struct TopicFields {
    /// The title.
    pub title: Str,
    /// One or two sentences that sum it up.
    pub summary: Str,
    /// Names that `lookup` resolves to the entry.
    pub aliases: Vec<Str>,
    /// Search keywords.
    pub tags: Vec<Str>,
    /// Links to other entries.
    pub related: Vec<Str>,
    /// The sources it cites.
    pub sources: Spanned<Vec<Str>>,
    /// When the entry was last reviewed.
    pub reviewed: Option<Str>,
}

toml_struct!(TopicFields {
    title: req,
    summary: req,
    aliases: opt,
    tags: opt,
    related: opt,
    sources: req,
    reviewed: opt
});

/// Front matter of a symptom.
#[derive(Debug)]
pub struct SymptomFields {
    /// The plain name.
    pub name: Str,
    /// Names that `lookup` resolves to the entry.
    pub aliases: Vec<Str>,
    /// When the symptom shows up (symptoms only).
    pub contexts: Spanned<Vec<Str>>,
    /// How urgent the symptom is (symptoms only).
    pub urgency: Str,
    /// Links to other entries.
    pub related: Vec<Str>,
    /// The sources it cites.
    pub sources: Spanned<Vec<Str>>,
    /// When the entry was last reviewed.
    pub reviewed: Option<Str>,
}

toml_struct!(SymptomFields {
    name: req,
    aliases: opt,
    contexts: req,
    urgency: req,
    related: opt,
    sources: req,
    reviewed: opt
});

/// Front matter of a risk.
#[derive(Debug)]
pub struct RiskFields {
    /// The plain name.
    pub name: Str,
    /// How serious the risk is (risks only).
    pub severity: Str,
    /// One or two sentences that sum it up.
    pub summary: Str,
    /// Names that `lookup` resolves to the entry.
    pub aliases: Vec<Str>,
    /// The symptoms that go with the risk.
    pub symptoms: Vec<Str>,
    /// Links to other entries.
    pub related: Vec<Str>,
    /// The sources it cites.
    pub sources: Spanned<Vec<Str>>,
    /// When the entry was last reviewed.
    pub reviewed: Option<Str>,
}

toml_struct!(RiskFields {
    name: req,
    severity: req,
    summary: req,
    aliases: opt,
    symptoms: opt,
    related: opt,
    sources: req,
    reviewed: opt
});

/// The front matter of an entry, by kind.
#[derive(Debug)]
pub enum Fields {
    /// A FAQ.
    Faq(FaqFields),
    /// A topic.
    Topic(TopicFields),
    /// A symptom.
    Symptom(SymptomFields),
    /// A risk.
    Risk(RiskFields),
}

/// The fields every kind has.
#[derive(Debug, Clone, Copy)]
pub struct Common<'a> {
    /// Names that `lookup` resolves to the entry.
    pub aliases: &'a [Str],
    /// Links to other entries.
    pub related: &'a [Str],
    /// The sources it cites.
    pub sources: &'a Spanned<Vec<Str>>,
    /// When the entry was last reviewed.
    pub reviewed: Option<&'a Str>,
}

impl Fields {
    /// The fields every kind has.
    pub fn common(&self) -> Common<'_> {
        macro_rules! common {
            ($f:expr) => {
                Common {
                    aliases: &$f.aliases,
                    related: &$f.related,
                    sources: &$f.sources,
                    reviewed: $f.reviewed.as_ref(),
                }
            };
        }
        match self {
            Fields::Faq(f) => common!(f),
            Fields::Topic(f) => common!(f),
            Fields::Symptom(f) => common!(f),
            Fields::Risk(f) => common!(f),
        }
    }
}

/// An entry file, parsed.
#[derive(Debug)]
pub struct Entry {
    /// The kind of entry.
    pub kind: Kind,
    /// The file stem.
    pub id: String,
    /// Index into [`Content::files`].
    pub file: usize,
    /// Byte offset of the front matter's TOML in the file (spans in `fields` are relative to it).
    pub fields_at: usize,
    /// The front matter.
    pub fields: Fields,
    /// The Markdown body.
    pub body: String,
    /// Byte offset of the body in the file.
    pub body_at: usize,
}

/// One `[[source]]` of `sources.toml`.
#[derive(Debug)]
pub struct SourceFields {
    /// The id.
    pub id: Str,
    /// The title.
    pub title: Str,
    /// Who published it.
    pub publisher: Str,
    /// Where to read it.
    pub url: Str,
    /// When it was published, if someone confirmed it on the page; absent otherwise.
    pub date: Option<Str>,
    /// What kind of publication it is (`government`, `peer-reviewed`, ...).
    pub kind: Str,
    /// The original a copy stands in for, when `url` is a copy (a mirror, reprint or archive) used because it
    /// is the only public copy.
    pub copy_of: Option<Str>,
    /// Why this source is used, or what to know about it.
    pub note: Option<Str>,
}

toml_struct!(SourceFields {
    id: req,
    title: req,
    publisher: req,
    url: req,
    date: opt,
    kind: req,
    copy_of: opt,
    note: opt
});

#[derive(Debug)]
struct SourcesFile {
    source: Vec<SourceFields>,
}

toml_struct!(SourcesFile { source: opt });

/// `meta.toml`.
#[derive(Debug)]
pub struct MetaFields {
    /// The content's version.
    pub version: Str,
    /// When the entry was last reviewed.
    pub reviewed: Str,
    /// The health disclaimer.
    pub disclaimer: Str,
}

toml_struct!(MetaFields {
    version: req,
    reviewed: req,
    disclaimer: req
});

/// One `[[synonym]]` group of `search.toml`.
#[derive(Debug)]
pub struct SynonymFields {
    /// The concept the phrases mean.
    pub concept: Str,
    /// Whether the concept ties a question to this subject.
    pub anchor: bool,
    /// The phrases that mean the concept.
    pub phrases: Vec<Str>,
}

toml_struct!(SynonymFields {
    concept: req,
    anchor: opt,
    phrases: req
});

/// `search.toml`: how questions are read.
#[derive(Debug)]
pub struct SearchFields {
    /// Words that tie a question to this subject.
    pub anchors: Vec<Str>,
    /// Words that never count in ranking.
    pub stopwords: Vec<Str>,
    /// The synonym concepts a `*` of a decline pattern stands for.
    pub subjects: Vec<Str>,
    /// Requests to decline (where to buy, how much to take), as patterns of words.
    pub declines: Vec<Str>,
    /// The `[[synonym]]` groups.
    pub synonym: Vec<SynonymFields>,
}

toml_struct!(SearchFields {
    anchors: opt,
    stopwords: opt,
    subjects: opt,
    declines: opt,
    synonym: opt
});

/// One `[[message]]` of `urgent.toml`.
#[derive(Debug)]
pub struct UrgentFields {
    /// The id.
    pub id: Str,
    /// The one-line headline.
    pub headline: Str,
    /// What to do, in order.
    pub steps: Spanned<Vec<Str>>,
    /// The number to call.
    pub call: Str,
    /// What else to know.
    pub also: Str,
    /// The sources it cites.
    pub sources: Spanned<Vec<Str>>,
    /// The id of the FAQ that goes with the message.
    pub faq: Str,
}

toml_struct!(UrgentFields {
    id: req,
    headline: req,
    steps: req,
    call: req,
    also: req,
    sources: req,
    faq: req
});

/// One `[[concept]]` of `urgent.toml`: a named group of words that mean one thing.
#[derive(Debug)]
pub struct ConceptFields {
    /// The id, which flags name.
    pub id: Str,
    /// The words, one word each.
    pub words: Spanned<Vec<Str>>,
}

toml_struct!(ConceptFields { id: req, words: req });

/// One `[[flag]]` of `urgent.toml`: a red flag, made of word groups found together.
#[derive(Debug)]
pub struct FlagFields {
    /// The id (for reports).
    pub id: Str,
    /// The message it raises (none for an aside pattern).
    pub message: Option<Str>,
    /// Whether this is an aside pattern: words that, found together, set the whole message aside from the
    /// present ("two years ago", "last month"), as a word of the `aside` group does. It raises no message.
    pub aside: Option<bool>,
    /// The word groups that must all appear, in any order.
    pub concepts: Spanned<Vec<Str>>,
    /// Within how many words they must all appear.
    pub window: Option<Spanned<u8>>,
    /// Whether the message must also describe someone's situation.
    pub situation: Option<bool>,
    /// Whether the flag holds in a message about a calm topic (law, tests, withdrawal ...).
    pub strong: Option<bool>,
    /// A word group that stops the flag when one of its words comes shortly before (within `UNLESS_WINDOW`
    /// words) the flag's words are all there ("my *heart* is going to stop" is not "going to end it").
    pub unless: Option<Str>,
    /// A word group that stops the flag when one of its words comes right after (within
    /// `UNLESS_AFTER_WINDOW` words of) the flag's last word ("seizure *medication*", "suicide *hotline*").
    pub unless_after: Option<Str>,
}

toml_struct!(FlagFields {
    id: req,
    message: opt,
    aside: opt,
    concepts: req,
    window: opt,
    situation: opt,
    strong: opt,
    unless: opt,
    unless_after: opt
});

#[derive(Debug)]
struct UrgentFile {
    message: Vec<UrgentFields>,
    concept: Vec<ConceptFields>,
    flag: Vec<FlagFields>,
}

toml_struct!(UrgentFile {
    message: opt,
    concept: opt,
    flag: opt
});

/// `common-words.toml`: common English words that typo correction leaves alone.
#[derive(Debug)]
pub struct CommonWordsFields {
    /// The words, one lowercase word each.
    pub words: Vec<Str>,
}

toml_struct!(CommonWordsFields { words: req });

/// Everything read from `content/`.
#[derive(Debug, Default)]
pub struct Content {
    /// Every file read, in the order read.
    pub files: Vec<File>,
    /// Entry files that parsed, sorted by kind, then id.
    pub entries: Vec<Entry>,
    /// The bibliography, in file order, and the index of `sources.toml` in `files`.
    pub sources: Vec<SourceFields>,
    /// The index of `sources.toml` in the files.
    pub sources_file: Option<usize>,
    /// `meta.toml`, and its index in `files`.
    pub meta: Option<MetaFields>,
    /// The index of `meta.toml` in the files.
    pub meta_file: Option<usize>,
    /// Whether `sources.toml` is missing or did not parse (already reported): citations are then not
    /// checked one by one, which would only repeat that error.
    pub sources_broken: bool,
    /// Entry files that exist but did not parse (already reported), as (kind, id).
    pub broken: Vec<(Kind, String)>,
    /// `search.toml`, and its index in `files`.
    pub search: Option<SearchFields>,
    /// The index of `search.toml` in the files.
    pub search_file: Option<usize>,
    /// The messages of `urgent.toml`, and its index in `files`.
    pub urgent: Vec<UrgentFields>,
    /// The index of `urgent.toml` in the files.
    pub urgent_file: Option<usize>,
    /// The word groups of `urgent.toml`.
    pub concepts: Vec<ConceptFields>,
    /// The red flags of `urgent.toml`.
    pub flags: Vec<FlagFields>,
    /// `common-words.toml`, and its index in `files` (the file is optional).
    pub common_words: Option<CommonWordsFields>,
    /// The index of `common-words.toml` in the files.
    pub common_words_file: Option<usize>,
}

/// Whether `s` is a lowercase ASCII slug: `[a-z0-9]+(-[a-z0-9]+)*`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Reads `root/content` (sorted, so the output never depends on the file system's order).
pub fn read(root: &Path, diags: &mut Diagnostics) -> Content {
    let mut content = Content::default();
    let dir = root.join("content");
    let names = match sorted_names(&dir) {
        Ok(names) => names,
        Err(e) => {
            diags.push("content", (0, 0), Problem::Unreadable(e.to_string()));
            return content;
        }
    };
    for name in &names {
        let path = dir.join(name);
        let shown = format!("content/{name}");
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            match kind::kind_of_folder(name) {
                Some(kind) => read_kind(&mut content, &dir, kind, diags),
                None => diags.push(&shown, (0, 0), Problem::UnknownFolder(name.clone())),
            }
            continue;
        }
        match name.as_str() {
            "sources.toml" => {
                if let Some(file) = load(&mut content, &path, shown, diags) {
                    let text = &content.files[file].text;
                    match toml_at::<SourcesFile>(&content.files[file], text, 0, diags) {
                        Some(parsed) => {
                            content.sources = parsed.source;
                            content.sources_file = Some(file);
                        }
                        None => content.sources_broken = true,
                    }
                }
            }
            "meta.toml" => {
                if let Some(file) = load(&mut content, &path, shown, diags) {
                    let text = &content.files[file].text;
                    content.meta = toml_at::<MetaFields>(&content.files[file], text, 0, diags);
                    content.meta_file = Some(file);
                }
            }
            "search.toml" => {
                if let Some(file) = load(&mut content, &path, shown, diags) {
                    let text = &content.files[file].text;
                    content.search = toml_at::<SearchFields>(&content.files[file], text, 0, diags);
                    content.search_file = Some(file);
                }
            }
            "urgent.toml" => {
                if let Some(file) = load(&mut content, &path, shown, diags) {
                    let text = &content.files[file].text;
                    if let Some(parsed) = toml_at::<UrgentFile>(&content.files[file], text, 0, diags) {
                        content.urgent = parsed.message;
                        content.concepts = parsed.concept;
                        content.flags = parsed.flag;
                    }
                    content.urgent_file = Some(file);
                }
            }
            "common-words.toml" => {
                if let Some(file) = load(&mut content, &path, shown, diags) {
                    let text = &content.files[file].text;
                    content.common_words = toml_at::<CommonWordsFields>(&content.files[file], text, 0, diags);
                    content.common_words_file = Some(file);
                }
            }
            "README.md" => {}
            _ => diags.push(
                &shown,
                (0, 0),
                Problem::StrayFile(
                    name.clone(),
                    "content/ holds only faqs/, topics/, symptoms/, risks/, sources.toml, meta.toml, search.toml, urgent.toml, common-words.toml and README.md",
                ),
            ),
        }
    }
    // A file that exists but could not be read or parsed was reported already.
    if content.sources_file.is_none() && !dir.join("sources.toml").is_file() {
        diags.push(
            "content/sources.toml",
            (0, 0),
            Problem::MissingFile("content/sources.toml (the bibliography)"),
        );
    }
    if content.sources_file.is_none() {
        content.sources_broken = true;
    }
    if content.meta_file.is_none() && !dir.join("meta.toml").is_file() {
        diags.push(
            "content/meta.toml",
            (0, 0),
            Problem::MissingFile("content/meta.toml (version, review date, disclaimer)"),
        );
    }
    if content.urgent_file.is_none() && !dir.join("urgent.toml").is_file() {
        diags.push(
            "content/urgent.toml",
            (0, 0),
            Problem::MissingFile("content/urgent.toml (the emergency messages and their triggers)"),
        );
    }
    content.entries.sort_by(|a, b| (a.kind, &a.id).cmp(&(b.kind, &b.id)));
    content
}

fn sorted_names(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in fs::read_dir(dir)? {
        names.push(entry?.file_name().to_string_lossy().into_owned());
    }
    names.sort();
    Ok(names)
}

fn read_kind(content: &mut Content, dir: &Path, kind: Kind, diags: &mut Diagnostics) {
    let folder = kind::folder(kind);
    let names = match sorted_names(&dir.join(folder)) {
        Ok(names) => names,
        Err(e) => {
            diags.push(&format!("content/{folder}"), (0, 0), Problem::Unreadable(e.to_string()));
            return;
        }
    };
    for name in names {
        if name.starts_with('.') {
            continue;
        }
        let path = dir.join(folder).join(&name);
        let shown = format!("content/{folder}/{name}");
        let Some(stem) = name.strip_suffix(".md").filter(|_| path.is_file()) else {
            diags.push(
                &shown,
                (0, 0),
                Problem::StrayFile(name.clone(), "an entry folder holds only `.md` files, one per entry"),
            );
            continue;
        };
        if !is_slug(stem) {
            diags.push(&shown, (0, 0), Problem::BadSlug(stem.to_owned()));
            continue;
        }
        let stem = stem.to_owned();
        let Some(file) = load(content, &path, shown, diags) else {
            continue;
        };
        let id = stem.clone();
        if let Some(entry) = parse_entry(&content.files[file], file, kind, stem, diags) {
            content.entries.push(entry);
        } else {
            // Remember it, so links to it are not reported as dangling on top of its own error.
            content.broken.push((kind, id));
        }
    }
}

/// Reads a file as UTF-8 text, dropping a BOM and normalising line ends. Returns its index in `files`.
fn load(content: &mut Content, path: &Path, shown: String, diags: &mut Diagnostics) -> Option<usize> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            diags.push(&shown, (0, 0), Problem::Unreadable(e.to_string()));
            return None;
        }
    };
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
            let at = LineIndex::new(&prefix).locate(&prefix, offset);
            diags.push(&shown, at, Problem::NotUtf8(offset));
            return None;
        }
    };
    if let Some(rest) = text.strip_prefix('\u{feff}') {
        diags.push(&shown, (1, 1), Problem::ByteOrderMark);
        text = rest.to_owned();
    }
    if text.contains('\r') {
        text = text.replace("\r\n", "\n");
    }
    if text.trim().is_empty() {
        let problem = if shown.ends_with(".toml") {
            Problem::EmptyToml
        } else {
            Problem::EmptyFile
        };
        diags.push(&shown, (0, 0), problem);
        return None;
    }
    content.files.push(File::new(shown, text));
    Some(content.files.len() - 1)
}

/// Splits front matter from body and parses the front matter for `kind`.
fn parse_entry(file: &File, index: usize, kind: Kind, id: String, diags: &mut Diagnostics) -> Option<Entry> {
    let text = file.text.as_str();
    // The opening line is `+++`, allowing trailing white space as the closing line does.
    let Some((_, after_open)) = text.split_once('\n').filter(|(first, _)| first.trim_end() == "+++") else {
        diags.push(&file.path, (1, 1), Problem::MissingFrontMatter);
        return None;
    };
    let fields_at = text.len() - after_open.len();
    let close = find_closing(after_open);
    let Some(Range {
        start: close_start,
        end: close_end,
    }) = close
    else {
        diags.push(&file.path, (1, 1), Problem::UnclosedFrontMatter);
        return None;
    };
    let toml_text = &after_open[..close_start];
    let body_at = fields_at + close_end;
    let body = text[body_at..].to_owned();
    let fields = match kind {
        Kind::Faq => Fields::Faq(toml_at(file, toml_text, fields_at, diags)?),
        Kind::Topic => Fields::Topic(toml_at(file, toml_text, fields_at, diags)?),
        Kind::Symptom => Fields::Symptom(toml_at(file, toml_text, fields_at, diags)?),
        Kind::Risk => Fields::Risk(toml_at(file, toml_text, fields_at, diags)?),
    };
    Some(Entry {
        kind,
        id,
        file: index,
        fields_at,
        fields,
        body,
        body_at,
    })
}

/// Finds the closing `+++` line; returns the range from its start to just after its line end.
fn find_closing(s: &str) -> Option<Range<usize>> {
    let mut at = 0;
    for line in s.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Some(at..at + line.len());
        }
        at += line.len();
    }
    None
}

/// Reads TOML that starts at byte `offset` of `file`, recording a located diagnostic on failure.
fn toml_at<T: FromTable>(file: &File, toml_text: &str, offset: usize, diags: &mut Diagnostics) -> Option<T> {
    match toml_fields::from_str::<T>(toml_text) {
        Ok(value) => Some(value),
        Err(e) => {
            diags.push(&file.path, file.locate(offset + e.span.start), Problem::Toml(e.message));
            None
        }
    }
}
