//! Stage 3, index: the search index and the emergency matcher, computed once at build time.
//!
//! - Every word seen in the content (and generated inflections of it) maps to a *term*: its Snowball
//!   stem, or the concept of a one-word synonym. Synonym phrases of two to four words map to their
//!   concept's term. So no stemmer runs at query time: a query word is looked up, not stemmed.
//! - Each (term, entry) pair gets one BM25 weight, summed over the entry's fields with boosts (question
//!   and paraphrases highest, aliases and tags next, short answer, then the body), stored as postings.
//! - A symmetric-delete table (hashes of every word with one or two letters deleted) lets the library
//!   correct typos with a few binary searches instead of comparing against every word.
//! - The emergency check's word groups become bits on the words whose light stem (`seven_oh_shared::stem`)
//!   is the stem of a word of the group; the stems themselves are added as words, so a question word that
//!   is not in the vocabulary is found by its stem.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use seven_oh_shared::hash;

use seven_oh_shared::decline;
use seven_oh_shared::kind::Kind;
use seven_oh_shared::layout::{CALMING_CUES, ConceptBits, MAX_WORDS, NO_TERM, STOP, max_edits};
use seven_oh_shared::normalize::{self, NO_WORD};
use seven_oh_shared::stem as light;

use super::diagnostic::Limit;
use super::render;
use super::stem::stem;
use super::validate::Model;

/// The hasher of the index's word and term maps: the crate's own fast hash (std's SipHash guards against
/// keys chosen to collide, which the content's words are not, and was a tenth of the build script's time).
#[derive(Default)]
struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash::hash(bytes, self.0);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map from words or terms, with [`FastHasher`].
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// The most entries there may be: postings hold 16-bit document numbers.
pub const MAX_DOCS: usize = u16::MAX as usize;

/// BM25 saturation.
const K1: f32 = 1.2;
/// BM25 length normalisation.
const B: f32 = 0.75;

/// The fields of an entry, with their boosts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Field {
    /// FAQ question and paraphrases; topic title; symptom or risk name.
    Question,
    /// Aliases and tags.
    Names,
    /// FAQ short answer; topic or risk summary.
    Summary,
    /// The body, as plain text. Real questions use the writer's words more than the paraphrases do, so the
    /// body counts for 0.7 of a short answer (0.4 before issue 12).
    Body,
}

impl Field {
    const ALL: [Field; 4] = [Field::Question, Field::Names, Field::Summary, Field::Body];

    fn boost(self) -> f32 {
        match self {
            Field::Question => 3.0,
            Field::Names => 2.0,
            Field::Summary => 1.0,
            Field::Body => 0.7,
        }
    }
}

/// Where the index is reading from: the file whose words a limit is blamed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// `content/search.toml`: synonyms, stopwords, anchors.
    Search,
    /// `content/urgent.toml`: the emergency check's word groups.
    Urgent,
    /// An entry, by document number.
    Doc(usize),
}

/// A word of the vocabulary.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    pub(crate) text: String,
    pub(crate) term: u16,
    /// The emergency word groups (bit `i`: `model.concepts[i]`) its light stem belongs to.
    pub(crate) concepts: ConceptBits,
    /// Whether typo correction may land on this word (it is used outside bodies, or by a synonym or a
    /// word group); only such words also get generated inflections.
    pub(crate) fuzzy: bool,
    /// Whether a synonym phrase of two or more words starts with this word.
    pub(crate) starts_phrase: bool,
    /// Where it was first read (its inflections are blamed on the same place).
    origin: Place,
}

/// A term and its postings.
#[derive(Debug, Clone, Default)]
pub(crate) struct Term {
    pub(crate) anchor: bool,
    /// What this term weighs in a question: its weight in an average-length question field.
    pub(crate) ideal: f32,
    /// (document, weight), by document.
    pub(crate) postings: Vec<(u16, f32)>,
}

