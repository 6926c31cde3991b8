//! Stage 2, validate: check every field and every link, and resolve links to indices.
//!
//! The output, [`Model`], holds only checked data: ids are slugs, links point at real entries, every entry
//! cites a real source, dates and URLs are well formed, and each alias names one entry.

use std::collections::{BTreeMap, HashMap, HashSet};

use seven_oh_shared::layout::{
    CUES, HELP_LINES, MAX_CONCEPTS, MAX_FLAG_CONCEPTS, MAX_FLAGS, MAX_PARAPHRASES, MAX_WINDOW, MIN_PARAPHRASES,
};

use super::diagnostic::{Diagnostics, Problem};
use super::parse::{self, Content, Fields, File, Str};
use seven_oh_shared::kind::{Context, Kind, Severity, SourceKind, Urgency};
use seven_oh_shared::{decline, normalize};

/// A checked source.
#[derive(Debug, Clone)]
pub struct Source {
    /// The id.
    pub id: String,
    /// The title.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// Where to read it.
    pub url: String,
    /// When it was published, when someone confirmed it; `None` is shown as "n.d.".
    pub date: Option<String>,
    /// What kind of publication it is.
    pub kind: SourceKind,
    /// The original, when `url` is a copy used because it is the only public copy.
    pub copy_of: Option<String>,
    /// Why it is used, or what to know about it.
    pub note: Option<String>,
}

/// A checked entry of any kind. Fields that a kind does not have are empty.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The kind of entry.
    pub kind: Kind,
    /// The id.
    pub id: String,
    /// Its file, as shown to people (`content/faqs/what-is-7-oh.md`), and the line its body starts on:
    /// where a limit that the entry took the index past is reported.
    pub at: (String, usize),
    /// FAQ question, topic title, symptom or risk name.
    pub title: String,
    /// FAQ short answer, topic or risk summary; empty for symptoms.
    pub summary: String,
    /// The Markdown body.
    pub body: String,
    /// Other ways people ask the question (FAQs only).
    pub paraphrases: Vec<String>,
    /// Names that `lookup` resolves to the entry.
    pub aliases: Vec<String>,
    /// Search keywords.
    pub tags: Vec<String>,
    /// Links as (kind, index into that kind's list in [`Model::entries`] order).
    pub related: Vec<(Kind, usize)>,
    /// Indices into [`Model::sources`].
    pub sources: Vec<usize>,
    /// When the symptom shows up (symptoms only).
    pub contexts: Vec<Context>,
    /// How urgent the symptom is (symptoms only).
    pub urgency: Option<Urgency>,
    /// How serious the risk is (risks only).
    pub severity: Option<Severity>,
    /// For risks: indices of symptoms.
    pub symptoms: Vec<usize>,
}

/// A checked synonym group: phrases as lists of normalised words.
#[derive(Debug, Clone)]
pub struct Synonym {
    /// The concept the phrases mean.
    pub concept: String,
    /// Whether the concept ties a question to this subject.
    pub anchor: bool,
    /// The phrases that mean the concept.
    pub phrases: Vec<Vec<String>>,
}

/// The checked `search.toml`.
#[derive(Debug, Clone, Default)]
pub struct Search {
    /// Words that tie a question to this subject.
    pub anchors: Vec<String>,
    /// Words that never count in ranking.
    pub stopwords: Vec<String>,
    /// The synonym groups.
    pub synonyms: Vec<Synonym>,
    /// Common English words that typo correction leaves alone (`common-words.toml`).
    pub common_words: Vec<String>,
    /// The synonym concepts a `*` of a decline pattern stands for.
    pub subjects: Vec<String>,
    /// Requests to decline, each a pattern of places.
    pub declines: Vec<Vec<Place>>,
}

/// One place of a decline pattern: one of some words, or the subject (`*`), possibly optional (`?`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The words that may stand here (empty for the subject).
    pub choices: Vec<String>,
    /// Whether the place may be left out.
    pub optional: bool,
}

/// The most unit sequences one decline pattern may expand to.
pub const MAX_DECLINE_READINGS: usize = 512;

/// A checked urgent message.
#[derive(Debug, Clone)]
pub struct Urgent {
    /// The id.
    pub id: String,
    /// The one-line headline.
    pub headline: String,
    /// What to do, in order.
    pub steps: Vec<String>,
    /// The number to call.
    pub call: String,
    /// What else to know.
    pub also: String,
    /// The sources it cites.
    pub sources: Vec<usize>,
    /// The index (among the FAQs) of the FAQ that goes with it.
    pub faq: usize,
}

