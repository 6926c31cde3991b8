//! The light stemmer of the emergency check: the content compiler stems the words of `content/urgent.toml`'s
//! word groups with it, and the library stems a question's words with it, so both compare the same stems.
//!
//! It only cuts endings (the stem is always a prefix of the word), so it needs no buffer: up to two of
//! `-ing`, `-ish`, `-ed`, `-es`, `-ly`, `-s`, `-y`, `-e`, keeping at least three letters (and keeping `-y`
//! after `r` or `e`, so that "every" is not "ever" and "grey" stays `grey`, and keeping whole a few words
//! whose ending belongs to them, such as "finish" and "ready"), then one letter of a doubled
//! final consonant. "bluish" and "blue" give `blu`, "greyish" and "grey" `gre`, "stopped" and
//! "stops" `stop`, "breathing", "breathes" and "breathe" `breath`. It is not a linguist's stemmer (the
//! search index uses Snowball for that); it is small, predictable, and the same on both sides.

/// The endings cut, in the order they are tried.
const SUFFIXES: [&[u8]; 8] = [b"ing", b"ish", b"ed", b"es", b"ly", b"s", b"y", b"e"];

/// Words whose ending is part of the word: left whole, so that "finish" is not "fine", "vanish" is not
/// "van" (the "-ish" of "bluish") and "ready" is not "read" (the "-y" of "sleepy").
const WHOLE: [&[u8]; 26] = [
    b"ready",
    b"already",
    b"finish",
    b"vanish",
    b"banish",
    b"punish",
    b"publish",
    b"polish",
    b"relish",
    b"perish",
    b"cherish",
    b"nourish",
    b"flourish",
    b"diminish",
    b"astonish",
    b"accomplish",
    b"abolish",
    b"establish",
    b"furnish",
    b"anguish",
    b"languish",
    b"extinguish",
    b"distinguish",
    b"replenish",
    b"famish",
    b"demolish",
];

/// The fewest letters a stem keeps.
pub const MIN_STEM: usize = 3;

/// Whether a word ending in `y` keeps it: after `r` or `e` ("every", "grey").
fn keeps_y(w: &[u8]) -> bool {
    w.len() >= 2 && matches!(w[w.len() - 2], b'r' | b'e')
}

/// The light stem of a normalised word (lowercase ASCII letters and digits): a prefix of it.
///
/// ```
/// use seven_oh_shared::stem::stem;
/// assert_eq!(stem(b"bluish"), stem(b"blue"));
/// assert_eq!(stem(b"greyish"), stem(b"grey"));
/// assert_ne!(stem(b"every"), stem(b"ever"));
/// assert_eq!(stem(b"stopped"), b"stop");
/// assert_eq!(stem(b"breathing"), stem(b"breathes"));
/// assert_eq!(stem(b"seizures"), stem(b"seizure"));
/// assert_eq!(stem(b"is"), b"is");
/// assert_eq!(stem(b"finished"), b"finish");
/// assert_ne!(stem(b"finish"), stem(b"fine"));
/// assert_ne!(stem(b"ready"), stem(b"read"));
/// ```
#[inline]
pub fn stem(word: &[u8]) -> &[u8] {
    let mut w = word;
    for _ in 0..2 {
        let Some(s) = SUFFIXES.iter().find(|s| {
            w.len() >= s.len() + MIN_STEM && w.ends_with(s) && !(**s == *b"y" && keeps_y(w)) && !WHOLE.contains(&w)
        }) else {
            break;
        };
        w = &w[..w.len() - s.len()];
    }
    if let [.., a, b] = w {
        if a == b && w.len() > MIN_STEM && !b"aeiou".contains(b) && b.is_ascii_alphabetic() {
            w = &w[..w.len() - 1];
        }
    }
    w
}