/// The search index over a model.
#[derive(Debug)]
pub struct Index {
    pub(crate) words: Vec<Word>,
    ids: FastMap<String, u16>,
    pub(crate) terms: Vec<Term>,
    term_ids: FastMap<String, u16>,
    /// A phrase's packed word ids (see `normalize::phrase_key`) → its term.
    pub(crate) phrases: BTreeMap<u64, u16>,
    /// Documents: FAQs first, then topics, symptoms, risks, each in model order.
    pub(crate) docs: Vec<(Kind, usize)>,
    pub(crate) faq_docs: usize,
    pub(crate) unknown_weight: f32,
    /// What the index is reading.
    place: Place,
    /// Where the vocabulary or the terms first outgrew their ids; `build` then reports it.
    full: Option<Place>,
    /// The word groups of each light stem of a group's word.
    by_stem: BTreeMap<String, ConceptBits>,
    /// Every unit sequence a decline pattern reads as (see `seven_oh_shared::decline`), with the index's
    /// word ids (the emitted tables number words by slot).
    pub(crate) declines: Vec<Vec<u32>>,
    /// The terms of the subject concepts, sorted.
    pub(crate) subject_terms: Vec<u16>,
    /// Each FAQ's phrasings (its question, then its paraphrases), each as its distinct terms, sorted.
    pub(crate) phrasings: Vec<Vec<Vec<u16>>>,
    /// The common English words typo correction must leave alone (see `common_words`).
    pub(crate) common: Vec<String>,
}

impl Index {
    /// Builds the index over every entry of `model`, or says which of its tables the content outgrew, and
    /// where.
    pub fn build(model: &Model) -> Result<Index, Limit> {
        let mut ix = Index {
            words: Vec::new(),
            ids: FastMap::default(),
            terms: Vec::new(),
            term_ids: FastMap::default(),
            phrases: BTreeMap::new(),
            docs: Vec::new(),
            faq_docs: 0,
            unknown_weight: 0.0,
            place: Place::Search,
            full: None,
            by_stem: BTreeMap::new(),
            declines: Vec::new(),
            subject_terms: Vec::new(),
            phrasings: Vec::new(),
            common: Vec::new(),
        };
        let stop: HashSet<&str> = model.search.stopwords.iter().map(String::as_str).collect();

        // Synonyms first, so that their words map to their concepts.
        for group in &model.search.synonyms {
            let term = ix.term(&group.concept);
            ix.terms[usize::from(term)].anchor |= group.anchor;
            for phrase in &group.phrases {
                if let [word] = phrase.as_slice() {
                    let id = ix.word_with(word, term);
                    ix.words[usize::from(id)].fuzzy = true;
                } else {
                    let ids: Vec<u16> = phrase.iter().map(|w| ix.word(w, &stop)).collect();
                    ix.words[usize::from(ids[0])].starts_phrase = true;
                    ix.phrases.insert(normalize::phrase_key(&ids), term);
                }
            }
        }
        for w in &stop {
            ix.word(w, &stop);
        }

        // Documents, and the terms of each field.
        let mut fields: Vec<[Vec<u16>; 4]> = Vec::new();
        for kind in Kind::ALL.iter().copied() {
            for (i, e) in model.of_kind(kind).enumerate() {
                ix.place = Place::Doc(ix.docs.len());
                ix.docs.push((kind, i));
                let body = render::to_text(&e.body);
                let mut question = vec![e.title.clone()];
                if kind == Kind::Faq {
                    question.extend(e.paraphrases.iter().cloned());
                }
                let names: Vec<String> = e.aliases.iter().chain(&e.tags).cloned().collect();
                let texts = [question, names, vec![e.summary.clone()], vec![body]];
                let mut field = 0;
                let mut phrasings = Vec::new();
                let terms = texts.map(|parts| {
                    // Typo correction aims at the words of questions, aliases and tags.
                    let fuzzy = field <= Field::Names as usize;
                    let question = field == Field::Question as usize;
                    field += 1;
                    let mut terms = Vec::new();
                    for part in &parts {
                        let part_terms = ix.terms_of(part, fuzzy, &stop);
                        if question {
                            let mut distinct = part_terms.clone();
                            distinct.sort_unstable();
                            distinct.dedup();
                            phrasings.push(distinct);
                        }
                        terms.extend(part_terms);
                    }
                    terms
                });
                if kind == Kind::Faq {
                    ix.phrasings.push(phrasings);
                }
                fields.push(terms);
            }
        }
        ix.faq_docs = model.of_kind(Kind::Faq).count();
        ix.weigh(&fields);

        ix.place = Place::Search;
        for a in &model.search.anchors {
            let id = ix.word(a, &stop);
            let term = ix.words[usize::from(id)].term;
            if let Some(t) = ix.terms.get_mut(usize::from(term)) {
                t.anchor = true;
            }
        }
        ix.declines(model, &stop);
        ix.inflect();
        ix.concepts(model, &stop);
        ix.common_words(model);

        // A word whose term no entry uses is unknown to the ranking.
        for w in &mut ix.words {
            if w.term < STOP && ix.terms[usize::from(w.term)].postings.is_empty() {
                w.term = NO_TERM;
            }
        }
        // A word the content never uses weighs in a question as much as a rare content word (one found in
        // two entries): a question made mostly of such words is about something else.
        ix.unknown_weight = Field::Question.boost() * idf(ix.docs.len() as f32, 2.0);
        if ix.docs.len() > MAX_DOCS {
            return Err(ix.limit(
                model,
                Place::Doc(MAX_DOCS),
                format!(
                    "{} entries, and postings hold 16-bit entry numbers (at most {MAX_DOCS} entries)",
                    ix.docs.len()
                ),
            ));
        }
        if let Some(place) = ix.full {
            return Err(ix.limit(
                model,
                place,
                format!(
                    "more than {MAX_WORDS} distinct words or {STOP} terms (word ids are 16-bit table slots, term ids 16 bits)"
                ),
            ));
        }
        // Each word has one set of word groups, so there are never more sets than words: an index into them
        // always fits (`layout::MAX_CONCEPT_SETS`).
        Ok(ix)
    }

