//! Requests the crate declines: where to buy a product, how to prepare it, how much of it to take.
//!
//! `content/search.toml` lists them as patterns (`declines`), which the content compiler expands into the
//! keys of unit sequences (see `seven_oh_shared::decline`). Here a question's words are read into the same
//! units: each synonym phrase one unit, each other word one unit, and each phrase or word of a subject
//! concept (7-OH, kratom) the subject unit; then every run of 2 to `MAX_UNITS` units is looked up, its key
//! built unit by unit and the run dropped as soon as a filter of the patterns' prefixes rules it out. At
//! most `MAX_QUERY_WORDS` words, `MAX_UNITS` steps each: linear, and nothing allocated.

use seven_oh_shared::decline::{self, MAX_UNITS, SUBJECT};
use seven_oh_shared::normalize::{self, NO_WORD};

use crate::data::{self, DECLINE_FILTER, DECLINES, SUBJECT_TERMS};
use crate::search::{self, MAX_QUERY_WORDS};

/// Whether the words of a question (vocabulary ids, `NO_WORD` for unknown words) ask for something the
/// crate declines to tell.
pub(crate) fn declined(words: &[u16]) -> bool {
    if DECLINES.is_empty() {
        return false;
    }
    let mut units = [0u32; MAX_QUERY_WORDS];
    let mut n = 0;
    normalize::match_phrases(words, search::starts_phrase, search::phrase_term, |start, _, phrase| {
        let (term, unit) = match phrase {
            Some(t) => (Some(t), decline::phrase_unit(t)),
            None => match words[start] {
                NO_WORD => (None, decline::word_unit(NO_WORD)),
                w => (Some(data::word_term(usize::from(w))), decline::word_unit(w)),
            },
        };
        if let Some(slot) = units.get_mut(n) {
            *slot = match term {
                Some(t) if SUBJECT_TERMS.contains(&t) => SUBJECT,
                _ => unit,
            };
            n += 1;
        }
    });
    // Each run grows from its start while the prefix filter lets it: most runs stop at their first unit.
    let units = &units[..n];
    (0..n).any(|start| {
        let mut key = decline::START;
        for (len, &unit) in units[start..].iter().take(MAX_UNITS).enumerate() {
            key = decline::step(key, unit);
            let bit = decline::filter_bit(key);
            if DECLINE_FILTER[bit / 64] & (1 << (bit % 64)) == 0 {
                return false;
            }
            if len >= 1 && DECLINES.binary_search(&decline::stored(key)).is_ok() {
                return true;
            }
        }
        false
    })
}
