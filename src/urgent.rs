//! The emergency check: red flags recognised by meaning, not by word order.
//!
//! `content/urgent.toml` names word groups (concepts: breathing words, "not/slow/barely" words, colour words,
//! body words, ...) and red flags, each a few groups that must all appear, in any order, within a window of
//! words. Words are compared by their light stem (`seven_oh_shared::stem`, the same function the content
//! compiler used), so "bluish" is "blue" and "stopped" is "stop", and a misspelt word is corrected first.
//! Four groups are cues: a `general` word ("signs of", "ever") keeps a question calm unless a `now` word
//! ("right now", "help") says it is happening; a `topic` word (law, tests, withdrawal, tapering, treatment)
//! does the same except for flags marked `strong` ("I want to die" is a crisis in any context); a flag
//! marked `situation` also needs a `situation` word (a person, "I", "took") or a `now` word. The first flag
//! in file order that holds picks the message.
//!
//! One pass over the words, a fixed array per concept, at most `MAX_FLAGS` checks per word: linear, and
//! nothing allocated.

use seven_oh_shared::layout::{CONCEPT_SET_MASK, MAX_CONCEPTS};
use seven_oh_shared::normalize::{self, NO_WORD};
use seven_oh_shared::stem::stem;

use crate::answer::Urgent;
use crate::data::{CONCEPT_SETS, CUE_BITS, FLAGS, URGENT, word_flags};
use crate::search::{self, MAX_QUERY_BYTES};

/// A red flag: word groups (`concepts`, one bit each) that must all appear within `window` words, whether it
/// also needs a situation cue, whether it holds in a message about a calm topic, and the message it raises.
#[derive(Debug)]
pub(crate) struct Flag {
    pub(crate) concepts: u64,
    pub(crate) window: u8,
    pub(crate) situation: bool,
    pub(crate) strong: bool,
    pub(crate) message: u8,
}

/// The word groups of vocabulary word `w` (none for `NO_WORD`).
fn concepts_of_word(w: u16) -> u64 {
    match word_flags(usize::from(w)) {
        Some(flags) => CONCEPT_SETS[usize::from(flags & CONCEPT_SET_MASK)],
        None => 0,
    }
}

/// The word groups of a question word: those of the word itself when it is in the vocabulary, else those of
/// its light stem, else those of the word typo correction found for it (`corrected`, or `NO_WORD`).
pub(crate) fn concepts(text: &[u8], exact: Option<u16>, corrected: u16) -> u64 {
    if let Some(w) = exact {
        return concepts_of_word(w);
    }
    match search::word_id(stem(text)) {
        Some(w) => concepts_of_word(w),
        None => concepts_of_word(corrected),
    }
}

/// The matcher: fed each word's groups in order, it keeps where each group was last seen, which groups were
/// seen at all, and which flags held.
pub(crate) struct Detector {
    /// 1 + the last position of each group (0: not seen).
    last: [u16; MAX_CONCEPTS],
    seen: u64,
    fired: u64,
}

impl Detector {
    pub(crate) fn new() -> Detector {
        Detector {
            last: [0; MAX_CONCEPTS],
            seen: 0,
            fired: 0,
        }
    }

    /// Takes the word groups `concepts` of the word at position `pos`.
    pub(crate) fn feed(&mut self, pos: usize, concepts: u64) {
        if concepts == 0 {
            return;
        }
        // MAX_QUERY_BYTES bounds the number of words far below u16::MAX.
        let at = pos.min(usize::from(u16::MAX - 1)) as u16 + 1;
        let mut bits = concepts;
        while bits != 0 {
            self.last[bits.trailing_zeros() as usize] = at;
            bits &= bits - 1;
        }
        self.seen |= concepts;
        for (i, flag) in FLAGS.iter().enumerate() {
            if flag.concepts & concepts == 0 || flag.concepts & !self.seen != 0 || self.fired & (1 << i) != 0 {
                continue;
            }
            let mut bits = flag.concepts;
            let mut within = true;
            while bits != 0 {
                let c = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                within &= at - self.last[c] < u16::from(flag.window);
            }
            if within {
                self.fired |= 1 << i;
            }
        }
    }

    /// The index in `URGENT` of the message to show, if any: the first flag that held, unless the words ask
    /// in general, are about a calm topic (and the flag is not strong), or the flag needs a situation the
    /// words do not describe. A `now` word outweighs the general and topic words.
    pub(crate) fn verdict(&self) -> Option<usize> {
        let [situation, general, now, topic] = CUE_BITS;
        let now = self.seen & now != 0;
        if self.seen & general != 0 && !now {
            return None;
        }
        let calm_topic = self.seen & topic != 0 && !now;
        let situated = now || self.seen & situation != 0;
        FLAGS
            .iter()
            .enumerate()
            .find(|&(i, f)| self.fired & (1 << i) != 0 && (situated || !f.situation) && (f.strong || !calm_topic))
            .map(|(_, f)| usize::from(f.message))
    }
}

/// Checks a message (a question, a chat line, a form field) for an emergency, without ranking it: the
/// reviewed message to show first, or `None`. [`ask`](crate::ask) runs the same check.
///
/// The red flags are in `content/urgent.toml`, reviewable as data: word groups found together in any order
/// within a few words, compared by stem and with typo correction ("lips r bluish", "hes not breathng"). A
/// question asked in general ("what are the signs of an overdose?") stays calm. Only the first
/// [`MAX_QUERY_BYTES`] bytes are read; time is linear in them and nothing is allocated.
///
/// Show the message before anything else, then its [`faq`](Urgent::faq), then nothing else: no other
/// answer, no "did you mean". This follows the 988 Lifeline and SAMHSA safe-messaging recommendations
/// (lead with the help line and what to do now; never offer dose or method information to someone in
/// crisis).
///
/// ```
/// let u = seven_oh::urgent("my boyfriend's lips look bluish and he won't wake up").unwrap();
/// assert_eq!(u.call(), "911");
/// assert_eq!(u.faq().id(), "what-to-do-in-an-overdose");
/// assert_eq!(seven_oh::urgent("i just want it all to be over").unwrap().id(), "crisis");
/// assert_eq!(seven_oh::urgent("i want to end my life").unwrap().call(), "988");
/// assert!(seven_oh::urgent("what are the signs of an overdose?").is_none());
/// assert!(seven_oh::urgent("is 7-OH legal in Texas?").is_none());
/// ```
pub fn urgent(text: &str) -> Option<&'static Urgent> {
    let mut end = text.len().min(MAX_QUERY_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut detector = Detector::new();
    for (i, token) in normalize::tokens(&text[..end]).enumerate() {
        let bytes = token.as_bytes();
        let exact = search::word_id(bytes);
        let corrected = match exact {
            Some(_) => NO_WORD,
            None if search::word_id(stem(bytes)).is_some() => NO_WORD,
            None => search::correct(bytes).unwrap_or(NO_WORD),
        };
        detector.feed(i, concepts(bytes, exact, corrected));
    }
    detector.verdict().map(|m| &URGENT[m])
}
