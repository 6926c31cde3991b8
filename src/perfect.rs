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
pub fn hash(bytes: &[u8], seed: u64) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = fold(h ^ u64::from_le_bytes(word), K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        h = fold(h ^ u64::from_le_bytes(word), K ^ 0xFF51_AFD7_ED55_8CCD);
    }
    fold(h, K)
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

/// The slot of a key with hash `h` under `pilot`.
pub fn place(h: u64, pilot: u16, slots: usize) -> usize {
    let mixed = fold((h >> 32) ^ u64::from(pilot), 0xC2B2_AE3D_27D4_EB4F);
    reduce(mixed as u32, slots)
}
