//! Reading a question: words, typo correction, phrases, the emergency check and BM25 ranking, all over
//! the tables in [`data`](crate::data). Nothing here allocates; every buffer is a fixed-size array.
//!
//! The steps, in order:
//!
//! 1. The question is cut to [`MAX_QUERY_BYTES`] and split into at most [`MAX_QUERY_WORDS`] normalised
//!    words (see `normalize`).
//! 2. Each word is looked up in the vocabulary. A word that is not there (and has four or more letters)
//!    is corrected to the nearest vocabulary word within one edit (two for words of seven or more letters)
//!    with the symmetric-delete table, unless two words are equally near; a corrected word counts for
//!    less.
//! 3. The emergency check (see `urgent`) reads the words (all of them within the byte limit, not only the
//!    first [`MAX_QUERY_WORDS`]).
//! 4. Synonym phrases are matched, longest first, and each word or phrase becomes a term; stopwords drop
//!    out, and words the content never uses count against every entry.
//! 5. Each term adds its precomputed weight to the entries it appears in, capped at what the term weighs in
//!    the question (its weight in an average question field). An entry's score is its total over what the
//!    question's terms weigh (unknown words included), so scores run from 0 to 1 and can be compared across
//!    questions.

use crate::data::{
    self, DOC_COUNT, FAQ_DOCS, PHRASE_TABLE, Term, UNKNOWN_WEIGHT, WEIGHT_SCALE, WORD_TABLE, word_flags, word_term,
    word_text,
};
use crate::urgent::{self, Detector};
use seven_oh_shared::hash::fingerprint;
use seven_oh_shared::layout::ConceptBits;
use seven_oh_shared::layout::{DELETE_SHIFT, NO_TERM, STARTS_PHRASE, STOP, max_edits};
use seven_oh_shared::normalize::{self, MAX_TOKEN, NO_WORD, question_form};
use seven_oh_shared::stem::stem;

use crate::record::Entry;

/// Only the first this many bytes of a question are read (cut back to a character boundary).
pub const MAX_QUERY_BYTES: usize = 1024;

/// Only the first this many words of a question are ranked. (The emergency check reads every word within
/// [`MAX_QUERY_BYTES`].)
pub const MAX_QUERY_WORDS: usize = 64;

/// How much a typo-corrected word counts, compared with a word spelled as in the content.
pub(crate) const FUZZY_WEIGHT: f32 = 0.8;

/// How much a FAQ whose question has the asker's form gains in relevance (0.03 to 0.07 gave the same
/// figures on the tuning sets; 0.1 and more cost questions).
const FORM_BONUS: f32 = 0.05;

/// How much a FAQ among the best hits gains in relevance, times how closely the question matches its
/// nearest phrasing (see [`phrasing_match`]).
const PHRASING_BONUS: f32 = 0.2;

/// How closely a question (its distinct terms, and how many of its words the content never uses) matches
/// the nearest phrasing of FAQ `doc` (its question or a paraphrase): terms in both over terms in either, 0
/// for an entry that is not a FAQ.
fn phrasing_match(doc: usize, query: &[(u16, f32)], unknown: usize) -> f32 {
    let Some(&end) = data::FAQ_PHRASING_ENDS.get(doc) else {
        return 0.0;
    };
    let start = doc.checked_sub(1).map_or(0, |d| data::FAQ_PHRASING_ENDS[d]);
    let mut best = 0f32;
    for p in usize::from(start)..usize::from(end) {
        let from = p.checked_sub(1).map_or(0, |q| usize::from(data::PHRASING_ENDS[q]));
        let phrasing = &data::PHRASING_TERMS[from..usize::from(data::PHRASING_ENDS[p])];
        let shared = query.iter().filter(|(t, _)| phrasing.binary_search(t).is_ok()).count();
        let either = phrasing.len() + query.len() + unknown - shared;
        if either > 0 {
            best = best.max(shared as f32 / either as f32);
        }
    }
    best
}

/// Whether a synonym phrase starts with vocabulary word `w`.
pub(crate) fn starts_phrase(w: u16) -> bool {
    word_flags(usize::from(w)).is_some_and(|f| f & STARTS_PHRASE != 0)
}

/// The vocabulary id of `word`, if it is in the vocabulary.
pub(crate) fn word_id(word: &[u8]) -> Option<u16> {
    let id = WORD_TABLE.slot(word)?;
    // The compiler keeps every slot below `STOP` (`layout::MAX_WORDS`); a slot that did not fit would miss
    // rather than wrap onto another word.
    let id = u16::try_from(id).ok()?;
    (word_text(usize::from(id)) == word).then_some(id)
}

