//! The perfect-hash builder: lays keys out in the tables that [`seven_oh_shared::hash`] probes at run time.

use seven_oh_shared::hash;
use seven_oh_shared::layout::{EMPTY_SLOT, PILOT_BYTES, perfect_slots};

/// The most keys a table holds: each slot records its key's index as a `u16` below [`EMPTY_SLOT`].
pub const MAX_KEYS: usize = EMPTY_SLOT as usize;

/// A perfect hash table built by [`perfect_table`]: the seed, pilots and slots to emit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    /// The hash seed.
    pub seed: u64,
    /// One pilot per bucket.
    pub pilots: Vec<u16>,
    /// The key index in each slot, or [`EMPTY_SLOT`].
    pub slots: Vec<u16>,
}

impl Built {
    /// The pilots as the blob the library reads: [`PILOT_BYTES`] each, little-endian.
    pub fn pilot_bytes(&self) -> Vec<u8> {
        let bytes: Vec<u8> = self.pilots.iter().flat_map(|p| p.to_le_bytes()).collect();
        debug_assert_eq!(bytes.len(), self.pilots.len() * PILOT_BYTES);
        bytes
    }
}

/// Builds a perfect hash table (see [`seven_oh_shared::hash`]) over `keys`, distinct, at most [`MAX_KEYS`]
/// of them (more is an error, which the caller reports where the keys came from). Deterministic: the same
/// keys give the same table.
pub fn perfect_table(keys: &[&[u8]]) -> Result<Built, String> {
    if keys.len() > MAX_KEYS {
        return Err(format!("{} keys, and a table holds at most {MAX_KEYS}", keys.len()));
    }
    if keys.is_empty() {
        return Ok(Built {
            seed: 0,
            pilots: Vec::new(),
            slots: Vec::new(),
        });
    }
    let buckets = keys.len().div_ceil(4);
    let slots = perfect_slots(keys.len());
    'seed: for seed in 0u64.. {
        let hashes: Vec<u64> = keys.iter().map(|k| hash::hash(k, seed)).collect();
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
        for (i, &h) in hashes.iter().enumerate() {
            members[hash::reduce(h as u32, buckets)].push(i);
        }
        let mut order: Vec<usize> = (0..buckets).collect();
        order.sort_by_key(|&b| (std::cmp::Reverse(members[b].len()), b));
        let mut table = vec![EMPTY_SLOT; slots];
        let mut pilots = vec![0u16; buckets];
        for b in order {
            if members[b].is_empty() {
                continue;
            }
            // The slots this pilot gives the bucket's keys so far; one buffer for every try.
            let mut taken: Vec<usize> = Vec::with_capacity(members[b].len());
            let found = (0..=u16::MAX).find(|&pilot| {
                taken.clear();
                members[b].iter().all(|&i| {
                    let s = hash::place(hashes[i], pilot, slots);
                    let free = table[s] == EMPTY_SLOT && !taken.contains(&s);
                    taken.push(s);
                    free
                })
            });
            let Some(pilot) = found else { continue 'seed };
            pilots[b] = pilot;
            for &i in &members[b] {
                table[hash::place(hashes[i], pilot, slots)] = i as u16;
            }
        }
        return Ok(Built {
            seed,
            pilots,
            slots: table,
        });
    }
    unreachable!("some seed builds a table")
}