    /// A limit reached while reading `place`.
    fn limit(&self, model: &Model, place: Place, message: String) -> Limit {
        let (file, line) = match place {
            Place::Search => ("content/search.toml".to_owned(), 0),
            Place::Urgent => ("content/urgent.toml".to_owned(), 0),
            Place::Doc(d) => {
                let (kind, i) = self.docs[d];
                model
                    .of_kind(kind)
                    .nth(i)
                    .map_or(("content".to_owned(), 0), |e| e.at.clone())
            }
        };
        Limit { file, line, message }
    }

    /// The term with this text, added if new.
    fn term(&mut self, text: &str) -> u16 {
        if let Some(&id) = self.term_ids.get(text) {
            return id;
        }
        let Some(id) = u16::try_from(self.terms.len()).ok().filter(|&id| id < STOP) else {
            self.full.get_or_insert(self.place);
            return 0;
        };
        self.terms.push(Term::default());
        self.term_ids.insert(text.to_owned(), id);
        id
    }

    /// The word with this text, added with `term` if new.
    fn word_with(&mut self, text: &str, term: u16) -> u16 {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        // The word table's slots, not just its words, must stay below `STOP` (see `MAX_WORDS`).
        let Some(id) = u16::try_from(self.words.len())
            .ok()
            .filter(|&id| usize::from(id) < MAX_WORDS)
        else {
            self.full.get_or_insert(self.place);
            return 0;
        };
        self.words.push(Word {
            text: text.to_owned(),
            term,
            concepts: ConceptBits::EMPTY,
            fuzzy: false,
            starts_phrase: false,
            origin: self.place,
        });
        self.ids.insert(text.to_owned(), id);
        id
    }

    /// The word with this text, added (with its stem as its term, or as a stopword) if new.
    fn word(&mut self, text: &str, stop: &HashSet<&str>) -> u16 {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let term = if stop.contains(text) {
            STOP
        } else {
            self.term(&stem(text))
        };
        self.word_with(text, term)
    }