/// A checked word group of `urgent.toml`.
#[derive(Debug, Clone)]
pub struct Concept {
    /// The id.
    pub id: String,
    /// Normalised single words.
    pub words: Vec<String>,
}

/// A checked red flag of `urgent.toml`.
#[derive(Debug, Clone)]
pub struct Flag {
    /// The id.
    pub id: String,
    /// The index of the message it raises; `None` for an aside pattern, which calms the message instead.
    pub message: Option<usize>,
    /// Indices of its word groups.
    pub concepts: Vec<usize>,
    /// Within how many words the groups must all appear.
    pub window: u8,
    /// Whether the message must also describe someone's situation.
    pub situation: bool,
    /// Whether the flag holds in a message about a calm topic (the `topic` cue).
    pub strong: bool,
    /// The index of a word group whose word shortly before stops the flag.
    pub unless: Option<usize>,
    /// The index of a word group whose word right after stops the flag.
    pub unless_after: Option<usize>,
}

/// The default window of a red flag.
pub const DEFAULT_WINDOW: u8 = 4;

/// The checked knowledge base.
#[derive(Debug, Clone)]
pub struct Model {
    /// The content's version.
    pub version: String,
    /// When the entry was last reviewed.
    pub reviewed: String,
    /// The health disclaimer.
    pub disclaimer: String,
    /// Sorted by id.
    pub sources: Vec<Source>,
    /// Sorted by kind, then id.
    pub entries: Vec<Entry>,
    /// `search.toml`.
    pub search: Search,
    /// In file order.
    pub urgent: Vec<Urgent>,
    /// The word groups, in file order; the [`CUES`] among them.
    pub concepts: Vec<Concept>,
    /// The red flags, in file order (which is their priority).
    pub flags: Vec<Flag>,
}

/// Reads a decline pattern: places separated by spaces, each `*` (the subject) or words separated by `|`,
/// with a `?` after a place that may be left out ("how much|many *? should|do i|you? take").
pub fn decline_pattern(text: &str) -> Result<Vec<Place>, &'static str> {
    let mut places = Vec::new();
    for part in text.split_whitespace() {
        let (body, optional) = match part.strip_suffix('?') {
            Some(body) => (body, true),
            None => (part, false),
        };
        let mut choices = Vec::new();
        if body != "*" {
            for choice in body.split('|') {
                let words: Vec<String> = normalize::tokens(choice).map(|t| t.as_str().to_owned()).collect();
                match words.as_slice() {
                    [word] if word.as_str() == choice => choices.push(word.clone()),
                    [] => return Err("has an empty choice"),
                    _ => return Err("has a choice that is not one lowercase word"),
                }
            }
        }
        places.push(Place { choices, optional });
    }
    if places.len() > decline::MAX_UNITS {
        return Err("has more places than a pattern may span (8)");
    }
    if places.iter().filter(|p| !p.optional).count() < 2 {
        return Err("needs at least two places that are not optional");
    }
    let readings = places
        .iter()
        .map(|p| p.choices.len().max(1) + usize::from(p.optional))
        .try_fold(1usize, |n, k| n.checked_mul(k).filter(|&n| n <= MAX_DECLINE_READINGS));
    if readings.is_none() {
        return Err("has too many readings (at most 512); split it into several patterns");
    }
    Ok(places)
}

impl Model {
    /// The entries of one kind, in order; the position in this iterator is the entry's index.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.kind == kind)
    }
}

/// The order in which an id shared by entries of different kinds resolves (in `related` and in lookups).
pub const KIND_PRIORITY: [Kind; 4] = [Kind::Topic, Kind::Risk, Kind::Symptom, Kind::Faq];

