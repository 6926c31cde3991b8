//! [`Strs`]: a short list of strings, the one type every list of text in the crate comes as.
//!
//! Paraphrases, aliases and tags are stored joined by U+001F (the ASCII unit separator) rather than as
//! `&'static [&'static str]`: a slice of string slices costs a 16-byte pointer per item, plus a 24-byte
//! relocation per item in position-independent executables, which for this crate's lists was more than
//! the text itself. The few short lists stored as slices (an urgent message's steps) come as the same
//! type. Reading a list allocates nothing.

use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FusedIterator;

use seven_oh_shared::layout::LIST_SEPARATOR as SEPARATOR;

/// A list as the content compiler writes it: the items joined by the separator, and their number.
#[derive(Clone, Copy)]
pub(crate) struct Joined {
    pub(crate) joined: &'static str,
    pub(crate) len: u16,
}

impl Joined {
    /// The list, for the public API.
    pub(crate) const fn strs(self) -> Strs {
        Strs(Repr::Joined(self))
    }
}

#[derive(Clone, Copy)]
enum Repr {
    Joined(Joined),
    Slice(&'static [&'static str]),
}

/// A short list of `&'static str` items: a FAQ's paraphrases, an entry's aliases or tags, an urgent
/// message's steps.
///
/// It is `Copy`; iterate it with [`iter`](Self::iter) or a `for` loop. Two lists are equal when they hold
/// the same items in the same order.
///
/// ```
/// let paraphrases = seven_oh::faq("is-7-oh-addictive").unwrap().paraphrases();
/// assert!(paraphrases.len() >= 3);
/// for p in paraphrases {
///     assert!(!p.is_empty());
/// }
/// ```
#[derive(Clone, Copy)]
pub struct Strs(Repr);

impl Strs {
    /// The empty list.
    ///
    /// ```
    /// assert!(seven_oh::Strs::EMPTY.is_empty());
    /// ```
    pub const EMPTY: Strs = Strs(Repr::Slice(&[]));

    /// The list of these items.
    pub(crate) const fn from_slice(items: &'static [&'static str]) -> Strs {
        Strs(Repr::Slice(items))
    }

    /// How many items the list has.
    ///
    /// ```
    /// let aliases = seven_oh::topic("overview").unwrap().aliases();
    /// assert_eq!(aliases.len(), aliases.iter().count());
    /// ```
    pub const fn len(&self) -> usize {
        match self.0 {
            Repr::Joined(j) => j.len as usize,
            Repr::Slice(items) => items.len(),
        }
    }

    /// Whether the list has no items.
    ///
    /// ```
    /// assert!(!seven_oh::symptom("vomiting").unwrap().aliases().is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The items, in the order the writer gave them.
    ///
    /// ```
    /// let first = seven_oh::topic("overview").unwrap().aliases().iter().next();
    /// assert_eq!(first, Some("7-OH"));
    /// ```
    pub fn iter(&self) -> StrsIter {
        match self.0 {
            Repr::Joined(j) => StrsIter(IterRepr::Joined {
                rest: j.joined,
                left: j.len,
            }),
            Repr::Slice(items) => StrsIter(IterRepr::Slice(items.iter())),
        }
    }

    /// The item at `index`, if there is one.
    ///
    /// ```
    /// let steps = seven_oh::urgent_message("overdose").unwrap().steps();
    /// assert!(steps.get(0).unwrap().contains("911"));
    /// assert_eq!(steps.get(steps.len()), None);
    /// ```
    pub fn get(&self, index: usize) -> Option<&'static str> {
        match self.0 {
            Repr::Joined(_) => self.iter().nth(index),
            Repr::Slice(items) => items.get(index).copied(),
        }
    }

    /// Whether `item` is one of the items (exactly, case included).
    ///
    /// ```
    /// let aliases = seven_oh::faq("does-naloxone-reverse-7-oh").unwrap().aliases();
    /// assert!(aliases.contains("Narcan"));
    /// assert!(!aliases.contains("narcan"));
    /// ```
    pub fn contains(&self, item: &str) -> bool {
        self.iter().any(|i| i == item)
    }
}

/// The item at `index`, as for a slice: it panics when `index` is out of bounds (see
/// [`get`](Strs::get) for an `Option`).
///
/// ```
/// let steps = seven_oh::urgent_message("overdose").unwrap().steps();
/// assert!(steps[0].contains("911"));
/// ```
impl core::ops::Index<usize> for Strs {
    type Output = str;

    fn index(&self, index: usize) -> &str {
        match self.get(index) {
            Some(item) => item,
            None => panic!("index {index} out of bounds for a list of {}", self.len()),
        }
    }
}

impl PartialEq for Strs {
    fn eq(&self, other: &Strs) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl Eq for Strs {}

impl Hash for Strs {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        for item in self.iter() {
            item.hash(state);
        }
    }
}

/// A record's `Debug` shows its lists as lists.
impl fmt::Debug for Joined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.strs(), f)
    }
}

impl fmt::Debug for Strs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl IntoIterator for Strs {
    type Item = &'static str;
    type IntoIter = StrsIter;

    fn into_iter(self) -> StrsIter {
        self.iter()
    }
}

impl IntoIterator for &Strs {
    type Item = &'static str;
    type IntoIter = StrsIter;

    fn into_iter(self) -> StrsIter {
        self.iter()
    }
}

/// An iterator over the items of a [`Strs`].
///
/// ```
/// let mut it = seven_oh::faq("is-7-oh-addictive").unwrap().paraphrases().iter();
/// let n = it.len();
/// it.next();
/// assert_eq!(it.len(), n - 1);
/// ```
#[derive(Clone, Debug)]
pub struct StrsIter(IterRepr);

#[derive(Clone, Debug)]
enum IterRepr {
    Joined { rest: &'static str, left: u16 },
    Slice(core::slice::Iter<'static, &'static str>),
}

impl Iterator for StrsIter {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        match &mut self.0 {
            IterRepr::Joined { rest, left } => {
                if *left == 0 {
                    return None;
                }
                *left -= 1;
                match rest.split_once(SEPARATOR) {
                    Some((item, tail)) => {
                        *rest = tail;
                        Some(item)
                    }
                    None => Some(core::mem::take(rest)),
                }
            }
            IterRepr::Slice(items) => items.next().copied(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = match &self.0 {
            IterRepr::Joined { left, .. } => usize::from(*left),
            IterRepr::Slice(items) => items.len(),
        };
        (n, Some(n))
    }
}

impl ExactSizeIterator for StrsIter {}

impl FusedIterator for StrsIter {}