/// The term of the synonym phrase with packed key `key`, if it is one.
pub(crate) fn phrase_term(key: u64) -> Option<u16> {
    data::phrase_term(PHRASE_TABLE.slot(&key.to_le_bytes())?, key)
}

/// A question, read: its words (vocabulary ids, or `NO_WORD`), which were typo-corrected, and the first
/// urgent message it triggers.
pub(crate) struct Reading {
    words: [u16; MAX_QUERY_WORDS],
    fuzzy: u64,
    len: usize,
    pub(crate) urgent: Option<usize>,
}

impl Reading {
    /// Reads `question` (steps 1 to 3 above). Ranking uses the first [`MAX_QUERY_WORDS`] words; the
    /// emergency check reads every word within [`MAX_QUERY_BYTES`], so a long message that ends in "he is
    /// not breathing" is still urgent.
    pub(crate) fn new(question: &str) -> Reading {
        let mut end = question.len().min(MAX_QUERY_BYTES);
        while !question.is_char_boundary(end) {
            end -= 1;
        }
        let mut reading = Reading {
            words: [NO_WORD; MAX_QUERY_WORDS],
            fuzzy: 0,
            len: 0,
            urgent: None,
        };
        let mut detector = Detector::new();
        let mut tokens = normalize::tokens(&question[..end]);
        let mut i = 0;
        while let Some(token) = tokens.next() {
            let word = read_word(token.as_bytes());
            detector.feed(i, token.as_bytes(), word.concepts, tokens.after_break());
            if i < MAX_QUERY_WORDS {
                reading.words[i] = word.id;
                reading.fuzzy |= u64::from(word.fuzzy) << i;
                reading.len = i + 1;
            }
            i += 1;
        }
        reading.urgent = detector.verdict();
        reading
    }

    /// Where a headline question with two parts splits ("what is kratom | and how is it used?"): the
    /// position of an "and" that comes after the first two words and before a word that opens a question,
    /// when the first word opens one too.
    pub(crate) fn headline_split(&self) -> Option<usize> {
        let word = |i: usize| match self.words().get(i) {
            Some(&w) if w != NO_WORD => data::word_text(usize::from(w)),
            _ => b"",
        };
        if question_form(word(0), word(1)) == 0 {
            return None;
        }
        (2..self.len.saturating_sub(2)).find(|&i| word(i) == b"and" && question_form(word(i + 1), word(i + 2)) != 0)
    }

    /// The words before `split` as a question of their own (never urgent: the whole question was checked).
    pub(crate) fn first_part(&self, split: usize) -> Reading {
        self.joined(0..0, 0..split)
    }

    /// The words after `split`, then those before it, as a question of their own: the second part opens
    /// the question, and the first part's words name what it asks about ("and how is it used" is about
    /// kratom).
    pub(crate) fn second_part(&self, split: usize) -> Reading {
        self.joined(split + 1..self.len, 0..split)
    }

    /// The words of `a`, then those of `b`, with their typo marks.
    fn joined(&self, a: core::ops::Range<usize>, b: core::ops::Range<usize>) -> Reading {
        let mut part = Reading {
            words: [NO_WORD; MAX_QUERY_WORDS],
            fuzzy: 0,
            len: 0,
            urgent: None,
        };
        for i in a.chain(b).filter(|&i| i < self.len) {
            part.words[part.len] = self.words[i];
            part.fuzzy |= ((self.fuzzy >> i) & 1) << part.len;
            part.len += 1;
        }
        part
    }

    pub(crate) fn words(&self) -> &[u16] {
        &self.words[..self.len]
    }
}

/// A question word, read once for ranking and for the emergency check.
pub(crate) struct WordReading {
    /// The vocabulary word ranking counts: the word itself, or for a misspelling the nearest word, if one
    /// word is nearer than all others (`NO_WORD` if none is near, or several are equally near: "bake" is one
    /// edit from "bare", "base", "make", and guessing one would make the answer turn on the order of the
    /// vocabulary).
    pub(crate) id: u16,
    /// Whether `id` is a typo correction.
    pub(crate) fuzzy: bool,
    /// The word's emergency word groups (see [`urgent::Misspelling`] for a misspelt word).
    pub(crate) concepts: ConceptBits,
}