/// Checks `content`; returns the model when nothing fails the build.
pub fn validate(content: &Content, diags: &mut Diagnostics) -> Option<Model> {
    let mut v = Validator {
        content,
        diags,
        used_sources: HashSet::new(),
    };
    let sources = v.sources();
    let (version, reviewed, disclaimer) = v.meta();

    // Index of each entry within its kind, and every id → kinds that have it.
    let mut index: HashMap<(Kind, &str), usize> = HashMap::new();
    let mut counts: HashMap<Kind, usize> = HashMap::new();
    for e in &content.entries {
        let n = counts.entry(e.kind).or_default();
        index.insert((e.kind, e.id.as_str()), *n);
        *n += 1;
    }
    // An entry that failed to parse still exists: a link to it is not another error. (Its position is
    // never used, since its own error stops the build.)
    for (kind, id) in &content.broken {
        index.entry((*kind, id.as_str())).or_insert(usize::MAX);
    }
    let source_index: HashMap<&str, usize> = sources.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();

    let mut entries = Vec::new();
    for e in &content.entries {
        entries.push(v.entry(e, &index, &source_index));
    }
    super::safety::check(content, v.diags);
    v.duplicate_questions();
    v.aliases();
    let mut search = v.search();
    search.common_words = v.common_words();
    let urgent = v.urgent(&source_index, &index);
    let (concepts, flags) = v.flags(&urgent);
    for (i, s) in sources.iter().enumerate() {
        // A duplicate id is an error already; only one of the sources that share it can be cited.
        let shared = |j: usize| sources[j].id == s.id && v.used_sources.contains(&j);
        if !v.used_sources.contains(&i) && !(0..sources.len()).any(shared) {
            if let Some(file) = content.sources_file {
                let at = content
                    .sources
                    .iter()
                    .find(|f| f.id.get_ref() == &s.id)
                    .map_or((0, 0), |f| content.files[file].locate(f.id.span().start));
                v.diags
                    .push(&content.files[file].path, at, Problem::UnusedSource(s.id.clone()));
            }
        }
    }
    if v.diags.has_errors() {
        return None;
    }
    Some(Model {
        version,
        reviewed,
        disclaimer,
        sources,
        entries,
        search,
        urgent,
        concepts,
        flags,
    })
}

struct Validator<'a> {
    content: &'a Content,
    diags: &'a mut Diagnostics,
    used_sources: HashSet<usize>,
}

/// Whether `s` is a full ISO 8601 calendar date, `YYYY-MM-DD`.
pub fn is_full_date(s: &str) -> bool {
    s.len() == 10 && is_iso_date(s)
}

/// Whether `s` is an ISO 8601 calendar date of year, month or day precision.
pub fn is_iso_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
    let value = |p: &str| p.parse::<u32>().unwrap_or(0);
    match parts.as_slice() {
        [y] => num(y, 4),
        [y, m] => num(y, 4) && num(m, 2) && (1..=12).contains(&value(m)),
        [y, m, d] => {
            if !(num(y, 4) && num(m, 2) && num(d, 2)) {
                return false;
            }
            let (y, m, d) = (value(y), value(m), value(d));
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            let days = match m {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if leap => 29,
                2 => 28,
                _ => return false,
            };
            (1..=days).contains(&d)
        }
        _ => false,
    }
}

