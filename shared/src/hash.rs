//! The hash, and the compact minimal perfect hash tables of the generated data: ids, names, the search
//! vocabulary and its phrases.
//!
//! The library looks keys up ([`Table::slot`], [`Positions::get`]); the content compiler builds the tables
//! with [`hash`], [`reduce`] and [`place`]. Both sides use these same functions, so a table built at compile
//! time answers at run time.
//!
//! The layout follows PTHash: keys are hashed once with a fast 64-bit hash; the low half picks a bucket,
//! and the bucket's 16-bit pilot, mixed with the high half, picks a slot. The content compiler lays the
//! keys' data out in slot order, so the slot is the key's index. The caller checks the key stored there,
//! since a key that was never in the table still lands on some slot.
//!
//! It is the crate's only hashing scheme (`phf` was used for names until issue 9). As `phf::Map<&str, u16>`
//! entries each word of the vocabulary cost a 16-byte `&str`, a padded value and, in position-independent
//! executables, a 24-byte relocation; this layout stores 2 bytes per slot plus 2 per bucket, its hash reads
//! eight bytes at a time (phf's SipHash-1-3 adds a 128-bit finish), and it needs no build dependency.

use crate::blob::u16_at;
use crate::layout::{PILOT_BYTES, POSITION_BYTES};

/// A 64-bit hash of `bytes` under `seed`: eight bytes at a time, each folded in with a 128-bit multiply.
/// The tail is read as one more (overlapping) eight-byte word, and keys shorter than eight bytes as two
/// overlapping four-byte words or three single bytes, so no length-dependent copy is needed.
///
/// ```
/// use seven_oh_shared::hash::hash;
/// assert_eq!(hash(b"naloxone", 0), hash(b"naloxone", 0));
/// assert_ne!(hash(b"naloxone", 0), hash(b"naloxone", 1));
/// assert_ne!(hash(b"", 0), hash(b"a", 0));
/// ```
#[inline]
pub fn hash(bytes: &[u8], seed: u64) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    const TAIL: u64 = 0xFF51_AFD7_ED55_8CCD;
    let n = bytes.len();
    let mut h = seed ^ (n as u64).wrapping_mul(K);
    if n >= 8 {
        let mut i = 0;
        while i + 8 <= n {
            h = fold(h ^ read8(bytes, i), K);
            i += 8;
        }
        if i < n {
            h = fold(h ^ read8(bytes, n - 8), TAIL);
        }
    } else if n >= 4 {
        let (lo, hi) = (u64::from(read4(bytes, 0)), u64::from(read4(bytes, n - 4)));
        h = fold(h ^ (lo | (hi << 32)), TAIL);
    } else if n > 0 {
        let v = u64::from(bytes[0]) | (u64::from(bytes[n / 2]) << 8) | (u64::from(bytes[n - 1]) << 16);
        h = fold(h ^ v, TAIL);
    }
    fold(h, K)
}

/// The little-endian `u64` at `bytes[i..i + 8]`.
#[inline]
fn read8(bytes: &[u8], i: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[i..i + 8]);
    u64::from_le_bytes(word)
}

/// The little-endian `u32` at `bytes[i..i + 4]`.
#[inline]
fn read4(bytes: &[u8], i: usize) -> u32 {
    let mut word = [0u8; 4];
    word.copy_from_slice(&bytes[i..i + 4]);
    u32::from_le_bytes(word)
}

/// The 16-bit fingerprint of a word (or a word with letters deleted) in the typo table.
///
/// ```
/// use seven_oh_shared::hash::{fingerprint, hash};
/// assert_eq!(fingerprint(b"withdrawal"), (hash(b"withdrawal", 0) >> 48) as u16);
/// ```
#[inline]
pub fn fingerprint(bytes: &[u8]) -> u16 {
    (hash(bytes, 0) >> 48) as u16
}

/// Multiplies as 128 bits and folds the halves together.
#[inline]
const fn fold(a: u64, b: u64) -> u64 {
    let m = (a as u128).wrapping_mul(b as u128);
    (m as u64) ^ ((m >> 64) as u64)
}