    /// The terms of a text: its words, with synonym phrases replaced by their concepts and stopwords
    /// dropped. With `fuzzy`, every word read becomes a typo-correction target.
    fn terms_of(&mut self, text: &str, fuzzy: bool, stop: &HashSet<&str>) -> Vec<u16> {
        let ids: Vec<u16> = normalize::tokens(text)
            .map(|t| {
                let id = self.word(t.as_str(), stop);
                self.words[usize::from(id)].fuzzy |= fuzzy;
                id
            })
            .collect();
        let mut terms = Vec::new();
        let (phrases, words) = (&self.phrases, &self.words);
        normalize::match_phrases(
            &ids,
            |w| words[usize::from(w)].starts_phrase,
            |key| phrases.get(&key).copied(),
            |start, _, phrase| match phrase {
                Some(term) => terms.push(term),
                None => {
                    let term = words[usize::from(ids[start])].term;
                    if term < STOP {
                        terms.push(term);
                    }
                }
            },
        );
        terms
    }

    /// Computes the BM25 weight of every (term, document) pair.
    fn weigh(&mut self, fields: &[[Vec<u16>; 4]]) {
        let n = fields.len() as f32;
        let mut avg = [0f32; 4];
        for doc in fields {
            for (f, terms) in doc.iter().enumerate() {
                avg[f] += terms.len() as f32 / n;
            }
        }
        let mut df: FastMap<u16, usize> = FastMap::default();
        // Per field too: a subject concept (a synonym group marked `anchor`: 7-OH, kratom) that every body
        // mentions in passing still names the subject of few questions, and in a question it should weigh as
        // rare as it is there.
        let mut field_df: [HashMap<u16, usize>; 4] = Default::default();
        for doc in fields {
            let distinct: BTreeSet<u16> = doc.iter().flatten().copied().collect();
            for t in distinct {
                *df.entry(t).or_default() += 1;
            }
            for (f, terms) in doc.iter().enumerate() {
                let distinct: BTreeSet<u16> = terms.iter().copied().collect();
                for t in distinct {
                    *field_df[f].entry(t).or_default() += 1;
                }
            }
        }
        for (d, doc) in fields.iter().enumerate() {
            let mut weights: BTreeMap<u16, f32> = BTreeMap::new();
            for field in Field::ALL {
                let terms = &doc[field as usize];
                let len = terms.len() as f32;
                let norm = K1 * (1.0 - B + B * len / avg[field as usize].max(1.0));
                let mut tf: BTreeMap<u16, f32> = BTreeMap::new();
                for &t in terms {
                    *tf.entry(t).or_default() += 1.0;
                }
                for (t, tf) in tf {
                    let idf_all = idf(n, df[&t] as f32);
                    self.terms[usize::from(t)].ideal = Field::Question.boost() * idf_all;
                    let idf = if self.terms[usize::from(t)].anchor && field == Field::Question {
                        idf_all.max(idf(n, field_df[field as usize][&t] as f32))
                    } else {
                        idf_all
                    };
                    *weights.entry(t).or_default() += field.boost() * idf * tf * (K1 + 1.0) / (tf + norm);
                }
            }
            for (t, w) in weights {
                self.terms[usize::from(t)].postings.push((d as u16, w));
            }
        }
    }