/// Reads one question word: looks it up, and for a word not in the vocabulary searches the nearest words
/// once, for both the ranking's correction and the emergency check's word groups (which come from the
/// word's light stem first, when that is a vocabulary word).
pub(crate) fn read_word(text: &[u8]) -> WordReading {
    if let Some(id) = word_id(text) {
        return WordReading {
            id,
            fuzzy: false,
            concepts: urgent::concepts_of_word(id),
        };
    }
    let stemmed = stem(text);
    let by_stem = word_id(stemmed).map(urgent::concepts_of_word);
    // A common English word is not a typo: "wrapper" is not "trapped", and neither are its forms ("banging"
    // is "bang", not "gagging").
    let common = |w: &[u8]| data::COMMON_WORDS.binary_search(&normalize::common_hash(w)).is_ok();
    if common(text) || common(stemmed) {
        return WordReading {
            id: NO_WORD,
            fuzzy: false,
            concepts: by_stem.unwrap_or(ConceptBits::EMPTY),
        };
    }
    // (distance, word, whether another word is as near)
    let mut nearest_word: Option<(usize, u16, bool)> = None;
    let mut misspelling = urgent::Misspelling::new();
    nearest(text, |d, w| {
        nearest_word = match nearest_word {
            Some((best, first, _)) if d == best && w != first => Some((best, first, true)),
            Some((best, _, _)) if d >= best => nearest_word,
            _ => Some((d, w, false)),
        };
        misspelling.add(d, w);
    });
    let id = match nearest_word {
        Some((_, w, false)) => w,
        _ => NO_WORD,
    };
    WordReading {
        id,
        fuzzy: id != NO_WORD,
        concepts: by_stem.unwrap_or_else(|| misspelling.concepts()),
    }
}

/// Calls `found(distance, word)` for every vocabulary word within the allowed edits of `word` that the
/// delete table finds (a word may be reported more than once). Two-edit variants are tried only when no
/// word is within one edit.
pub(crate) fn nearest(word: &[u8], mut found: impl FnMut(usize, u16)) {
    let bytes = word;
    let n = bytes.len();
    let max = max_edits(n);
    if max == 0 {
        return;
    }
    let mut best = usize::MAX;
    let mut consider = |variant: &[u8], best: &mut usize| {
        let h = fingerprint(variant);
        for (fingerprint, w) in data::deletes(usize::from(h >> DELETE_SHIFT)) {
            if fingerprint != h {
                continue;
            }
            if let Some(d) = normalize::distance(bytes, word_text(usize::from(w)), max) {
                *best = (*best).min(d);
                found(d, w);
            }
        }
    };
    let mut buf = [0u8; MAX_TOKEN];
    consider(bytes, &mut best);
    for i in 0..n {
        let len = delete(bytes, &[i], &mut buf);
        consider(&buf[..len], &mut best);
    }
    if max == 2 && best > 1 {
        for i in 0..n {
            for j in i + 1..n {
                let len = delete(bytes, &[i, j], &mut buf);
                consider(&buf[..len], &mut best);
            }
        }
    }
}

/// Copies `word` into `buf` without the bytes at the (sorted) positions `skip`; returns the length.
fn delete(word: &[u8], skip: &[usize], buf: &mut [u8; MAX_TOKEN]) -> usize {
    let mut len = 0;
    for (i, &b) in word.iter().enumerate() {
        if !skip.contains(&i) {
            buf[len] = b;
            len += 1;
        }
    }
    len
}

/// A ranked entry: its index in `DOCS` and its score.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub(crate) doc: u16,
    pub(crate) relevance: f32,
    pub(crate) score: f32,
}

impl Hit {
    pub(crate) fn entry(self) -> Entry {
        data::doc(usize::from(self.doc)).expect("hits are documents").entry()
    }
}

/// What ranking found, besides the hits.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Evidence {
    /// Whether a matched term ties the question to this subject (see `anchors` in `content/search.toml`).
    pub(crate) anchored: bool,
}