/// Maps a 32-bit value onto `0..n` without a division.
///
/// ```
/// use seven_oh_shared::hash::reduce;
/// assert_eq!(reduce(0, 10), 0);
/// assert_eq!(reduce(u32::MAX, 10), 9);
/// assert_eq!(reduce(1 << 31, 10), 5);
/// ```
#[inline]
pub const fn reduce(x: u32, n: usize) -> usize {
    ((x as u64 * n as u64) >> 32) as usize
}

/// A perfect hash table over some keys: the one slot each key can be in. The data lives in arrays laid
/// out in slot order, outside the table; an unused slot holds something no key equals.
///
/// ```
/// use seven_oh_shared::hash::Table;
/// // One bucket whose pilot sends both keys somewhere in three slots (a table the compiler would build).
/// let table = Table { seed: 0, pilots: &[0, 0], len: 3 };
/// assert!(table.slot(b"kratom").unwrap() < 3);
/// assert_eq!(Table { seed: 0, pilots: &[], len: 0 }.slot(b"kratom"), None);
/// ```
#[derive(Debug)]
pub struct Table<'a> {
    /// The hash seed the build settled on.
    pub seed: u64,
    /// One pilot per bucket, [`PILOT_BYTES`] each, little-endian (a blob the build writes).
    pub pilots: &'a [u8],
    /// How many slots there are.
    pub len: usize,
}

impl Table<'_> {
    /// The slot that `key` is in, if it is a key at all. The caller must compare `key` with what that slot
    /// holds.
    ///
    /// ```
    /// use seven_oh_shared::hash::Table;
    /// assert_eq!(Table { seed: 9, pilots: &[0, 0, 0, 0], len: 1 }.slot(b"taper"), Some(0));
    /// ```
    #[inline]
    pub fn slot(&self, key: &[u8]) -> Option<usize> {
        if self.pilots.is_empty() {
            return None;
        }
        let h = hash(key, self.seed);
        let at = reduce(h as u32, self.pilots.len() / PILOT_BYTES) * PILOT_BYTES;
        let pilot = u16_at(self.pilots.get(at..at + PILOT_BYTES)?, 0);
        Some(place(h, pilot, self.len))
    }
}

/// A perfect hash table with the position of each slot's key in some other array (`EMPTY_SLOT` for an
/// empty slot), for data that keeps its own order (records sorted by id).
///
/// ```
/// use seven_oh_shared::hash::{Positions, Table};
/// let table = Table { seed: 0, pilots: &[0, 0], len: 1 };
/// let ids = Positions { table, positions: &[0, 0] };
/// assert_eq!(ids.get(b"overview"), Some(0)); // one slot: every key lands on it; the caller compares
/// ```
#[derive(Debug)]
pub struct Positions<'a> {
    /// The table.
    pub table: Table<'a>,
    /// The position of the key in each slot, [`POSITION_BYTES`] each, little-endian.
    pub positions: &'a [u8],
}

impl Positions<'_> {
    /// The position of the only key that `key` can be, if any. The caller must compare `key` with it.
    ///
    /// ```
    /// use seven_oh_shared::hash::{Positions, Table};
    /// let empty = Positions { table: Table { seed: 0, pilots: &[0, 0], len: 1 }, positions: &[0xFF, 0xFF] };
    /// assert_eq!(empty.get(b"overview"), None);
    /// ```
    #[inline]
    pub fn get(&self, key: &[u8]) -> Option<usize> {
        let at = self.table.slot(key)? * POSITION_BYTES;
        let i = u16_at(self.positions.get(at..at + POSITION_BYTES)?, 0);
        (i != crate::layout::EMPTY_SLOT).then_some(usize::from(i))
    }
}

/// The slot of a key with hash `h` under `pilot`.
///
/// ```
/// use seven_oh_shared::hash::place;
/// assert!(place(0xDEAD_BEEF_0000_0001, 7, 100) < 100);
/// assert_eq!(place(42, 3, 1), 0);
/// ```
#[inline]
pub fn place(h: u64, pilot: u16, slots: usize) -> usize {
    let mixed = fold((h >> 32) ^ u64::from(pilot), 0xC2B2_AE3D_27D4_EB4F);
    reduce(mixed as u32, slots)
}
