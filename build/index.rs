//! Stage 3, index: the search index and the emergency matcher, computed once at build time.
//!
//! - Every word seen in the content (and generated inflections of it) maps to a *term*: its Snowball
//!   stem, or the concept of a one-word synonym. Synonym phrases of two to four words map to their
//!   concept's term. So no stemmer runs at query time: a query word is looked up, not stemmed.
//! - Each (term, entry) pair gets one BM25 weight, summed over the entry's fields with boosts (question
//!   and paraphrases highest, aliases and tags next, short answer, then the body), stored as postings.
//! - A symmetric-delete table (hashes of every word with one or two letters deleted) lets the library
//!   correct typos with a few binary searches instead of comparing against every word.
//! - Emergency triggers become bits on the words they contain.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write;

use rust_stemmers::{Algorithm, Stemmer};

use super::emit::ref_literal;
use super::kind::Kind;
use super::normalize;
use super::perfect;
use super::render;
use super::validate::Model;

/// The term of a stopword.
pub const STOP: u16 = u16::MAX - 1;
/// The term of a word that the content never uses (it is known only as a trigger word).
pub const NO_TERM: u16 = u16::MAX;

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
    /// The body, as plain text.
    Body,
}

impl Field {
    const ALL: [Field; 4] = [Field::Question, Field::Names, Field::Summary, Field::Body];

    fn boost(self) -> f32 {
        match self {
            Field::Question => 3.0,
            Field::Names => 2.0,
            Field::Summary => 1.0,
            Field::Body => 0.4,
        }
    }
}

/// A word of the vocabulary.
#[derive(Debug, Clone)]
struct Word {
    text: String,
    term: u16,
    /// Emergency trigger bits.
    triggers: u128,
    /// Whether typo correction may land on this word (it is used outside bodies, or by a synonym or a
    /// trigger); only such words also get generated inflections.
    fuzzy: bool,
    /// Whether a synonym phrase of two or more words starts with this word.
    starts_phrase: bool,
}

/// A term and its postings.
#[derive(Debug, Clone, Default)]
struct Term {
    text: String,
    anchor: bool,
    /// What this term weighs in a question: its weight in an average-length question field.
    ideal: f32,
    /// (document, weight), by document.
    postings: Vec<(u16, f32)>,
}

/// One emergency trigger: `slots` consecutive bits from `bit`.
#[derive(Debug, Clone, Copy)]
struct Pattern {
    bit: u8,
    slots: u8,
    gap: u8,
    message: u8,
}

/// The search index over a model.
#[derive(Debug)]
pub struct Index {
    words: Vec<Word>,
    ids: HashMap<String, u16>,
    terms: Vec<Term>,
    term_ids: HashMap<String, u16>,
    /// A phrase's packed word ids (see `normalize::phrase_key`) → its term.
    phrases: BTreeMap<u64, u16>,
    /// Documents: FAQs first, then topics, symptoms, risks, each in model order.
    docs: Vec<(Kind, usize)>,
    faq_docs: usize,
    patterns: Vec<Pattern>,
    unknown_weight: f32,
    /// Set when the vocabulary or the terms outgrew 16-bit ids; `build` then reports it.
    full: bool,
}