impl Validator<'_> {
    fn at(&mut self, file: usize, offset: usize, problem: Problem) {
        let f: &File = &self.content.files[file];
        self.diags.push(&f.path, f.locate(offset), problem);
    }

    /// A required string: reports it when blank, returns it trimmed.
    fn required(&mut self, file: usize, base: usize, field: &'static str, s: &Str) -> String {
        let value = s.get_ref().trim();
        if value.is_empty() {
            self.at(file, base + s.span().start, Problem::EmptyField(field));
        }
        value.to_owned()
    }

    fn sources(&mut self) -> Vec<Source> {
        let Some(file) = self.content.sources_file else {
            return Vec::new();
        };
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for s in &self.content.sources {
            let id = self.required(file, 0, "id", &s.id);
            if !id.is_empty() && !parse::is_slug(&id) {
                self.at(file, s.id.span().start, Problem::BadId(id.clone()));
            }
            if !seen.insert(id.clone()) {
                self.at(file, s.id.span().start, Problem::DuplicateSourceId(id.clone()));
            }
            let title = self.required(file, 0, "title", &s.title);
            let publisher = self.required(file, 0, "publisher", &s.publisher);
            let url = self.required(file, 0, "url", &s.url);
            if !url.is_empty() && !is_https_url(&url) {
                self.at(file, s.url.span().start, Problem::BadUrl(url.clone()));
            }
            let date = s.date.as_ref().map(|d| self.required(file, 0, "date", d));
            if let (Some(d), Some(value)) = (&s.date, &date) {
                if !value.is_empty() && !is_iso_date(value) {
                    self.at(
                        file,
                        d.span().start,
                        Problem::BadDate {
                            field: "date",
                            value: value.clone(),
                        },
                    );
                }
            }
            let kind_word = self.required(file, 0, "kind", &s.kind);
            let kind = match kind_word.parse::<SourceKind>() {
                Ok(k) => k,
                Err(e) => {
                    if !kind_word.is_empty() {
                        let message = e.to_string();
                        self.at(file, s.kind.span().start, Problem::BadValue { field: "kind", message });
                    }
                    SourceKind::Other
                }
            };
            let copy_of = s.copy_of.as_ref().map(|c| self.required(file, 0, "copy_of", c));
            if let (Some(c), Some(value)) = (&s.copy_of, &copy_of) {
                // A description in words is fine; an address must be the original's https address.
                if value.contains("://") && !is_https_url(value) {
                    self.at(file, c.span().start, Problem::BadCopyOf(value.clone()));
                }
            }
            let note = s.note.as_ref().map(|n| self.required(file, 0, "note", n));
            if kind_word == "other" && note.is_none() {
                self.at(file, s.kind.span().start, Problem::MissingNote(id.clone()));
            }
            // "(copy)", "(press release, copy)", "(via EIN Presswire)": a copy marked in the wrong place.
            let marks_copy = publisher
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("copy"))
                || publisher.contains("(via ");
            if marks_copy {
                self.at(file, s.publisher.span().start, Problem::CopyMarker(publisher.clone()));
            }
            out.push(Source {
                id,
                title,
                publisher,
                url,
                date,
                kind,
                copy_of,
                note,
            });
        }
        out.sort_by(|a, b| a.id.cmp(&b.id));
        out
    }

    fn meta(&mut self) -> (String, String, String) {
        let (Some(file), Some(meta)) = (self.content.meta_file, self.content.meta.as_ref()) else {
            return Default::default();
        };
        let version = self.required(file, 0, "version", &meta.version);
        let reviewed = self.required(file, 0, "reviewed", &meta.reviewed);
        if !reviewed.is_empty() && !is_full_date(&reviewed) {
            self.at(
                file,
                meta.reviewed.span().start,
                Problem::BadReviewDate(reviewed.clone()),
            );
        }
        let disclaimer = self.required(file, 0, "disclaimer", &meta.disclaimer);
        (version, reviewed, disclaimer)
    }

    fn entry(
        &mut self,
        e: &parse::Entry,
        index: &HashMap<(Kind, &str), usize>,
        source_index: &HashMap<&str, usize>,
    ) -> Entry {
        let (file, base) = (e.file, e.fields_at);
        let shown = &self.content.files[file];
        let mut out = Entry {
            kind: e.kind,
            id: e.id.clone(),
            at: (shown.path.clone(), shown.locate(e.body_at).0),
            title: String::new(),
            summary: String::new(),
            body: e.body.trim().to_owned(),
            paraphrases: Vec::new(),
            aliases: Vec::new(),
            tags: Vec::new(),
            related: Vec::new(),
            sources: Vec::new(),
            contexts: Vec::new(),
            urgency: None,
            severity: None,
            symptoms: Vec::new(),
        };
        if out.body.is_empty() {
            self.at(file, e.body_at, Problem::EmptyBody);
        }
        match &e.fields {
            Fields::Faq(f) => {
                out.title = self.required(file, base, "question", &f.question);
                out.summary = self.required(file, base, "short_answer", &f.short_answer);
                out.paraphrases = self.list(file, base, "paraphrases", f.paraphrases.get_ref());
                let n = out.paraphrases.len();
                if !(MIN_PARAPHRASES..=MAX_PARAPHRASES).contains(&n) {
                    self.at(
                        file,
                        base + f.paraphrases.span().start,
                        Problem::Count {
                            field: "paraphrases",
                            count: n,
                            min: MIN_PARAPHRASES,
                            max: MAX_PARAPHRASES,
                        },
                    );
                }
                out.tags = self.list(file, base, "tags", &f.tags);
            }
            Fields::Topic(f) => {
                out.title = self.required(file, base, "title", &f.title);
                out.summary = self.required(file, base, "summary", &f.summary);
                out.tags = self.list(file, base, "tags", &f.tags);
            }
            Fields::Symptom(f) => {
                out.title = self.required(file, base, "name", &f.name);
                if f.contexts.get_ref().is_empty() {
                    self.at(file, base + f.contexts.span().start, Problem::EmptyField("contexts"));
                }
                for c in f.contexts.get_ref() {
                    let at = base + c.span().start;
                    match c.get_ref().parse::<Context>() {
                        Ok(c) if out.contexts.contains(&c) => {
                            self.at(
                                file,
                                at,
                                Problem::Repeated {
                                    field: "contexts",
                                    id: c.to_string(),
                                },
                            );
                        }
                        Ok(c) => out.contexts.push(c),
                        Err(err) => self.at(
                            file,
                            at,
                            Problem::BadValue {
                                field: "contexts",
                                message: err.to_string(),
                            },
                        ),
                    }
                }
                out.contexts.sort();
                match f.urgency.get_ref().parse::<Urgency>() {
                    Ok(u) if u != Urgency::Emergency && out.contexts.contains(&Context::Overdose) => {
                        self.at(file, base + f.urgency.span().start, Problem::OverdoseNotEmergency);
                    }
                    Ok(u) => out.urgency = Some(u),
                    Err(err) => self.at(
                        file,
                        base + f.urgency.span().start,
                        Problem::BadValue {
                            field: "urgency",
                            message: err.to_string(),
                        },
                    ),
                }
            }
            Fields::Risk(f) => {
                out.title = self.required(file, base, "name", &f.name);
                out.summary = self.required(file, base, "summary", &f.summary);
                match f.severity.get_ref().parse::<Severity>() {
                    Ok(s) => out.severity = Some(s),
                    Err(err) => self.at(
                        file,
                        base + f.severity.span().start,
                        Problem::BadValue {
                            field: "severity",
                            message: err.to_string(),
                        },
                    ),
                }
                for s in &f.symptoms {
                    let id = s.get_ref().trim();
                    match index.get(&(Kind::Symptom, id)) {
                        Some(&i) if out.symptoms.contains(&i) => {
                            self.at(
                                file,
                                base + s.span().start,
                                Problem::Repeated {
                                    field: "symptoms",
                                    id: id.to_owned(),
                                },
                            );
                        }
                        Some(&i) => out.symptoms.push(i),
                        None => self.at(file, base + s.span().start, Problem::UnknownSymptom(id.to_owned())),
                    }
                }
            }
        };
        let common = e.fields.common();
        let (related, sources) = (common.related, common.sources);
        out.aliases = self.list(file, base, "aliases", common.aliases);
        if let Some(r) = common.reviewed {
            let value = r.get_ref().trim();
            if !is_full_date(value) {
                self.at(file, base + r.span().start, Problem::BadReviewDate(value.to_owned()));
            }
        }
        for r in related {
            if let Some(link) = self.link(file, base, e, r, index) {
                if out.related.contains(&link) {
                    self.at(
                        file,
                        base + r.span().start,
                        Problem::Repeated {
                            field: "related",
                            id: r.get_ref().clone(),
                        },
                    );
                } else {
                    out.related.push(link);
                }
            }
        }
        if sources.get_ref().is_empty() {
            self.at(file, base + sources.span().start, Problem::EmptyField("sources"));
        }
        for s in sources.get_ref() {
            let id = s.get_ref().trim();
            match source_index.get(id) {
                Some(&i) if out.sources.contains(&i) => {
                    self.at(
                        file,
                        base + s.span().start,
                        Problem::Repeated {
                            field: "sources",
                            id: id.to_owned(),
                        },
                    );
                }
                Some(&i) => {
                    out.sources.push(i);
                    self.used_sources.insert(i);
                }
                None if self.content.sources_broken => {}
                None => self.at(file, base + s.span().start, Problem::UnknownSource(id.to_owned())),
            }
        }
        out
    }

    /// A list of non-empty strings without control characters (the library joins lists with U+001F).
    fn list(&mut self, file: usize, base: usize, field: &'static str, items: &[Str]) -> Vec<String> {
        let mut out = Vec::new();
        for item in items {
            let value = self.required(file, base, field, item);
            if value.chars().any(char::is_control) {
                let why = "contains a control character (a tab or line break?); write it on one line";
                self.at(file, base + item.span().start, Problem::BadWords { field, value, why });
            } else if !value.is_empty() {
                out.push(value);
            }
        }
        out
    }

    /// Resolves one `related` link: `id` (first match in [`KIND_PRIORITY`]) or `kind:id`.
    fn link(
        &mut self,
        file: usize,
        base: usize,
        from: &parse::Entry,
        r: &Str,
        index: &HashMap<(Kind, &str), usize>,
    ) -> Option<(Kind, usize)> {
        let raw = r.get_ref().trim();
        let at = base + r.span().start;
        let (kinds, id): (&[Kind], &str) = match raw.split_once(':') {
            Some((prefix, id)) => match prefix.parse::<Kind>() {
                Ok(k) => (std::slice::from_ref(KIND_PRIORITY.iter().find(|&&p| p == k)?), id),
                Err(_) => {
                    self.at(file, at, Problem::BadKindPrefix(raw.to_owned()));
                    return None;
                }
            },
            None => (&KIND_PRIORITY, raw),
        };
        // Linking to oneself by a bare id falls through to another kind with that id, if there is one.
        let found = kinds
            .iter()
            .filter(|&&k| !(k == from.kind && id == from.id && kinds.len() > 1))
            .find_map(|&k| index.get(&(k, id)).map(|&i| (k, i)));
        match found {
            Some((k, _)) if k == from.kind && id == from.id => {
                self.at(file, at, Problem::SelfReference("related"));
                None
            }
            Some(link) => Some(link),
            None if from.id == id && kinds.contains(&from.kind) => {
                self.at(file, at, Problem::SelfReference("related"));
                None
            }
            None => {
                self.at(
                    file,
                    at,
                    Problem::DanglingRelated {
                        field: "related",
                        id: id.to_owned(),
                    },
                );
                None
            }
        }
    }

    /// The normalised words of `s`, or a diagnostic when there are none or more than `max`.
    fn words(&mut self, file: usize, field: &'static str, s: &Str, max: usize) -> Option<Vec<String>> {
        let words: Vec<String> = normalize::tokens(s.get_ref()).map(|t| t.as_str().to_owned()).collect();
        let why = match words.len() {
            0 => "has no letters or digits",
            n if n > max && max == 1 => "must be one word",
            n if n > max => "has more than four words",
            _ => return Some(words),
        };
        self.at(
            file,
            s.span().start,
            Problem::BadWords {
                field,
                value: s.get_ref().clone(),
                why,
            },
        );
        None
    }

    fn search(&mut self) -> Search {
        let (Some(file), Some(fields)) = (self.content.search_file, self.content.search.as_ref()) else {
            return Search::default();
        };
        let mut search = Search::default();
        for a in &fields.anchors {
            if let Some(mut w) = self.words(file, "anchors", a, 1) {
                search.anchors.push(w.remove(0));
            }
        }
        for a in &fields.stopwords {
            if let Some(mut w) = self.words(file, "stopwords", a, 1) {
                search.stopwords.push(w.remove(0));
            }
        }
        let mut owner: HashMap<Vec<String>, String> = HashMap::new();
        for group in &fields.synonym {
            let Some(concept) = self.words(file, "concept", &group.concept, 1).map(|mut w| w.remove(0)) else {
                continue;
            };
            let mut phrases = Vec::new();
            for p in &group.phrases {
                let Some(words) = self.words(file, "phrases", p, normalize::MAX_PHRASE) else {
                    continue;
                };
                match owner.get(&words) {
                    Some(other) if *other != concept => self.at(
                        file,
                        p.span().start,
                        Problem::PhraseCollision {
                            phrase: p.get_ref().clone(),
                            other: other.clone(),
                        },
                    ),
                    Some(_) => {}
                    None => {
                        owner.insert(words.clone(), concept.clone());
                        phrases.push(words);
                    }
                }
            }
            search.synonyms.push(Synonym {
                concept,
                anchor: group.anchor,
                phrases,
            });
        }
        for s in &fields.subjects {
            let Some(concept) = self.words(file, "subjects", s, 1).map(|mut w| w.remove(0)) else {
                continue;
            };
            if search.synonyms.iter().any(|g| g.concept == concept) {
                search.subjects.push(concept);
            } else {
                self.at(
                    file,
                    s.span().start,
                    Problem::BadWords {
                        field: "subjects",
                        value: s.get_ref().clone(),
                        why: "is not the concept of a [[synonym]] group",
                    },
                );
            }
        }
        // A word of a subject concept reads as the subject, so a pattern would not mean what it says.
        let subject_words: HashSet<&str> = search
            .synonyms
            .iter()
            .filter(|g| search.subjects.contains(&g.concept))
            .flat_map(|g| g.phrases.iter().filter(|p| p.len() == 1).map(|p| p[0].as_str()))
            .collect();
        for d in &fields.declines {
            let pattern = decline_pattern(d.get_ref()).and_then(|places| {
                let taken = places
                    .iter()
                    .flat_map(|p| &p.choices)
                    .any(|w| subject_words.contains(w.as_str()));
                if taken {
                    Err("has a word of a subject concept, which reads as `*`; write `*` or leave it out")
                } else {
                    Ok(places)
                }
            });
            match pattern {
                Ok(places) => search.declines.push(places),
                Err(why) => self.at(
                    file,
                    d.span().start,
                    Problem::BadWords {
                        field: "declines",
                        value: d.get_ref().clone(),
                        why,
                    },
                ),
            }
        }
        search
    }

    /// The words of `common-words.toml`, each one normalised word.
    fn common_words(&mut self) -> Vec<String> {
        let (Some(file), Some(fields)) = (self.content.common_words_file, self.content.common_words.as_ref()) else {
            return Vec::new();
        };
        fields
            .words
            .iter()
            .filter_map(|w| self.words(file, "words", w, 1).map(|mut w| w.remove(0)))
            .collect()
    }

    fn urgent(&mut self, source_index: &HashMap<&str, usize>, index: &HashMap<(Kind, &str), usize>) -> Vec<Urgent> {
        let Some(file) = self.content.urgent_file else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut ids = HashSet::new();
        for m in &self.content.urgent {
            let id = self.required(file, 0, "id", &m.id);
            if !id.is_empty() && !parse::is_slug(&id) {
                self.at(file, m.id.span().start, Problem::BadId(id.clone()));
            }
            if !ids.insert(id.clone()) {
                self.at(file, m.id.span().start, Problem::DuplicateMessageId(id.clone()));
            }
            let headline = self.required(file, 0, "headline", &m.headline);
            let steps = self.list(file, 0, "steps", m.steps.get_ref());
            if steps.is_empty() {
                self.at(file, m.steps.span().start, Problem::EmptyField("steps"));
            }
            let call = self.required(file, 0, "call", &m.call);
            if !HELP_LINES.iter().any(|l| l.callable && l.number == call) {
                self.at(file, m.call.span().start, Problem::BadCall(call.clone()));
            }
            let also = self.required(file, 0, "also", &m.also);
            let mut sources = Vec::new();
            if m.sources.get_ref().is_empty() {
                self.at(file, m.sources.span().start, Problem::EmptyField("sources"));
            }
            for s in m.sources.get_ref() {
                match source_index.get(s.get_ref().trim()) {
                    Some(&i) => {
                        sources.push(i);
                        self.used_sources.insert(i);
                    }
                    None if self.content.sources_broken => {}
                    None => self.at(file, s.span().start, Problem::UnknownSource(s.get_ref().clone())),
                }
            }
            let faq_id = self.required(file, 0, "faq", &m.faq);
            let faq = match index.get(&(Kind::Faq, faq_id.as_str())) {
                Some(&i) => i,
                None => {
                    if !faq_id.is_empty() {
                        self.at(file, m.faq.span().start, Problem::UnknownFaq(faq_id));
                    }
                    usize::MAX
                }
            };
            out.push(Urgent {
                id,
                headline,
                steps,
                call,
                also,
                sources,
                faq,
            });
        }
        out
    }

    /// Checks the word groups and the red flags of `urgent.toml`.
    fn flags(&mut self, urgent: &[Urgent]) -> (Vec<Concept>, Vec<Flag>) {
        let Some(file) = self.content.urgent_file else {
            return (Vec::new(), Vec::new());
        };
        let mut concepts: Vec<Concept> = Vec::new();
        for c in &self.content.concepts {
            let id = self.required(file, 0, "id", &c.id);
            if concepts.iter().any(|o| o.id == id) {
                self.at(file, c.id.span().start, Problem::DuplicateConceptId(id.clone()));
            }
            if c.words.get_ref().is_empty() {
                self.at(file, c.words.span().start, Problem::EmptyField("words"));
            }
            let words = c
                .words
                .get_ref()
                .iter()
                .filter_map(|w| self.words(file, "words", w, 1).map(|mut v| v.remove(0)))
                .collect();
            concepts.push(Concept { id, words });
        }
        if concepts.len() > MAX_CONCEPTS {
            self.at(file, 0, Problem::TooManyConcepts(concepts.len()));
        }
        for cue in CUES {
            if !self.content.urgent.is_empty() && !concepts.iter().any(|c| c.id == cue) {
                self.at(file, 0, Problem::MissingCue(cue));
            }
        }
        let mut flags = Vec::new();
        for f in &self.content.flags {
            let id = self.required(file, 0, "id", &f.id);
            let aside = f.aside.unwrap_or(false);
            let message = match (&f.message, aside) {
                (Some(m), false) => {
                    let name = self.required(file, 0, "message", m);
                    Some(urgent.iter().position(|u| u.id == name).unwrap_or_else(|| {
                        if !name.is_empty() {
                            self.at(file, m.span().start, Problem::UnknownMessage(name.clone()));
                        }
                        0
                    }))
                }
                (None, false) => {
                    self.at(file, f.id.span().start, Problem::FlagMessage(id.clone(), false));
                    Some(0)
                }
                (Some(m), true) => {
                    self.at(file, m.span().start, Problem::FlagMessage(id.clone(), true));
                    None
                }
                (None, true) => None,
            };
            let mut ids = Vec::new();
            for c in f.concepts.get_ref() {
                match concepts.iter().position(|o| o.id == c.get_ref().trim()) {
                    Some(i) => ids.push(i),
                    None => self.at(file, c.span().start, Problem::UnknownConcept(c.get_ref().clone())),
                }
            }
            let count = f.concepts.get_ref().len();
            if !(1..=MAX_FLAG_CONCEPTS).contains(&count) {
                let problem = Problem::Count {
                    field: "concepts",
                    count,
                    min: 1,
                    max: MAX_FLAG_CONCEPTS,
                };
                self.at(file, f.concepts.span().start, problem);
            }
            let mut group = |name: Option<&Str>| {
                name.and_then(|c| {
                    let found = concepts.iter().position(|o| o.id == c.get_ref().trim());
                    if found.is_none() {
                        self.at(file, c.span().start, Problem::UnknownConcept(c.get_ref().clone()));
                    }
                    found
                })
            };
            let unless = group(f.unless.as_ref());
            let unless_after = group(f.unless_after.as_ref());
            let window = f.window.as_ref().map_or(DEFAULT_WINDOW, |w| *w.get_ref());
            if !(1..=MAX_WINDOW).contains(&window) {
                let at = f.window.as_ref().map_or(0, |w| w.span().start);
                let message = format!("{window} is not a window of 1 to {MAX_WINDOW} words");
                self.at(
                    file,
                    at,
                    Problem::BadValue {
                        field: "window",
                        message,
                    },
                );
            }
            flags.push(Flag {
                id,
                message,
                concepts: ids,
                window,
                situation: f.situation.unwrap_or(false),
                strong: f.strong.unwrap_or(false),
                unless,
                unless_after,
            });
        }
        if !self.content.urgent.is_empty() && !(1..=MAX_FLAGS).contains(&flags.len()) {
            let problem = Problem::Count {
                field: "flag",
                count: flags.len(),
                min: 1,
                max: MAX_FLAGS,
            };
            self.at(file, 0, problem);
        }
        (concepts, flags)
    }

    fn duplicate_questions(&mut self) {
        let mut seen: HashMap<String, &str> = HashMap::new();
        for e in &self.content.entries {
            let Fields::Faq(f) = &e.fields else { continue };
            let key: Vec<String> = normalize::tokens(f.question.get_ref())
                .map(|t| t.as_str().to_owned())
                .collect();
            let key = key.join(" ");
            if key.is_empty() {
                continue;
            }
            if let Some(first) = seen.get(&key) {
                let first = format!("content/faqs/{first}.md");
                self.at(
                    e.file,
                    e.fields_at + f.question.span().start,
                    Problem::DuplicateQuestion(first),
                );
            } else {
                seen.insert(key, &e.id);
            }
        }
    }

    /// Every alias names one entry: no two entries share an alias, and no alias is another entry's id.
    fn aliases(&mut self) {
        let mut ids: BTreeMap<String, Vec<(Kind, &str)>> = BTreeMap::new();
        let mut buf = [0u8; normalize::MAX_KEY];
        for e in &self.content.entries {
            if let Some(k) = normalize::key(&e.id, &mut buf) {
                ids.entry(k.to_owned()).or_default().push((e.kind, &e.id));
            }
        }
        let mut owners: HashMap<String, (Kind, &str)> = HashMap::new();
        for e in &self.content.entries {
            for a in e.fields.common().aliases {
                let at = e.fields_at + a.span().start;
                let Some(key) = normalize::key(a.get_ref(), &mut buf).map(str::to_owned) else {
                    // `key` has no key for an alias without letters or digits, or for one too long.
                    if normalize::tokens(a.get_ref()).next().is_some() {
                        let problem = Problem::LongAlias {
                            alias: a.get_ref().clone(),
                            max: normalize::MAX_KEY,
                        };
                        self.at(e.file, at, problem);
                    } else if !a.get_ref().trim().is_empty() {
                        self.at(e.file, at, Problem::EmptyAlias(a.get_ref().clone()));
                    }
                    continue;
                };
                let me = (e.kind, e.id.as_str());
                let other = ids
                    .get(&key)
                    .and_then(|owners| owners.iter().find(|&&o| o != me).copied())
                    .or_else(|| owners.get(&key).copied().filter(|&o| o != me));
                match other {
                    Some((kind, id)) => self.at(
                        e.file,
                        at,
                        Problem::AliasCollision {
                            alias: a.get_ref().clone(),
                            other: format!("{kind} '{id}'"),
                        },
                    ),
                    None => {
                        owners.insert(key, me);
                    }
                }
            }
        }
    }
}

/// Whether `url` is an absolute `https://` URL with a host and no white space.
pub fn is_https_url(url: &str) -> bool {
    url.strip_prefix("https://")
        .and_then(|rest| rest.split(['/', '?', '#']).next())
        .is_some_and(|host| host.contains('.') && !host.starts_with('.'))
        && !url.chars().any(char::is_whitespace)
}