    /// Adds common English inflections of content words that stem to the same term, so a query word
    /// like "tapering" or "withdrawals" is found without a stemmer.
    fn inflect(&mut self) {
        let mut added = Vec::new();
        for w in &self.words {
            let text = w.text.as_str();
            if !w.fuzzy || w.term >= STOP || text.len() < 3 || !text.bytes().all(|b| b.is_ascii_lowercase()) {
                continue;
            }
            let word_stem = stem(text);
            let mut forms = vec![
                format!("{text}s"),
                format!("{text}es"),
                format!("{text}ed"),
                format!("{text}d"),
                format!("{text}ing"),
                format!("{text}er"),
                format!("{text}ers"),
                format!("{text}ly"),
                format!("{text}ness"),
            ];
            if let Some(base) = text.strip_suffix('e') {
                forms.extend([format!("{base}ing"), format!("{base}ed")]);
            }
            if let Some(base) = text.strip_suffix('y') {
                forms.extend([format!("{base}ies"), format!("{base}ied")]);
            }
            let last = text.as_bytes()[text.len() - 1];
            if !b"aeiouwxy".contains(&last) {
                let c = last as char;
                forms.extend([format!("{text}{c}ing"), format!("{text}{c}ed")]);
            }
            for form in forms {
                if !self.ids.contains_key(&form) && stem(&form) == word_stem {
                    added.push((form, w.term, w.origin));
                }
            }
        }
        for (form, term, origin) in added {
            self.place = origin;
            self.word_with(&form, term);
        }
    }

    /// Sets the word-group bits of every word whose light stem is the stem of a group's word, after adding
    /// the groups' words (as typo-correction targets) and their stems.
    fn concepts(&mut self, model: &Model, stop: &HashSet<&str>) {
        self.place = Place::Urgent;
        let mut by_stem: BTreeMap<String, ConceptBits> = BTreeMap::new();
        for (c, concept) in model.concepts.iter().enumerate() {
            for w in &concept.words {
                let stem = String::from_utf8_lossy(light::stem(w.as_bytes())).into_owned();
                *by_stem.entry(stem).or_default() |= ConceptBits::bit(c);
                let id = self.word(w, stop);
                self.words[usize::from(id)].fuzzy = true;
            }
        }
        for stem in by_stem.keys() {
            self.word_with(stem, NO_TERM);
        }
        for w in &mut self.words {
            w.concepts = concepts_by_stem(&by_stem, &w.text);
        }
        self.by_stem = by_stem;
    }

    /// Adds the words of the decline patterns and stores the key of every unit sequence each pattern reads
    /// as: its places' choices in every combination, with and without each optional place, read into
    /// units as the library reads a question. A reading of fewer than two units is left out (it would
    /// decline every question holding one word or phrase).
    fn declines(&mut self, model: &Model, stop: &HashSet<&str>) {
        self.place = Place::Search;
        let mut subjects: Vec<u16> = model
            .search
            .subjects
            .iter()
            .filter_map(|c| self.term_ids.get(c).copied())
            .collect();
        subjects.sort_unstable();
        subjects.dedup();
        for pattern in &model.search.declines {
            for place in pattern {
                for w in &place.choices {
                    let id = self.word(w, stop);
                    self.words[usize::from(id)].fuzzy = true;
                }
            }
        }
        let mut all = Vec::new();
        for pattern in &model.search.declines {
            // Each reading: a word id per place, `None` for the subject.
            let mut readings: Vec<Vec<Option<u16>>> = vec![Vec::new()];
            for place in pattern {
                let mut next = Vec::new();
                for r in &readings {
                    if place.optional {
                        next.push(r.clone());
                    }
                    if place.choices.is_empty() {
                        next.push(r.iter().copied().chain([None]).collect());
                    }
                    for w in &place.choices {
                        next.push(r.iter().copied().chain([self.ids.get(w).copied()]).collect());
                    }
                }
                readings = next;
            }
            for r in readings {
                let units = self.decline_units(&r, &subjects);
                if units.len() >= 2 {
                    all.push(units);
                }
            }
        }
        all.sort_unstable();
        all.dedup();
        self.declines = all;
        self.subject_terms = subjects;
    }

    /// The units of a reading (word ids, `None` for the subject), as the library reads a question.
    fn decline_units(&self, reading: &[Option<u16>], subjects: &[u16]) -> Vec<u32> {
        let mut units = Vec::new();
        for (i, segment) in reading.split(Option::is_none).enumerate() {
            if i > 0 {
                units.push(decline::SUBJECT);
            }
            let ids: Vec<u16> = segment.iter().map(|w| w.unwrap_or(NO_WORD)).collect();
            normalize::match_phrases(
                &ids,
                |w| self.words[usize::from(w)].starts_phrase,
                |key| self.phrases.get(&key).copied(),
                |start, _, phrase| {
                    let (term, unit) = match phrase {
                        Some(t) => (t, decline::phrase_unit(t)),
                        None => (self.words[usize::from(ids[start])].term, decline::word_unit(ids[start])),
                    };
                    units.push(if subjects.binary_search(&term).is_ok() {
                        decline::SUBJECT
                    } else {
                        unit
                    });
                },
            );
        }
        units
    }

