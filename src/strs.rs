//! [`Strs`]: a short list of strings kept in one `&'static str`.
//!
//! Paraphrases, aliases and tags are stored joined by U+001F (the ASCII unit separator) rather than as
//! `&'static [&'static str]`: a slice of string slices costs a 16-byte pointer per item, plus a 24-byte
//! relocation per item in position-independent executables, which for this crate's lists was more than
//! the text itself. Reading the list allocates nothing.

use core::fmt;
use core::iter::FusedIterator;

use seven_oh_shared::layout::LIST_SEPARATOR as SEPARATOR;

/// A short list of `&'static str` items, such as a FAQ's paraphrases or an entry's aliases.
///
/// It is `Copy`; iterate it with [`iter`](Self::iter) or a `for` loop.
///
/// ```
/// let paraphrases = seven_oh::faq("is-7-oh-addictive").unwrap().paraphrases();
/// assert!(paraphrases.len() >= 3);
/// for p in paraphrases {
///     assert!(!p.is_empty());
/// }
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Strs {
    pub(crate) joined: &'static str,
    pub(crate) len: u16,
}

impl Strs {
    /// The empty list.
    ///
    /// ```
    /// assert!(seven_oh::Strs::EMPTY.is_empty());
    /// ```
    pub const EMPTY: Strs = Strs { joined: "", len: 0 };

    /// How many items the list has.
    ///
    /// ```
    /// let aliases = seven_oh::topic("overview").unwrap().aliases();
    /// assert_eq!(aliases.len(), aliases.iter().count());
    /// ```
    pub const fn len(&self) -> usize {
        self.len as usize
    }

    /// Whether the list has no items.
    ///
    /// ```
    /// assert!(!seven_oh::symptom("vomiting").unwrap().aliases().is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The items, in the order the writer gave them.
    ///
    /// ```
    /// let first = seven_oh::topic("overview").unwrap().aliases().iter().next();
    /// assert_eq!(first, Some("7-OH"));
    /// ```
    pub fn iter(&self) -> StrsIter {
        StrsIter {
            rest: self.joined,
            left: self.len,
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
pub struct StrsIter {
    rest: &'static str,
    left: u16,
}

impl Iterator for StrsIter {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        match self.rest.split_once(SEPARATOR) {
            Some((item, rest)) => {
                self.rest = rest;
                Some(item)
            }
            None => Some(core::mem::take(&mut self.rest)),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (usize::from(self.left), Some(usize::from(self.left)))
    }
}

impl ExactSizeIterator for StrsIter {}

impl FusedIterator for StrsIter {}
