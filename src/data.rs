//! The tables generated from `content/` by the content compiler (`seven-oh-compiler`, run by `build.rs`),
//! and the readers of its byte tables.
//!
//! Everything here is `static` data written at build time: one array per kind of entry, perfect-hash
//! tables from ids and names to positions in those arrays, and the search index. Records with text are Rust
//! literals; the index's large tables (words, typo table, phrases, terms, postings, documents, names'
//! entries) are byte blobs of fixed-width little-endian records, laid out as `seven_oh_shared::layout` says
//! and read below with `seven_oh_shared::blob`: small inlined functions that allocate nothing and do no
//! work at start-up. A word, term or document number out of range reads as nothing (empty text, no term).

#![allow(clippy::unreadable_literal)]

use crate::answer::Urgent;
use seven_oh_shared::blob::{f32_at, u16_at, u32_at, u64_at, uint_at};
use seven_oh_shared::hash::{Positions, Table};
use seven_oh_shared::kind::{Context, Kind, Severity, SourceKind, Urgency};
use seven_oh_shared::layout::{
    ConceptBits, DELETE_HASH, DELETE_RECORD, DELETE_WORD, NAME_OFFSET_BYTES, NO_TERM, PHRASE_KEY, PHRASE_RECORD,
    PHRASE_TERM, POSTING_DOC, POSTING_RECORD, POSTING_WEIGHT, REF_INDEX, REF_KIND, REF_RECORD, TERM_ANCHOR,
    TERM_FAQ_LEN, TERM_IDEAL, TERM_LEN, TERM_RECORD, TERM_START, WORD_FLAGS, WORD_LEN, WORD_START, WORD_TERM,
    word_record,
};

use crate::record::{Common, Faq, Ref, Risk, Source, Symptom, Topic};
use crate::strs::Joined as Strs;
use crate::urgent::Flag;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The bytes of a word record in this build.
const WORD_RECORD: usize = word_record(WORD_START_BYTES);

/// Record `i` of a blob of `N`-byte records, if there is one.
#[inline]
fn record<const N: usize>(blob: &'static [u8], i: usize) -> Option<&'static [u8; N]> {
    blob.get(i * N..)?.first_chunk()
}

/// The text of vocabulary word `id` (empty for an empty slot).
#[inline]
pub(crate) fn word_text(id: usize) -> &'static [u8] {
    let Some(r) = record::<WORD_RECORD>(WORDS, id) else {
        return &[];
    };
    let start = uint_at(r, WORD_START, WORD_START_BYTES);
    let len = usize::from(r[WORD_LEN]);
    WORD_TEXT.as_bytes().get(start..start + len).unwrap_or_default()
}

/// The flag byte of vocabulary word `id` (`STARTS_PHRASE`: a synonym phrase starts with it), if it is a
/// word.
pub(crate) fn word_flags(id: usize) -> Option<u8> {
    record::<WORD_RECORD>(WORDS, id).map(|r| r[WORD_FLAGS])
}

/// The index in `CONCEPT_SETS` of vocabulary word `id`'s word groups (0, the empty set, for an empty slot
/// or `NO_WORD`).
#[inline]
pub(crate) fn concept_set(id: usize) -> usize {
    let Some(b) = WORD_CONCEPTS.get(id * CONCEPT_SET_BYTES..) else {
        return 0;
    };
    match b {
        [low, high, ..] if CONCEPT_SET_BYTES == 2 => usize::from(u16::from_le_bytes([*low, *high])),
        [set, ..] => usize::from(*set),
        [] => 0,
    }
}

/// The term of vocabulary word `id` (`STOP` for a stopword, `NO_TERM` for a word the content never uses).
#[inline]
pub(crate) fn word_term(id: usize) -> u16 {
    record::<WORD_RECORD>(WORDS, id).map_or(NO_TERM, |r| u16_at(r, WORD_TERM))
}

/// The term of the synonym phrase in phrase-table slot `slot` if its packed key is `key`.
#[inline]
pub(crate) fn phrase_term(slot: usize, key: u64) -> Option<u16> {
    let r = record::<PHRASE_RECORD>(PHRASES, slot)?;
    (u64_at(r, PHRASE_KEY) == key).then(|| u16_at(r, PHRASE_TERM))
}

/// The typo table's records (fingerprint, word) whose fingerprints share `bucket`'s top bits.
#[inline]
pub(crate) fn deletes(bucket: usize) -> impl Iterator<Item = (u16, u16)> {
    let w = DELETE_BUCKET_BYTES;
    // This bucket's start and the next one's.
    let (start, end) = match DELETE_BUCKETS.get(bucket * w..(bucket + 2) * w) {
        Some(starts) => (uint_at(starts, 0, w), uint_at(starts, w, w)),
        None => (0, 0),
    };
    DELETES
        .get(start * DELETE_RECORD..end * DELETE_RECORD)
        .unwrap_or_default()
        .chunks_exact(DELETE_RECORD)
        .map(|r| (u16_at(r, DELETE_HASH), u16_at(r, DELETE_WORD)))
}