    /// Picks the common English words that typo correction would otherwise turn into a word of the
    /// emergency check's groups: words the vocabulary does not hold, whose light stem is no vocabulary word,
    /// and whose nearest correction targets (as the library finds them: one edit if any target is that near,
    /// else two) include a group word other than a calming cue. The library never corrects them, so
    /// "wrapper" is not a misspelt "trapped". Blocking corrections onto ranking words too would store
    /// thousands of words for no measured gain.
    fn common_words(&mut self, model: &Model) {
        // Cues a misspelling never carries (`seven_oh::urgent::Misspelling`).
        let calming: ConceptBits = model
            .concepts
            .iter()
            .enumerate()
            .filter(|(_, c)| CALMING_CUES.contains(&c.id.as_str()))
            .map(|(i, _)| i)
            .collect();
        let mut targets: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, w) in self.words.iter().enumerate() {
            let depth = max_edits(w.text.len());
            if w.fuzzy && w.term != STOP && depth > 0 {
                for v in deletions(&w.text, depth) {
                    targets.entry(v).or_default().push(i);
                }
            }
        }
        let mut common = Vec::new();
        for text in &model.search.common_words {
            let depth = max_edits(text.len());
            let stem = String::from_utf8_lossy(light::stem(text.as_bytes()));
            // Longer words are cut to `MAX_TOKEN` bytes before the library reads them.
            if depth == 0
                || text.len() > normalize::MAX_TOKEN
                || self.ids.contains_key(text)
                || self.ids.contains_key(stem.as_ref())
            {
                continue;
            }
            let mut best = usize::MAX;
            let mut bits = ConceptBits::EMPTY;
            let mut found: Vec<usize> = deletions(text, depth)
                .iter()
                .filter_map(|v| targets.get(v))
                .flatten()
                .copied()
                .collect();
            found.sort_unstable();
            found.dedup();
            for w in found {
                let word = &self.words[w];
                let Some(d) = normalize::distance(text.as_bytes(), word.text.as_bytes(), depth) else {
                    continue;
                };
                if d < best {
                    (best, bits) = (d, ConceptBits::EMPTY);
                }
                if d == best {
                    bits |= word.concepts;
                }
            }
            if !calming.contains(bits) {
                common.push(text.clone());
            }
        }
        common.sort_unstable();
        common.dedup();
        self.common = common;
    }
}

/// The word groups of `text`: those of its light stem.
fn concepts_by_stem(by_stem: &BTreeMap<String, ConceptBits>, text: &str) -> ConceptBits {
    let stem = String::from_utf8_lossy(light::stem(text.as_bytes()));
    by_stem.get(stem.as_ref()).copied().unwrap_or_default()
}

/// `text` and every string made by deleting up to `depth` of its letters: two words share one exactly when
/// typo correction can reach one from the other (with `depth` the correction's reach for each).
pub(crate) fn deletions(text: &str, depth: usize) -> BTreeSet<String> {
    let mut all = BTreeSet::new();
    all.insert(text.to_owned());
    let mut frontier = vec![text.to_owned()];
    for _ in 0..depth {
        let mut next = Vec::new();
        for s in &frontier {
            for i in 0..s.len() {
                let mut v = s.clone();
                v.remove(i);
                if all.insert(v.clone()) {
                    next.push(v);
                }
            }
        }
        frontier = next;
    }
    all
}

/// The BM25 inverse document frequency of a term found in `df` of `n` documents.
fn idf(n: f32, df: f32) -> f32 {
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}