/// Ranks FAQs only (`faqs_only`) or every entry for `reading`, writing the best hits, best first, into
/// `out`; returns how many it wrote and the evidence.
pub(crate) fn rank(reading: &Reading, faqs_only: bool, out: &mut [Hit]) -> (usize, Evidence) {
    let docs = if faqs_only { FAQ_DOCS } else { DOC_COUNT };
    // Relevance: raw BM25, which orders the hits. The question's terms and their typo factors are kept to
    // work out the best hit's coverage afterwards.
    let mut scores = [0f32; DOC_COUNT];
    let mut terms = [(NO_TERM, 0f32); MAX_QUERY_WORDS];
    let mut n_terms = 0;
    let mut total = 0f32;
    let mut unknown = 0usize;
    let mut evidence = Evidence::default();
    let words = reading.words();
    normalize::match_phrases(words, starts_phrase, phrase_term, |start, len, phrase| {
        let term = match phrase {
            Some(t) => t,
            None => match words[start] {
                NO_WORD => NO_TERM,
                w => word_term(usize::from(w)),
            },
        };
        if term == STOP {
            return;
        }
        if term == NO_TERM {
            total += UNKNOWN_WEIGHT;
            unknown += 1;
            return;
        }
        if terms[..n_terms].iter().any(|&(t, _)| t == term) {
            return;
        }
        let t = Term::get(term);
        total += t.ideal;
        evidence.anchored |= t.anchor;
        let span_mask = ((1u64 << len) - 1) << start;
        let factor = if reading.fuzzy & span_mask != 0 {
            FUZZY_WEIGHT
        } else {
            1.0
        };
        terms[n_terms] = (term, factor);
        n_terms += 1;
        let scale = factor * WEIGHT_SCALE;
        t.postings(faqs_only)
            .for_each(|doc, weight| scores[doc] += f32::from(weight) * scale);
    });
    if total <= 0.0 || out.is_empty() {
        return (0, evidence);
    }
    // A FAQ whose own question has the asker's form ("how long", "why", "can" ...) gets a small bonus.
    let word = |i: usize| match words.get(i) {
        Some(&w) if w != NO_WORD => data::word_text(usize::from(w)),
        _ => b"",
    };
    let form = question_form(word(0), word(1));
    if form != 0 {
        for (d, s) in scores[..docs].iter_mut().enumerate() {
            if *s <= 0.0 {
                continue;
            }
            // No `let` chains: the crate builds on Rust 1.85.
            if let Some(Entry::Faq(faq)) = data::doc(d).map(|r| r.entry()) {
                if faq.form & form != 0 {
                    *s *= 1.0 + FORM_BONUS;
                }
            }
        }
    }
    // The best `out.len()` hits, best first; ties keep content order. Once `out` is full, a hit must beat
    // the last one kept (`floor`) to get in.
    let mut n = 0;
    let mut floor = 0f32;
    for (d, &s) in scores[..docs].iter().enumerate() {
        if s <= floor && (s <= 0.0 || n == out.len()) {
            continue;
        }
        let mut i = n.min(out.len() - 1);
        while i > 0 && out[i - 1].relevance < s {
            out[i] = out[i - 1];
            i -= 1;
        }
        out[i] = Hit {
            doc: d as u16,
            relevance: s,
            score: 0.0,
        };
        n = (n + 1).min(out.len());
        floor = out[n - 1].relevance;
    }
    if n == 0 {
        return (0, evidence);
    }
    // Among the hits, a FAQ one of whose phrasings the question matches closely moves up. Only hits near
    // enough to the first to change places with it are worth the work.
    let query = &terms[..n_terms];
    let reach = out[0].relevance / (1.0 + PHRASING_BONUS);
    if n > 1 && out[1].relevance >= reach {
        for hit in out[..n].iter_mut().take_while(|h| h.relevance >= reach) {
            hit.relevance *= 1.0 + PHRASING_BONUS * phrasing_match(usize::from(hit.doc), query, unknown);
        }
    }
    for i in 1..n {
        let mut j = i;
        while j > 0 && out[j - 1].relevance < out[j].relevance {
            out.swap(j - 1, j);
            j -= 1;
        }
    }
    // The top hit's score is its coverage: each term's weight in it, capped at what the term weighs in the
    // question, over what all the question's words weigh. The others are scaled from it by relevance, so
    // scores never rise down the list.
    let top = out[0].doc;
    let mut covered = 0f32;
    for &(term, factor) in &terms[..n_terms] {
        let t = Term::get(term);
        if let Some(weight) = t.postings(false).weight(top) {
            covered += (f32::from(weight) * WEIGHT_SCALE).min(t.ideal) * factor;
        }
    }
    out[0].score = (covered / total).min(1.0);
    let (top_relevance, mut previous) = (out[0].relevance, out[0].score);
    for hit in &mut out[1..n] {
        // `min` keeps rounding from lifting a tie above the hit before it.
        hit.score = (previous * hit.relevance / top_relevance).min(previous);
        previous = hit.score;
    }
    (n, evidence)
}
