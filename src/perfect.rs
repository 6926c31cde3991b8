//! A compact minimal perfect hash for the search index's vocabulary and phrases.
//!
//! This file is compiled twice: into the library, which looks keys up ([`Table::slot`]), and into the
//! content compiler, whose `index` stage builds the tables with [`hash`], [`reduce`] and [`place`]. Both
//! sides use these same functions, so a table built at compile time answers at run time.
//!
//! The layout follows PTHash: keys are hashed once with a fast 64-bit hash; the low half picks a bucket,
//! and the bucket's 16-bit pilot, mixed with the high half, picks a slot. The content compiler lays the
//! keys' data out in slot order, so the slot is the key's index. The caller checks the key stored there,
//! since a key that was never in the table still lands on some slot.
//!
//! Why not `phf` here: the vocabulary has about ten thousand words. As `phf::Map<&str, u16>` entries each
//! word costs a 16-byte `&str`, a padded value and, in position-independent executables, a 24-byte
//! relocation. This layout stores 2 bytes per slot plus 2 per bucket, and its hash reads eight bytes at a
//! time.

/// A 64-bit hash of `bytes` under `seed`: eight bytes at a time, each folded in with a 128-bit multiply.
/// The tail is read as one more (overlapping) eight-byte word, and keys shorter than eight bytes as two
/// overlapping four-byte words or three single bytes, so no length-dependent copy is needed.
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
fn read8(bytes: &[u8], i: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[i..i + 8]);
    u64::from_le_bytes(word)
}

/// The little-endian `u32` at `bytes[i..i + 4]`.
fn read4(bytes: &[u8], i: usize) -> u32 {
    let mut word = [0u8; 4];
    word.copy_from_slice(&bytes[i..i + 4]);
    u32::from_le_bytes(word)
}

/// The 16-bit fingerprint of a word (or a word with letters deleted) in the typo table.
pub fn fingerprint(bytes: &[u8]) -> u16 {
    (hash(bytes, 0) >> 48) as u16
}

/// Multiplies as 128 bits and folds the halves together.
const fn fold(a: u64, b: u64) -> u64 {
    let m = (a as u128).wrapping_mul(b as u128);
    (m as u64) ^ ((m >> 64) as u64)
}

/// Maps a 32-bit value onto `0..n` without a division.
pub const fn reduce(x: u32, n: usize) -> usize {
    ((x as u64 * n as u64) >> 32) as usize
}

/// A perfect hash table over some keys: the one slot each key can be in. The data lives in arrays laid
/// out in slot order, outside the table; an unused slot holds something no key equals.
#[derive(Debug)]
pub struct Table<'a> {
    /// The hash seed the build settled on.
    pub seed: u64,
    /// One pilot per bucket.
    pub pilots: &'a [u16],
    /// How many slots there are.
    pub len: usize,
}

impl Table<'_> {
    /// The slot that `key` is in, if it is a key at all. The caller must compare `key` with what that slot
    /// holds.
    pub fn slot(&self, key: &[u8]) -> Option<usize> {
        if self.pilots.is_empty() {
            return None;
        }
        let h = hash(key, self.seed);
        let pilot = self.pilots[reduce(h as u32, self.pilots.len())];
        Some(place(h, pilot, self.len))
    }
}

/// A perfect hash table with the position of each slot's key in some other array (`u16::MAX` for an
/// empty slot), for data that keeps its own order (records sorted by id).
#[derive(Debug)]
pub struct Positions<'a> {
    /// The table.
    pub table: Table<'a>,
    /// The position of the key in each slot.
    pub positions: &'a [u16],
}

impl Positions<'_> {
    /// The position of the only key that `key` can be, if any. The caller must compare `key` with it.
    pub fn get(&self, key: &[u8]) -> Option<usize> {
        let i = self.positions[self.table.slot(key)?];
        (i != u16::MAX).then_some(usize::from(i))
    }
}

/// The slot of a key with hash `h` under `pilot`.
pub fn place(h: u64, pilot: u16, slots: usize) -> usize {
    let mixed = fold((h >> 32) ^ u64::from(pilot), 0xC2B2_AE3D_27D4_EB4F);
    reduce(mixed as u32, slots)
}