impl Index {
    /// Builds the index over every entry of `model`, or says which of its tables the content outgrew.
    pub fn build(model: &Model) -> Result<Index, String> {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut ix = Index {
            words: Vec::new(),
            ids: HashMap::new(),
            terms: Vec::new(),
            term_ids: HashMap::new(),
            phrases: BTreeMap::new(),
            docs: Vec::new(),
            faq_docs: 0,
            patterns: Vec::new(),
            unknown_weight: 0.0,
            full: false,
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
                    let ids: Vec<u16> = phrase.iter().map(|w| ix.word(w, &stop, &stemmer)).collect();
                    ix.words[usize::from(ids[0])].starts_phrase = true;
                    ix.phrases.insert(normalize::phrase_key(&ids), term);
                }
            }
        }
        for w in &stop {
            ix.word(w, &stop, &stemmer);
        }

        // Documents, and the terms of each field.
        let mut fields: Vec<[Vec<u16>; 4]> = Vec::new();
        for kind in Kind::ALL.iter().copied() {
            for (i, e) in model.of_kind(kind).enumerate() {
                ix.docs.push((kind, i));
                let body = render::to_text(&e.body);
                let mut question = vec![e.title.clone()];
                if kind == Kind::Faq {
                    question.extend(e.paraphrases.iter().cloned());
                }
                let names: Vec<String> = e.aliases.iter().chain(&e.tags).cloned().collect();
                let texts = [question, names, vec![e.summary.clone()], vec![body]];
                let mut field = 0;
                let terms = texts.map(|parts| {
                    // Typo correction aims at the words of questions, aliases and tags.
                    let fuzzy = field <= Field::Names as usize;
                    field += 1;
                    let mut terms = Vec::new();
                    for part in &parts {
                        terms.extend(ix.terms_of(part, fuzzy, &stop, &stemmer));
                    }
                    terms
                });
                fields.push(terms);
            }
        }
        ix.faq_docs = model.of_kind(Kind::Faq).count();
        ix.weigh(&fields);

        for a in &model.search.anchors {
            let id = ix.word(a, &stop, &stemmer);
            let term = ix.words[usize::from(id)].term;
            if let Some(t) = ix.terms.get_mut(usize::from(term)) {
                t.anchor = true;
            }
        }
        ix.inflect(&stemmer);
        ix.triggers(model, &stop, &stemmer);

        // A word whose term no entry uses is unknown to the ranking.
        for w in &mut ix.words {
            if w.term < STOP && ix.terms[usize::from(w.term)].postings.is_empty() {
                w.term = NO_TERM;
            }
        }
        // A word the content never uses weighs in a question as much as a rare content word (one found in
        // two entries): a question made mostly of such words is about something else.
        ix.unknown_weight = Field::Question.boost() * idf(ix.docs.len() as f32, 2.0);
        if ix.full {
            return Err(format!(
                "more than {STOP} distinct words or terms (word and term ids are 16 bits)"
            ));
        }
        let sets: HashSet<u128> = ix.words.iter().map(|w| w.triggers).collect();
        if sets.len() > 128 {
            return Err(format!(
                "{} distinct combinations of trigger words, and the matcher holds 128; reuse trigger words across triggers",
                sets.len()
            ));
        }
        Ok(ix)
    }

    /// The term with this text, added if new.
    fn term(&mut self, text: &str) -> u16 {
        if let Some(&id) = self.term_ids.get(text) {
            return id;
        }
        let Some(id) = u16::try_from(self.terms.len()).ok().filter(|&id| id < STOP) else {
            self.full = true;
            return 0;
        };
        self.terms.push(Term {
            text: text.to_owned(),
            ..Term::default()
        });
        self.term_ids.insert(text.to_owned(), id);
        id
    }

    /// The word with this text, added with `term` if new.
    fn word_with(&mut self, text: &str, term: u16) -> u16 {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let Some(id) = u16::try_from(self.words.len()).ok().filter(|&id| id < STOP) else {
            self.full = true;
            return 0;
        };
        self.words.push(Word {
            text: text.to_owned(),
            term,
            triggers: 0,
            fuzzy: false,
            starts_phrase: false,
        });
        self.ids.insert(text.to_owned(), id);
        id
    }

    /// The word with this text, added (with its stem as its term, or as a stopword) if new.
    fn word(&mut self, text: &str, stop: &HashSet<&str>, stemmer: &Stemmer) -> u16 {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let term = if stop.contains(text) {
            STOP
        } else {
            self.term(&stemmer.stem(text))
        };
        self.word_with(text, term)
    }

    /// The terms of a text: its words, with synonym phrases replaced by their concepts and stopwords
    /// dropped. With `fuzzy`, every word read becomes a typo-correction target.
    fn terms_of(&mut self, text: &str, fuzzy: bool, stop: &HashSet<&str>, stemmer: &Stemmer) -> Vec<u16> {
        let ids: Vec<u16> = normalize::tokens(text)
            .map(|t| {
                let id = self.word(t.as_str(), stop, stemmer);
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
        let mut df: HashMap<u16, usize> = HashMap::new();
        for doc in fields {
            let distinct: BTreeSet<u16> = doc.iter().flatten().copied().collect();
            for t in distinct {
                *df.entry(t).or_default() += 1;
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
                    let idf = idf(n, df[&t] as f32);
                    self.terms[usize::from(t)].ideal = Field::Question.boost() * idf;
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
    fn inflect(&mut self, stemmer: &Stemmer) {
        let mut added = Vec::new();
        for w in &self.words {
            let text = w.text.as_str();
            if !w.fuzzy || w.term >= STOP || text.len() < 3 || !text.bytes().all(|b| b.is_ascii_lowercase()) {
                continue;
            }
            let stem = stemmer.stem(text);
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
                if !self.ids.contains_key(&form) && stemmer.stem(&form) == stem {
                    added.push((form, w.term));
                }
            }
        }
        for (form, term) in added {
            self.word_with(&form, term);
        }
    }

    /// Sets the trigger bits of every word named in an urgent message's triggers.
    fn triggers(&mut self, model: &Model, stop: &HashSet<&str>, stemmer: &Stemmer) {
        let mut bit = 0u8;
        for (m, message) in model.urgent.iter().enumerate() {
            for trigger in &message.triggers {
                for (j, slot) in trigger.iter().enumerate() {
                    for w in slot {
                        let id = self.word(w, stop, stemmer);
                        let word = &mut self.words[usize::from(id)];
                        word.triggers |= 1u128 << (bit as usize + j);
                        word.fuzzy = true;
                    }
                }
                self.patterns.push(Pattern {
                    bit,
                    slots: trigger.len() as u8,
                    gap: message.gap,
                    message: m as u8,
                });
                bit += trigger.len() as u8;
            }
        }
    }

    /// Writes the index's tables.
    pub fn emit(&self, out: &mut String) {
        // Words, laid out in the order of their perfect-hash slots: a word's id is its slot, so finding a
        // word reads the bucket's pilot, the slot's record (where its text is, its flags and term) and the
        // text. An empty slot has empty text, which no query word equals.
        let keys: Vec<&[u8]> = self.words.iter().map(|w| w.text.as_bytes()).collect();
        let words = perfect_table(&keys);
        let mut slot_of = vec![0u16; self.words.len()];
        for (slot, &i) in words.slots.iter().enumerate() {
            if i != u16::MAX {
                slot_of[usize::from(i)] = slot as u16;
            }
        }
        table(out, "WORD_TABLE", &words);
        let mut sets: Vec<u128> = vec![0];
        let mut set_of = |bits: u128| -> usize {
            sets.iter().position(|&s| s == bits).unwrap_or_else(|| {
                sets.push(bits);
                sets.len() - 1
            })
        };
        let mut text = String::new();
        let mut records = Vec::new();
        for &i in &words.slots {
            let Some(w) = self.words.get(usize::from(i)) else {
                records.push(format!("Word {{ start: 0, len: 0, flags: 0, term: {NO_TERM} }}"));
                continue;
            };
            let set = set_of(w.triggers);
            debug_assert!(set < 128, "Index::build checks the number of trigger sets");
            let flags = set as u8 | if w.starts_phrase { 0x80 } else { 0 };
            records.push(format!(
                "Word {{ start: {}, len: {}, flags: {flags}, term: {} }}",
                text.len(),
                w.text.len(),
                w.term
            ));
            text.push_str(&w.text);
        }
        // Text offsets fit in 16 bits while the vocabulary's text is under 64 KiB; the type follows the size.
        let offset_type = if text.len() <= usize::from(u16::MAX) {
            "u16"
        } else {
            "u32"
        };
        let _ = writeln!(out, "pub(crate) type Offset = {offset_type};\n");
        let _ = writeln!(out, "pub(crate) static WORD_TEXT: &str = {text:?};\n");
        let _ = writeln!(
            out,
            "pub(crate) static WORDS: [Word; {}] = [{}];\n",
            records.len(),
            records.join(", ")
        );
        let sets: Vec<String> = sets.iter().map(|s| format!("{s:#x}")).collect();
        let _ = writeln!(
            out,
            "pub(crate) static TRIGGER_SETS: [u128; {}] = [{}];\n",
            sets.len(),
            sets.join(", ")
        );

        // Typo correction: the symmetric-delete table: a 16-bit fingerprint of each target word with up to
        // two letters deleted, sorted, the word each came from, and where each run of fingerprints with the
        // same top 11 bits starts. (The library checks every candidate's real edit distance, so a shared
        // fingerprint costs a comparison, never a wrong word.)
        let mut deletes: Vec<(u16, u16)> = Vec::new();
        for (i, w) in self.words.iter().enumerate() {
            if !w.fuzzy || w.term == STOP || w.text.len() < 4 {
                continue;
            }
            // The library allows two edits for query words of 7+ letters and one for shorter words. Every
            // two-edit case that needs two deletions on this side has a target at least as long as the
            // query word, so only targets of 7+ letters need depth 2.
            let depth = if w.text.len() >= 7 { 2 } else { 1 };
            for v in deletions(&w.text, depth) {
                deletes.push((perfect::fingerprint(v.as_bytes()), slot_of[i]));
            }
        }
        deletes.sort_unstable();
        deletes.dedup();
        // Bucket starts fit in 16 bits while the table has fewer than 65,536 entries; the type follows the size.
        let mut buckets = vec![0u32; DELETE_BUCKETS + 1];
        for (b, start) in buckets.iter_mut().enumerate() {
            *start = deletes.partition_point(|d| usize::from(d.0 >> DELETE_SHIFT) < b) as u32;
        }
        let bucket_type = if deletes.len() <= usize::from(u16::MAX) {
            "u16"
        } else {
            "u32"
        };
        let _ = writeln!(out, "pub(crate) type DeleteIndex = {bucket_type};\n");
        let hashes: Vec<u16> = deletes.iter().map(|d| d.0).collect();
        let owners: Vec<u16> = deletes.iter().map(|d| d.1).collect();
        let _ = writeln!(out, "pub(crate) const DELETE_SHIFT: u32 = {DELETE_SHIFT};\n");
        let _ = writeln!(
            out,
            "pub(crate) static DELETE_BUCKETS: [DeleteIndex; {}] = {buckets:?};\n",
            buckets.len()
        );
        let _ = writeln!(
            out,
            "pub(crate) static DELETE_HASHES: [u16; {}] = {hashes:?};\n",
            hashes.len()
        );
        let _ = writeln!(
            out,
            "pub(crate) static DELETE_WORDS: [u16; {}] = {owners:?};\n",
            owners.len()
        );

        // Phrases: packed word ids (see `normalize::phrase_key`, with the words' final ids) in the order of
        // their perfect-hash slots; an empty slot holds the key of no phrase.
        let phrases: Vec<(u64, u16)> = self
            .phrases
            .iter()
            .map(|(&key, &term)| {
                let ids: Vec<u16> = (0..normalize::MAX_PHRASE)
                    .map(|i| (key >> (16 * (normalize::MAX_PHRASE - 1 - i))) as u16)
                    .take_while(|&id| id != normalize::NO_WORD)
                    .map(|id| slot_of[usize::from(id)])
                    .collect();
                (normalize::phrase_key(&ids), term)
            })
            .collect();
        let bytes: Vec<[u8; 8]> = phrases.iter().map(|p| p.0.to_le_bytes()).collect();
        let refs: Vec<&[u8]> = bytes.iter().map(|b| b.as_slice()).collect();
        let built = perfect_table(&refs);
        table(out, "PHRASE_TABLE", &built);
        let keys: Vec<u64> = built
            .slots
            .iter()
            .map(|&i| phrases.get(usize::from(i)).map_or(u64::MAX, |p| p.0))
            .collect();
        let terms: Vec<u16> = built
            .slots
            .iter()
            .map(|&i| phrases.get(usize::from(i)).map_or(NO_TERM, |p| p.1))
            .collect();
        let _ = writeln!(
            out,
            "pub(crate) static PHRASE_KEYS: [u64; {}] = {keys:?};\n",
            keys.len()
        );
        let _ = writeln!(
            out,
            "pub(crate) static PHRASE_TERMS: [u16; {}] = {terms:?};\n",
            terms.len()
        );

        // Terms and postings. Weights are stored as 16-bit multiples of `WEIGHT_SCALE`.
        let top = self
            .terms
            .iter()
            .flat_map(|t| t.postings.iter().map(|p| p.1))
            .fold(0.0f32, f32::max);
        let scale = if top > 0.0 { top / f32::from(u16::MAX) } else { 1.0 };
        let _ = writeln!(out, "pub(crate) const WEIGHT_SCALE: f32 = {scale:?};\n");
        let mut postings = Vec::new();
        let mut terms = Vec::new();
        for t in &self.terms {
            let start = postings.len();
            for &(d, w) in &t.postings {
                let q = (w / scale).round().clamp(1.0, f32::from(u16::MAX)) as u16;
                postings.push(format!("Posting {{ doc: {d}, weight: {q} }}"));
            }
            terms.push(format!(
                "/* {} */ Term {{ start: {start}, len: {}, faq_len: {}, anchor: {}, ideal: {:?} }}",
                t.text,
                t.postings.len(),
                t.postings.iter().filter(|p| usize::from(p.0) < self.faq_docs).count(),
                t.anchor,
                t.ideal
            ));
        }
        let _ = writeln!(
            out,
            "pub(crate) static TERMS: [Term; {}] = [{}];\n",
            terms.len(),
            terms.join(",\n")
        );
        let _ = writeln!(
            out,
            "pub(crate) static POSTINGS: [Posting; {}] = [{}];\n",
            postings.len(),
            postings.join(", ")
        );
        let docs: Vec<String> = self.docs.iter().map(|&(k, i)| ref_literal(k, i)).collect();
        let _ = writeln!(
            out,
            "pub(crate) static DOCS: [Ref; {}] = [{}];\n",
            docs.len(),
            docs.join(", ")
        );
        let _ = writeln!(out, "pub(crate) const FAQ_DOCS: usize = {};\n", self.faq_docs);
        let _ = writeln!(
            out,
            "pub(crate) const UNKNOWN_WEIGHT: f32 = {:?};\n",
            self.unknown_weight
        );

        // Emergency patterns.
        let patterns: Vec<String> = self
            .patterns
            .iter()
            .map(|p| {
                format!(
                    "Pattern {{ bit: {}, slots: {}, gap: {}, message: {} }}",
                    p.bit, p.slots, p.gap, p.message
                )
            })
            .collect();
        let _ = writeln!(out, "pub(crate) const PATTERN_COUNT: usize = {};\n", patterns.len());
        let mut bit_patterns = [0u8; 128];
        for (p, pattern) in self.patterns.iter().enumerate() {
            for j in 0..pattern.slots {
                bit_patterns[usize::from(pattern.bit + j)] = p as u8;
            }
        }
        let _ = writeln!(out, "pub(crate) static BIT_PATTERNS: [u8; 128] = {bit_patterns:?};\n");
        let _ = writeln!(
            out,
            "pub(crate) static PATTERNS: [Pattern; {}] = [{}];\n",
            patterns.len(),
            patterns.join(", ")
        );
    }
}

/// Writes a perfect hash table's seed, pilots and slot count as a `static` (the caller lays its data out
/// in slot order).
fn table(out: &mut String, name: &str, t: &Built) {
    let _ = writeln!(
        out,
        "pub(crate) static {name}: Table<'static> = Table {{ seed: {}, pilots: &{:?}, len: {} }};\n",
        t.seed,
        t.pilots,
        t.slots.len()
    );
}

/// The typo table's fingerprints are bucketed by their top bits: 2,048 buckets.
const DELETE_SHIFT: u32 = 5;
const DELETE_BUCKETS: usize = 1 << (16 - DELETE_SHIFT);

/// The BM25 inverse document frequency of a term found in `df` of `n` documents.
fn idf(n: f32, df: f32) -> f32 {
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// `text` and every string made from it by deleting up to `depth` characters.
fn deletions(text: &str, depth: usize) -> BTreeSet<String> {
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

/// A perfect hash table built by [`perfect_table`]: the seed, pilots and slots to emit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    /// The hash seed.
    pub seed: u64,
    /// One pilot per bucket.
    pub pilots: Vec<u16>,
    /// The key index in each slot, or `u16::MAX`.
    pub slots: Vec<u16>,
}

/// Builds a perfect hash table (see `src/perfect.rs`) over `keys` (at most 65,535 distinct keys). Deterministic: the same keys
/// give the same table.
pub fn perfect_table(keys: &[&[u8]]) -> Built {
    assert!(keys.len() < usize::from(u16::MAX), "too many keys for a u16 table");
    if keys.is_empty() {
        return Built {
            seed: 0,
            pilots: Vec::new(),
            slots: Vec::new(),
        };
    }
    let buckets = keys.len().div_ceil(4);
    let slots = keys.len() + keys.len() / 20 + 1;
    'seed: for seed in 0u64.. {
        let hashes: Vec<u64> = keys.iter().map(|k| perfect::hash(k, seed)).collect();
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
        for (i, &h) in hashes.iter().enumerate() {
            members[perfect::reduce(h as u32, buckets)].push(i);
        }
        let mut order: Vec<usize> = (0..buckets).collect();
        order.sort_by_key(|&b| (std::cmp::Reverse(members[b].len()), b));
        let mut table = vec![u16::MAX; slots];
        let mut pilots = vec![0u16; buckets];
        for b in order {
            if members[b].is_empty() {
                continue;
            }
            let found = (0..=u16::MAX).find(|&pilot| {
                let mut taken: Vec<usize> = Vec::with_capacity(members[b].len());
                members[b].iter().all(|&i| {
                    let s = perfect::place(hashes[i], pilot, slots);
                    let free = table[s] == u16::MAX && !taken.contains(&s);
                    taken.push(s);
                    free
                })
            });
            let Some(pilot) = found else { continue 'seed };
            pilots[b] = pilot;
            for &i in &members[b] {
                table[perfect::place(hashes[i], pilot, slots)] = i as u16;
            }
        }
        return Built {
            seed,
            pilots,
            slots: table,
        };
    }
    unreachable!("some seed builds a table")
}