/// A term: where its postings are, whether it ties a question to this subject, and what it weighs in a
/// question (its weight in an average question field, which caps what it adds to any one entry).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Term {
    start: usize,
    len: usize,
    /// How many of the postings are FAQs' (they come first).
    faq_len: usize,
    pub(crate) anchor: bool,
    pub(crate) ideal: f32,
}

impl Term {
    /// Term `t` (a term with no postings if there is none).
    #[inline]
    pub(crate) fn get(t: u16) -> Term {
        match record::<TERM_RECORD>(TERMS, usize::from(t)) {
            Some(r) => Term {
                start: u32_at(r, TERM_START) as usize,
                len: usize::from(u16_at(r, TERM_LEN)),
                faq_len: usize::from(u16_at(r, TERM_FAQ_LEN)),
                anchor: r[TERM_ANCHOR] != 0,
                ideal: f32_at(r, TERM_IDEAL),
            },
            None => Term {
                start: 0,
                len: 0,
                faq_len: 0,
                anchor: false,
                ideal: 0.0,
            },
        }
    }

    /// Its postings (all, or the FAQs' only), sorted by document.
    #[inline]
    pub(crate) fn postings(&self, faqs_only: bool) -> Postings {
        let len = if faqs_only { self.faq_len } else { self.len };
        let bytes = POSTINGS.get(self.start * POSTING_RECORD..(self.start + len) * POSTING_RECORD);
        Postings(bytes.unwrap_or_default())
    }
}

/// A term's postings: each entry's weight for the term, in multiples of `WEIGHT_SCALE`, by document.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Postings(&'static [u8]);

impl Postings {
    /// Calls `f(document, weight)` for each posting, in order.
    #[inline]
    pub(crate) fn for_each(self, mut f: impl FnMut(usize, u16)) {
        // Two postings a step: half the loop's bookkeeping, which is most of a posting's cost.
        let mut pairs = self.0.chunks_exact(2 * POSTING_RECORD);
        for r in &mut pairs {
            f(usize::from(u16_at(r, POSTING_DOC)), u16_at(r, POSTING_WEIGHT));
            let r = &r[POSTING_RECORD..];
            f(usize::from(u16_at(r, POSTING_DOC)), u16_at(r, POSTING_WEIGHT));
        }
        let r = pairs.remainder();
        if r.len() == POSTING_RECORD {
            f(usize::from(u16_at(r, POSTING_DOC)), u16_at(r, POSTING_WEIGHT));
        }
    }

    /// The weight of document `doc`, if it has a posting (a binary search).
    pub(crate) fn weight(self, doc: u16) -> Option<u16> {
        let (mut lo, mut hi) = (0, self.0.len() / POSTING_RECORD);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let r = record::<POSTING_RECORD>(self.0, mid)?;
            match u16_at(r, POSTING_DOC).cmp(&doc) {
                core::cmp::Ordering::Less => lo = mid + 1,
                core::cmp::Ordering::Greater => hi = mid,
                core::cmp::Ordering::Equal => return Some(u16_at(r, POSTING_WEIGHT)),
            }
        }
        None
    }
}

/// An entry reference from a blob record.
#[inline]
fn entry_ref(r: &[u8; REF_RECORD]) -> Ref {
    Ref {
        kind: Kind::ALL.get(usize::from(r[REF_KIND])).copied().unwrap_or(Kind::Faq),
        index: u16_at(r, REF_INDEX),
    }
}

/// Search document `doc`: FAQs first, then topics, symptoms, risks.
#[inline]
pub(crate) fn doc(doc: usize) -> Option<Ref> {
    record::<REF_RECORD>(DOCS, doc).map(entry_ref)
}

/// The entry named by the compact key `key` if name-table slot `slot` holds it (an empty slot holds an
/// empty key, which no name has).
#[inline]
pub(crate) fn name(slot: usize, key: &[u8]) -> Option<Ref> {
    // This slot's offset and the next one's: where its key starts and ends.
    let at = slot * NAME_OFFSET_BYTES;
    let ends = NAME_OFFSETS.get(at..)?.first_chunk::<{ 2 * NAME_OFFSET_BYTES }>()?;
    let (start, end) = (u32_at(ends, 0) as usize, u32_at(ends, NAME_OFFSET_BYTES) as usize);
    if NAME_TEXT.as_bytes().get(start..end)? != key {
        return None;
    }
    record::<REF_RECORD>(NAME_REFS, slot).map(entry_ref)
}
