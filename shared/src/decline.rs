//! Requests the library declines: where to buy a product, how to prepare it, how much of it to take.
//!
//! `content/search.toml` lists them as patterns of words (`declines`). A question is read as a sequence of
//! units, the same way on both sides: each synonym phrase one unit (its term), each other word one unit
//! (its vocabulary id), and each phrase or word of a subject concept (`subjects`: 7-OH, kratom) the one
//! unit [`SUBJECT`]. The compiler expands every pattern into unit sequences and stores their [`key`]s;
//! the library reads a question's units and looks up the key of every run of 2 to [`MAX_UNITS`] units.
//!
//! ```
//! use seven_oh_shared::decline::{key, phrase_unit, word_unit, SUBJECT};
//! let how_much = [word_unit(4), word_unit(9), SUBJECT, word_unit(12)];
//! assert_eq!(key(&how_much), key(&how_much));
//! assert_ne!(key(&how_much), key(&how_much[..3]));
//! assert_ne!(word_unit(7), phrase_unit(7));
//! ```

/// The most units a pattern may span.
///
/// ```
/// assert_eq!(seven_oh_shared::decline::MAX_UNITS, 8);
/// ```
pub const MAX_UNITS: usize = 8;

/// The unit of any phrase or word of a subject concept.
///
/// ```
/// assert_eq!(seven_oh_shared::decline::SUBJECT, u32::MAX);
/// ```
pub const SUBJECT: u32 = u32::MAX;

/// The unit of a word that is not part of a synonym phrase: its vocabulary id.
///
/// ```
/// assert_eq!(seven_oh_shared::decline::word_unit(3), 3);
/// ```
#[inline]
pub const fn word_unit(word: u16) -> u32 {
    word as u32
}

/// The unit of a synonym phrase of two or more words: its term, marked apart from word ids.
///
/// ```
/// assert_eq!(seven_oh_shared::decline::phrase_unit(3), (1 << 16) | 3);
/// ```
#[inline]
pub const fn phrase_unit(term: u16) -> u32 {
    (1 << 16) | term as u32
}

/// The key of an empty run; [`step`] extends a key by one unit, so a run's key is built unit by unit.
pub const START: u64 = 0x6465_636c_696e_6573;

/// Extends the key of a run by one unit.
///
/// ```
/// use seven_oh_shared::decline::{key, step, START};
/// assert_eq!(step(step(START, 1), 2), key(&[1, 2]));
/// ```
#[inline]
pub const fn step(key: u64, unit: u32) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let m = ((key ^ unit as u64) as u128).wrapping_mul(K as u128);
    (m as u64) ^ ((m >> 64) as u64)
}

/// The lookup key of a run of units: [`step`] folded over them from [`START`] (different runs collide with
/// odds of about one in 2^64 per pair).
///
/// ```
/// use seven_oh_shared::decline::key;
/// assert_ne!(key(&[1, 2]), key(&[2, 1]));
/// assert_ne!(key(&[1]), key(&[1, 0]));
/// ```
#[inline]
pub fn key(units: &[u32]) -> u64 {
    units.iter().fold(START, |k, &u| step(k, u))
}

/// What the tables store of a run's key: its high 32 bits. A question's run whose key differs but shares
/// them is read as that pattern with odds of about one in 2^32 per lookup, and the prefix filter stops most
/// runs before any lookup; half the bytes matter more on the web.
///
/// ```
/// assert_eq!(seven_oh_shared::decline::stored(0x1234_5678_9abc_def0), 0x1234_5678);
/// ```
#[inline]
pub const fn stored(key: u64) -> u32 {
    (key >> 32) as u32
}

/// The bits of the filter of run prefixes: the compiler sets bit [`filter_bit`] of the key of every prefix
/// of every pattern reading, so the library stops extending a run as soon as its key's bit is clear.
pub const FILTER_BITS: usize = 1 << 12;

/// The bit of the prefix filter that a key sets.
///
/// ```
/// use seven_oh_shared::decline::{filter_bit, FILTER_BITS};
/// assert!(filter_bit(u64::MAX) < FILTER_BITS);
/// ```
#[inline]
pub const fn filter_bit(key: u64) -> usize {
    (key >> 50) as usize % FILTER_BITS
}
