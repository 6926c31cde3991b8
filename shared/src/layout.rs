//! The layout of the generated tables: every constant and bit that the content compiler writes and the
//! library reads. A change here changes both sides at once.

/// The term of a stopword (a word that never counts in ranking).
///
/// ```
/// use seven_oh_shared::layout::{NO_TERM, STOP};
/// assert_eq!(STOP, 65534);
/// assert!(STOP < NO_TERM);
/// ```
pub const STOP: u16 = u16::MAX - 1;

/// The term of a word that the content never uses (it is known only as a trigger word, or its term has no
/// postings). Word and term ids must stay below [`STOP`].
///
/// ```
/// assert_eq!(seven_oh_shared::layout::NO_TERM, u16::MAX);
/// ```
pub const NO_TERM: u16 = u16::MAX;

/// The bit of a word's flag byte set when a synonym phrase starts with the word.
///
/// ```
/// assert_eq!(seven_oh_shared::layout::STARTS_PHRASE, 0x80);
/// ```
pub const STARTS_PHRASE: u8 = 0x80;

/// How many distinct concept sets the words may have. Each word's set (which of `content/urgent.toml`'s
/// word groups its light stem belongs to) is an index into `CONCEPT_SETS`, kept beside the word table in
/// [`concept_set_bytes`] bytes.
///
/// ```
/// assert_eq!(seven_oh_shared::layout::MAX_CONCEPT_SETS, 65_536);
/// ```
pub const MAX_CONCEPT_SETS: usize = u16::MAX as usize + 1;

// Each word has one set, so the sets (and the empty one) never outnumber what an index holds.
const _: () = assert!(MAX_WORDS < MAX_CONCEPT_SETS);

/// The bytes of each word's concept-set index for `sets` distinct sets: one while they fit a byte, else
/// two (little-endian).
///
/// ```
/// use seven_oh_shared::layout::concept_set_bytes;
/// assert_eq!(concept_set_bytes(256), 1);
/// assert_eq!(concept_set_bytes(257), 2);
/// ```
pub const fn concept_set_bytes(sets: usize) -> usize {
    if sets <= u8::MAX as usize + 1 { 1 } else { 2 }
}

/// A set of word groups (`[[concept]]` in `content/urgent.toml`): bit `i` is group `i`, for `i` below
/// [`ConceptBits::BITS`]. It is two `u128` words: word 0 holds groups 0 to 127, word 1 groups 128 to 255.
/// The generated tables write each set with [`from_words`](ConceptBits::from_words); the matcher combines
/// sets with `|`, `&` and `!` and walks a set's groups with [`iter`](ConceptBits::iter), in increasing
/// order and without allocating.
///
/// # Examples
///
/// ```
/// use seven_oh_shared::layout::ConceptBits;
/// let flag = ConceptBits::bit(3) | ConceptBits::bit(200);
/// let seen = flag | ConceptBits::bit(7);
/// assert!(seen.contains(flag));
/// assert!(flag.intersects(ConceptBits::bit(200)));
/// assert_eq!(flag.iter().collect::<Vec<_>>(), [3, 200]);
/// assert_eq!(flag, ConceptBits::from_words([0x8, 0x100_0000_0000_0000_0000]));
/// assert_eq!(format!("{flag:?}"), "{3, 200}");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ConceptBits([u128; 2]);

/// The bits of one word of a [`ConceptBits`].
const WORD_BITS: usize = u128::BITS as usize;

impl ConceptBits {
    /// How many word groups a set can hold.
    ///
    /// # Examples
    ///
    /// ```
    /// use seven_oh_shared::layout::ConceptBits;
    /// assert_eq!(ConceptBits::BITS, 256);
    /// assert_eq!(ConceptBits::bit(ConceptBits::BITS as usize - 1).iter().next(), Some(255));
    /// ```
    pub const BITS: u32 = 2 * u128::BITS;

    /// The set of no word groups.
    ///
    /// # Examples
    ///
    /// ```
    /// use seven_oh_shared::layout::ConceptBits;
    /// assert!(ConceptBits::EMPTY.is_empty());
    /// assert_eq!(ConceptBits::EMPTY, ConceptBits::default());
    /// assert_eq!(ConceptBits::EMPTY.iter().count(), 0);
    /// ```
    pub const EMPTY: ConceptBits = ConceptBits([0; 2]);

    /// The set of group `i` alone.
    ///
    /// # Panics
    ///
    /// If `i` is not below [`BITS`](ConceptBits::BITS) (at compile time in a constant).
    ///
    /// # Examples
    ///
    /// ```
    /// use seven_oh_shared::layout::ConceptBits;
    /// assert_eq!(ConceptBits::bit(0), ConceptBits::from_words([1, 0]));
    /// assert_eq!(ConceptBits::bit(129), ConceptBits::from_words([0, 2]));
    /// assert_eq!(ConceptBits::bit(129).iter().collect::<Vec<_>>(), [129]);
    /// ```
    #[inline]
    pub const fn bit(i: usize) -> ConceptBits {
        let mut words = [0; 2];
        words[i / WORD_BITS] = 1 << (i % WORD_BITS);
        ConceptBits(words)
    }

    /// The set whose word 0 is `words[0]` (groups 0 to 127) and word 1 is `words[1]` (groups 128 to 255):
    /// how the generated tables write a set.
    ///
    /// # Examples
    ///
    /// ```
    /// use seven_oh_shared::layout::ConceptBits;
    /// let set = ConceptBits::from_words([0x5, 0x1]);
    /// assert_eq!(set.iter().collect::<Vec<_>>(), [0, 2, 128]);
    /// assert_eq!(set.words(), [0x5, 0x1]);
    /// ```
    #[inline]
    pub const fn from_words(words: [u128; 2]) -> ConceptBits {
        ConceptBits(words)
    }

    /// The two words of the set, as [`from_words`](ConceptBits::from_words) takes them.
    ///
    /// # Examples
    ///
    /// ```
    /// use seven_oh_shared::layout::ConceptBits;
    /// assert_eq!(ConceptBits::bit(130).words(), [0, 0x4]);
    /// assert_eq!(ConceptBits::bit(1).words(), [0x2, 0]);
    /// ```
    #[inline]
    pub const fn words(self) -> [u128; 2] {
        self.0
    }

    /// Whether the set holds no group.
    ///
    /// # Examples
    ///
    /// ```
    /// use seven_oh_shared::layout::ConceptBits;
    /// assert!(ConceptBits::EMPTY.is_empty());
    /// assert!(!ConceptBits::bit(255).is_empty());
    /// ```
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.0[0] == 0 && self.0[1] == 0
    }

    /// Whether the two sets share a group.
    ///
    /// # Examples
    ///
    /// ```
    /// use seven_oh_shared::layout::ConceptBits;
    /// let a = ConceptBits::bit(4).union(ConceptBits::bit(140));
    /// assert!(a.intersects(ConceptBits::bit(140)));
    /// assert!(!a.intersects(ConceptBits::bit(12)));
    /// assert!(!a.intersects(ConceptBits::EMPTY));
    /// ```
    #[inline]
    pub const fn intersects(self, other: ConceptBits) -> bool {
        self.0[0] & other.0[0] != 0 || self.0[1] & other.0[1] != 0
    }

    /// Whether every group of `other` is in this set (the empty set is in every set).
    ///
    /// # Examples
    ///
    /// ```
    /// use seven_oh_shared::layout::ConceptBits;
    /// let seen = ConceptBits::from_words([0b111, 0b1]);
    /// assert!(seen.contains(ConceptBits::bit(1).union(ConceptBits::bit(128))));
    /// assert!(!seen.contains(ConceptBits::bit(1).union(ConceptBits::bit(129))));
    /// assert!(seen.contains(ConceptBits::EMPTY));
    /// ```
    #[inline]
    pub const fn contains(self, other: ConceptBits) -> bool {
        other.and_not(self).is_empty()
    }

    /// The groups in either set (also `self | other`).
    ///
    /// # Examples
    ///
    /// ```
    /// use seven_oh_shared::layout::ConceptBits;
    /// let both = ConceptBits::bit(2).union(ConceptBits::bit(250));
    /// assert_eq!(both.words(), [0x4, 1 << 122]);
    /// assert_eq!(both, ConceptBits::bit(2) | ConceptBits::bit(250));
    /// ```
    #[inline]
    pub const fn union(self, other: ConceptBits) -> ConceptBits {
        ConceptBits([self.0[0] | other.0[0], self.0[1] | other.0[1]])
    }

    /// The groups in both sets (also `self & other`).
    ///
    /// # Examples
    ///
    /// ```
    /// use seven_oh_shared::layout::ConceptBits;
    /// let a = ConceptBits::from_words([0b0110, 0b11]);
    /// let b = ConceptBits::from_words([0b1100, 0b10]);
    /// assert_eq!(a.intersection(b), ConceptBits::from_words([0b0100, 0b10]));
    /// assert_eq!(a & b, a.intersection(b));
    /// ```
    #[inline]
    pub const fn intersection(self, other: ConceptBits) -> ConceptBits {
        ConceptBits([self.0[0] & other.0[0], self.0[1] & other.0[1]])
    }

    /// The groups of this set that are not in `other` (also `self & !other`).
    ///
    /// # Examples
    ///
    /// ```
    /// use seven_oh_shared::layout::ConceptBits;
    /// let a = ConceptBits::from_words([0b0110, 0b11]);
    /// let b = ConceptBits::from_words([0b1100, 0b10]);
    /// assert_eq!(a.and_not(b), ConceptBits::from_words([0b0010, 0b01]));
    /// assert_eq!(a & !b, a.and_not(b));
    /// ```
    #[inline]
    pub const fn and_not(self, other: ConceptBits) -> ConceptBits {
        ConceptBits([self.0[0] & !other.0[0], self.0[1] & !other.0[1]])
    }

    /// How many groups the set holds.
    ///
    /// # Examples
    ///
    /// ```
    /// use seven_oh_shared::layout::ConceptBits;
    /// assert_eq!(ConceptBits::EMPTY.len(), 0);
    /// assert_eq!(ConceptBits::from_words([0b1011, u128::MAX]).len(), 131);
    /// ```
    #[inline]
    pub const fn len(self) -> usize {
        (self.0[0].count_ones() + self.0[1].count_ones()) as usize
    }

    /// The set's groups, in increasing order; nothing is allocated.
    ///
    /// # Examples
    ///
    /// ```
    /// use seven_oh_shared::layout::ConceptBits;
    /// let set = ConceptBits::from_words([0b1001, 1 << 127]);
    /// let mut groups = set.iter();
    /// assert_eq!(groups.len(), 3);
    /// assert_eq!(groups.next(), Some(0));
    /// assert_eq!(groups.next(), Some(3));
    /// assert_eq!(groups.next(), Some(255));
    /// assert_eq!(groups.next(), None);
    /// ```
    #[inline]
    pub const fn iter(self) -> ConceptIter {
        ConceptIter(self.0)
    }
}

/// The groups of a [`ConceptBits`], in increasing order: [`ConceptBits::iter`], or a `for` loop over the set.
///
/// # Examples
///
/// ```
/// use seven_oh_shared::layout::ConceptBits;
/// let mut seen = Vec::new();
/// for group in ConceptBits::bit(200) | ConceptBits::bit(5) {
///     seen.push(group);
/// }
/// assert_eq!(seen, [5, 200]);
/// ```
#[derive(Clone, Debug)]
pub struct ConceptIter([u128; 2]);

impl Iterator for ConceptIter {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        let k = if self.0[0] != 0 {
            0
        } else if self.0[1] != 0 {
            1
        } else {
            return None;
        };
        let word = &mut self.0[k];
        let i = word.trailing_zeros() as usize;
        *word &= *word - 1;
        Some(k * WORD_BITS + i)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = ConceptBits(self.0).len();
        (n, Some(n))
    }
}

impl ExactSizeIterator for ConceptIter {}

impl core::iter::FusedIterator for ConceptIter {}

/// `for group in set`: the set's groups in increasing order ([`ConceptBits::iter`]).
///
/// # Examples
///
/// ```
/// use seven_oh_shared::layout::ConceptBits;
/// let groups: Vec<usize> = ConceptBits::from_words([0b110, 0]).into_iter().collect();
/// assert_eq!(groups, [1, 2]);
/// ```
impl IntoIterator for ConceptBits {
    type Item = usize;
    type IntoIter = ConceptIter;

    #[inline]
    fn into_iter(self) -> ConceptIter {
        self.iter()
    }
}

/// The set of the groups given (each below [`ConceptBits::BITS`]; panics otherwise).
///
/// # Examples
///
/// ```
/// use seven_oh_shared::layout::ConceptBits;
/// let set: ConceptBits = [3, 130, 3].into_iter().collect();
/// assert_eq!(set, ConceptBits::from_words([0x8, 0x4]));
/// ```
impl FromIterator<usize> for ConceptBits {
    fn from_iter<I: IntoIterator<Item = usize>>(groups: I) -> ConceptBits {
        groups
            .into_iter()
            .fold(ConceptBits::EMPTY, |set, i| set | ConceptBits::bit(i))
    }
}

/// [`ConceptBits::union`].
///
/// # Examples
///
/// ```
/// use seven_oh_shared::layout::ConceptBits;
/// assert_eq!((ConceptBits::bit(0) | ConceptBits::bit(128)).words(), [1, 1]);
/// ```
impl core::ops::BitOr for ConceptBits {
    type Output = ConceptBits;

    #[inline]
    fn bitor(self, other: ConceptBits) -> ConceptBits {
        self.union(other)
    }
}

/// `set |= other`: [`ConceptBits::union`] in place.
///
/// # Examples
///
/// ```
/// use seven_oh_shared::layout::ConceptBits;
/// let mut seen = ConceptBits::EMPTY;
/// seen |= ConceptBits::bit(9);
/// seen |= ConceptBits::bit(199);
/// assert_eq!(seen.iter().collect::<Vec<_>>(), [9, 199]);
/// ```
impl core::ops::BitOrAssign for ConceptBits {
    #[inline]
    fn bitor_assign(&mut self, other: ConceptBits) {
        *self = self.union(other);
    }
}

/// [`ConceptBits::intersection`].
///
/// # Examples
///
/// ```
/// use seven_oh_shared::layout::ConceptBits;
/// let a = ConceptBits::bit(1) | ConceptBits::bit(200);
/// assert_eq!(a & ConceptBits::bit(200), ConceptBits::bit(200));
/// assert!((a & ConceptBits::bit(2)).is_empty());
/// ```
impl core::ops::BitAnd for ConceptBits {
    type Output = ConceptBits;

    #[inline]
    fn bitand(self, other: ConceptBits) -> ConceptBits {
        self.intersection(other)
    }
}

/// Every group the set does not hold, of all [`ConceptBits::BITS`].
///
/// # Examples
///
/// ```
/// use seven_oh_shared::layout::ConceptBits;
/// assert_eq!((!ConceptBits::EMPTY).len(), 256);
/// assert_eq!(!ConceptBits::from_words([u128::MAX, 1]), ConceptBits::from_words([0, u128::MAX - 1]));
/// ```
impl core::ops::Not for ConceptBits {
    type Output = ConceptBits;

    #[inline]
    fn not(self) -> ConceptBits {
        ConceptBits([!self.0[0], !self.0[1]])
    }
}

/// Ordered as 256-bit numbers (word 1 first), as `u128` sets were.
///
/// # Examples
///
/// ```
/// use seven_oh_shared::layout::ConceptBits;
/// assert!(ConceptBits::bit(128) > ConceptBits::from_words([u128::MAX, 0]));
/// assert!(ConceptBits::EMPTY < ConceptBits::bit(0));
/// ```
impl Ord for ConceptBits {
    fn cmp(&self, other: &ConceptBits) -> core::cmp::Ordering {
        (self.0[1], self.0[0]).cmp(&(other.0[1], other.0[0]))
    }
}

/// See the [`Ord`] impl.
///
/// # Examples
///
/// ```
/// use seven_oh_shared::layout::ConceptBits;
/// assert_eq!(ConceptBits::bit(3).partial_cmp(&ConceptBits::bit(2)), Some(core::cmp::Ordering::Greater));
/// ```
impl PartialOrd for ConceptBits {
    fn partial_cmp(&self, other: &ConceptBits) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The set's groups, as a set: `{3, 200}`.
///
/// # Examples
///
/// ```
/// use seven_oh_shared::layout::ConceptBits;
/// assert_eq!(format!("{:?}", ConceptBits::bit(0) | ConceptBits::bit(129)), "{0, 129}");
/// assert_eq!(format!("{:?}", ConceptBits::EMPTY), "{}");
/// ```
impl core::fmt::Debug for ConceptBits {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// How many word groups there may be: one bit each in [`ConceptBits`].
///
/// ```
/// assert_eq!(seven_oh_shared::layout::MAX_CONCEPTS, 256);
/// ```
pub const MAX_CONCEPTS: usize = ConceptBits::BITS as usize;

/// The most word groups one red flag (`[[flag]]`) may combine.
///
/// ```
/// assert_eq!(seven_oh_shared::layout::MAX_FLAG_CONCEPTS, 4);
/// ```
pub const MAX_FLAG_CONCEPTS: usize = 4;

/// A set of red flags (`[[flag]]`): the matcher keeps one bit per flag that held. The same 256-bit set as
/// [`ConceptBits`], indexed by flag instead of word group.
///
/// ```
/// use seven_oh_shared::layout::FlagBits;
/// assert_eq!(FlagBits::BITS, 256);
/// let held = FlagBits::bit(3) | FlagBits::bit(130);
/// assert!(held.contains(FlagBits::bit(130)));
/// ```
pub type FlagBits = ConceptBits;

/// The most red flags there may be: one bit each in [`FlagBits`].
///
/// ```
/// assert_eq!(seven_oh_shared::layout::MAX_FLAGS, 256);
/// ```
pub const MAX_FLAGS: usize = FlagBits::BITS as usize;

/// The widest window a red flag may ask for: its words must all lie within this many words (a child
/// named at the start of a long message and "ate" at its end).
///
/// ```
/// assert_eq!(seven_oh_shared::layout::MAX_WINDOW, 24);
/// ```
pub const MAX_WINDOW: u8 = 24;

/// How shortly before a red flag's words a word of its `unless` group stops it: within this many words.
///
/// ```
/// assert_eq!(seven_oh_shared::layout::UNLESS_WINDOW, 16);
/// ```
pub const UNLESS_WINDOW: u8 = 16;

/// How shortly after a red flag's last word a word of its `unless_after` group stops it: within this many
/// words ("seizure medication", "suicide prevention hotline").
///
/// ```
/// assert_eq!(seven_oh_shared::layout::UNLESS_AFTER_WINDOW, 3);
/// ```
pub const UNLESS_AFTER_WINDOW: u8 = 3;

/// The word groups with a fixed meaning, which `content/urgent.toml` must define: words that tie a message to
/// someone's situation (a person, "I", "took"); words that frame a question as asked in general ("signs of",
/// "what causes"), which calm the red flags that follow them; words that set the whole message aside from
/// the present ("years ago", "hypothetically", "just in case"); words that say it is happening now ("right
/// now", "please"), which outweigh the general and aside ones; words that point at the present ("this",
/// "help"), which outweigh them too but not a calm subject ("is this normal withdrawal?"); words of subjects
/// that are never an emergency by themselves (law, drug tests, withdrawal, tapering, treatment), which only
/// flags marked `strong` outweigh; words of intent ("want", "going to", "plan"); and words for
/// someone other than the writer ("he", "my friend"). When a `strong` flag and another both hold, the strong
/// one picks the message if the writer states an intent about themselves: an `intend` word, no `other` word.
///
/// ```
/// use seven_oh_shared::layout::CUES;
/// assert_eq!(CUES, ["situation", "general", "now", "topic", "intend", "other", "aside", "present", "you", "writer"]);
/// ```
pub const CUES: [&str; 10] = [
    "situation",
    "general",
    "now",
    "topic",
    "intend",
    "other",
    "aside",
    "present",
    "you",
    "writer",
];

/// The cues whose words calm a message (it asks in general, is about a calm topic, or is set aside from the
/// present). A misspelt word never carries them: "bang" is not "ban".
///
/// ```
/// use seven_oh_shared::layout::{CALMING_CUES, CUES};
/// assert!(CALMING_CUES.iter().all(|c| CUES.contains(c)));
/// assert_eq!(CALMING_CUES, ["general", "topic", "aside", "you"]);
/// ```
pub const CALMING_CUES: [&str; 4] = ["general", "topic", "aside", "you"];

/// Fewest paraphrases a FAQ lists (the content compiler checks this; `tests/content.rs` too).
///
/// # Examples
///
/// ```
/// assert!(seven_oh_shared::layout::MIN_PARAPHRASES <= seven_oh_shared::layout::MAX_PARAPHRASES);
/// ```
pub const MIN_PARAPHRASES: usize = 3;

/// Most paraphrases a FAQ lists. Twelve to sixteen per FAQ (kratom-worded, everyday and bare-phrase
/// versions) were tried in issue 12 and lowered `ask` on the tuning parts: the extra phrasings blur which
/// FAQ a word belongs to.
///
/// # Examples
///
/// ```
/// assert_eq!(seven_oh_shared::layout::MAX_PARAPHRASES, 8);
/// ```
pub const MAX_PARAPHRASES: usize = 8;

/// The shortest word that typo correction corrects (and that is a correction target).
///
/// ```
/// assert_eq!(seven_oh_shared::layout::TYPO_MIN_LEN, 4);
/// ```
pub const TYPO_MIN_LEN: usize = 4;

/// From this length on a word is corrected within two edits (shorter words within one), and a target's
/// deletions go two deep.
///
/// ```
/// use seven_oh_shared::layout::{TYPO_MIN_LEN, TYPO_TWO_EDITS_LEN, max_edits};
/// assert_eq!(TYPO_TWO_EDITS_LEN, 7);
/// assert_eq!(max_edits(TYPO_MIN_LEN - 1), 0);
/// assert_eq!(max_edits(6), 1);
/// assert_eq!(max_edits(7), 2);
/// ```
pub const TYPO_TWO_EDITS_LEN: usize = 7;

/// How many edits typo correction allows for a word of `len` bytes.
///
/// ```
/// assert_eq!(seven_oh_shared::layout::max_edits(5), 1);
/// ```
#[inline]
pub const fn max_edits(len: usize) -> usize {
    if len >= TYPO_TWO_EDITS_LEN {
        2
    } else if len >= TYPO_MIN_LEN {
        1
    } else {
        0
    }
}

/// The typo table's fingerprints are bucketed by their top `16 - DELETE_SHIFT` bits.
///
/// ```
/// use seven_oh_shared::layout::{DELETE_BUCKETS, DELETE_SHIFT};
/// assert_eq!(DELETE_BUCKETS, 1 << (16 - DELETE_SHIFT));
/// assert_eq!(DELETE_BUCKETS, 2048);
/// ```
pub const DELETE_SHIFT: u32 = 5;

/// How many buckets the typo table has (its bucket-start array has one more entry).
///
/// ```
/// assert_eq!(seven_oh_shared::layout::DELETE_BUCKETS, 2048);
/// ```
pub const DELETE_BUCKETS: usize = 1 << (16 - DELETE_SHIFT);

/// The separator between the items of a joined list (paraphrases, aliases, tags): U+001F, the ASCII unit
/// separator. The compiler rejects control characters in list items, so no item contains it.
///
/// ```
/// let joined = ["7oh", "7-OH"].join(&seven_oh_shared::layout::LIST_SEPARATOR.to_string());
/// assert_eq!(joined, "7oh\u{1f}7-OH");
/// ```
pub const LIST_SEPARATOR: char = '\u{1F}';

/// The position stored for an empty slot of an id table ([`Positions`](crate::hash::Positions)), and
/// the key index of an empty slot while a table is built.
///
/// ```
/// assert_eq!(seven_oh_shared::layout::EMPTY_SLOT, u16::MAX);
/// ```
pub const EMPTY_SLOT: u16 = u16::MAX;

/// A phone line the content may give. Help-line numbers are a safety rule: the content may only give these
/// (the compiler rejects any other phone number), and [`HELP_LINES`] is their only list.
///
/// Every line is a service of one region ([`region`](HelpLine::region)); this edition of the content is
/// written for the United States, so every line is a US service. An app used elsewhere shows its own
/// emergency and crisis numbers instead (for example 112 in the European Union, 999 in the United Kingdom).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct HelpLine {
    /// The number as written in the content: `"1-800-662-4357"`.
    pub number: &'static str,
    /// Who answers.
    pub name: &'static str,
    /// Where the line answers: an ISO 3166-1 alpha-2 country code, `"US"` for every line so far.
    pub region: &'static str,
    /// Whether an urgent message may tell people to call it (its `call` field).
    pub callable: bool,
}

/// `{"number", "name", "region", "callable"}` (feature `serde`).
#[cfg(feature = "serde")]
impl serde_core::Serialize for HelpLine {
    fn serialize<S: serde_core::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde_core::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("HelpLine", 4)?;
        s.serialize_field("number", self.number)?;
        s.serialize_field("name", self.name)?;
        s.serialize_field("region", self.region)?;
        s.serialize_field("callable", &self.callable)?;
        s.end()
    }
}

/// Every reviewed help line, in the order messages list them. All are US services (see [`HelpLine`]).
///
/// ```
/// use seven_oh_shared::layout::HELP_LINES;
/// assert_eq!(HELP_LINES[0].number, "911");
/// assert!(HELP_LINES.iter().any(|l| l.number == "1-800-222-1222" && l.callable));
/// assert_eq!(HELP_LINES.iter().filter(|l| l.callable).count(), 4);
/// assert!(HELP_LINES.iter().all(|l| l.region == "US"));
/// ```
pub const HELP_LINES: [HelpLine; 5] = [
    HelpLine {
        number: "911",
        name: "emergency services",
        region: "US",
        callable: true,
    },
    HelpLine {
        number: "988",
        name: "988 Suicide & Crisis Lifeline",
        region: "US",
        callable: true,
    },
    HelpLine {
        number: "1-800-662-4357",
        name: "SAMHSA National Helpline",
        region: "US",
        callable: true,
    },
    HelpLine {
        number: "1-800-487-4889",
        name: "SAMHSA National Helpline (TTY)",
        region: "US",
        callable: false,
    },
    HelpLine {
        number: "1-800-222-1222",
        name: "Poison Help",
        region: "US",
        callable: true,
    },
];

/// How many slots a perfect-hash table over `keys` keys has: about 5% spare room, so that the build finds
/// a pilot for every bucket quickly.
///
/// ```
/// use seven_oh_shared::layout::perfect_slots;
/// assert_eq!(perfect_slots(0), 1);
/// assert_eq!(perfect_slots(100), 106);
/// ```
pub const fn perfect_slots(keys: usize) -> usize {
    keys + keys / 20 + 1
}

/// The most vocabulary words the search index holds. A word's id is its slot in the word table, and ids are
/// 16 bits below [`STOP`], so the limit counts slots, not words: past it the compiler reports an
/// `IndexLimit` error instead of letting an id wrap.
///
/// ```
/// use seven_oh_shared::layout::{MAX_WORDS, STOP, perfect_slots};
/// assert!(perfect_slots(MAX_WORDS) <= STOP as usize);
/// assert!(perfect_slots(MAX_WORDS + 1) > STOP as usize);
/// assert_eq!(MAX_WORDS, 62_413);
/// ```
pub const MAX_WORDS: usize = {
    let mut n = STOP as usize;
    while perfect_slots(n) > STOP as usize {
        n -= 1;
    }
    n
};

// The byte tables. The content compiler writes the search index's large tables as blobs of fixed-width
// records (read with `crate::blob`); every number in them is little-endian. Each record's width and field
// offsets are here, once, for the compiler's writer and the library's readers.

/// Bytes per pilot (a `u16`) in a perfect-hash table's pilot blob ([`Table`](crate::hash::Table)).
///
/// ```
/// assert_eq!(seven_oh_shared::layout::PILOT_BYTES, 2);
/// ```
pub const PILOT_BYTES: usize = 2;

/// Bytes per position (a `u16`, [`EMPTY_SLOT`] for an empty slot) in an id table's position blob
/// ([`Positions`](crate::hash::Positions)).
///
/// ```
/// assert_eq!(seven_oh_shared::layout::POSITION_BYTES, 2);
/// ```
pub const POSITION_BYTES: usize = 2;

/// The width of an offset whose values go up to `max`: 2 bytes while they fit a `u16`, else 4. The word
/// records' text offsets and the typo table's bucket starts take this width, so the tables of a small
/// content stay small and a large content still fits; the build writes the width it chose beside the table.
///
/// ```
/// use seven_oh_shared::layout::offset_bytes;
/// assert_eq!(offset_bytes(65_535), 2);
/// assert_eq!(offset_bytes(65_536), 4);
/// ```
pub const fn offset_bytes(max: usize) -> usize {
    if max <= u16::MAX as usize { 2 } else { 4 }
}

/// A word record, in word-table slot order: its text's length in bytes (`u8`) ...
pub const WORD_LEN: usize = 0;
/// ... its flag byte ([`STARTS_PHRASE`]) ...
pub const WORD_FLAGS: usize = 1;
/// ... its term (`u16`, or [`STOP`], [`NO_TERM`]) ...
pub const WORD_TERM: usize = 2;
/// ... and where its text starts in the word text, [`offset_bytes`] of the text's length wide.
pub const WORD_START: usize = 4;

/// The bytes of a word record whose text offset is `start_bytes` wide.
///
/// ```
/// assert_eq!(seven_oh_shared::layout::word_record(2), 6);
/// ```
pub const fn word_record(start_bytes: usize) -> usize {
    WORD_START + start_bytes
}

/// A typo-table record, sorted: the fingerprint of a word with letters deleted (`u16`) ...
pub const DELETE_HASH: usize = 0;
/// ... and the word's id (`u16`).
pub const DELETE_WORD: usize = 2;
/// The bytes of a typo-table record.
///
/// ```
/// assert_eq!(seven_oh_shared::layout::DELETE_RECORD, 4);
/// ```
pub const DELETE_RECORD: usize = 4;

/// A synonym-phrase record, in phrase-table slot order: the packed word ids (`u64`) ...
pub const PHRASE_KEY: usize = 0;
/// ... and the phrase's term (`u16`).
pub const PHRASE_TERM: usize = 8;
/// The bytes of a synonym-phrase record.
///
/// ```
/// assert_eq!(seven_oh_shared::layout::PHRASE_RECORD, 10);
/// ```
pub const PHRASE_RECORD: usize = 10;

/// A term record: where its postings start (`u32`) ...
pub const TERM_START: usize = 0;
/// ... how many postings it has (`u16`) ...
pub const TERM_LEN: usize = 4;
/// ... how many of them are FAQs' (`u16`; they come first) ...
pub const TERM_FAQ_LEN: usize = 6;
/// ... its weight in a question (`f32`) ...
pub const TERM_IDEAL: usize = 8;
/// ... and whether it ties a question to the subject (a `u8`, 0 or 1).
pub const TERM_ANCHOR: usize = 12;
/// The bytes of a term record.
///
/// ```
/// assert_eq!(seven_oh_shared::layout::TERM_RECORD, 13);
/// ```
pub const TERM_RECORD: usize = 13;

/// A posting, by term then entry: the entry's document number (`u16`) ...
pub const POSTING_DOC: usize = 0;
/// ... and its weight for the term (`u16`, in multiples of the build's weight scale).
pub const POSTING_WEIGHT: usize = 2;
/// The bytes of a posting.
///
/// ```
/// assert_eq!(seven_oh_shared::layout::POSTING_RECORD, 4);
/// ```
pub const POSTING_RECORD: usize = 4;

/// A reference to an entry (documents, names): its kind, as an index into
/// [`Kind::ALL`](crate::kind::Kind::ALL) (`u8`) ...
pub const REF_KIND: usize = 0;
/// ... and its index among the entries of its kind (`u16`).
pub const REF_INDEX: usize = 1;
/// The bytes of an entry reference.
///
/// ```
/// assert_eq!(seven_oh_shared::layout::REF_RECORD, 3);
/// ```
pub const REF_RECORD: usize = 3;

/// Bytes per offset (a `u32`) into the joined name keys: one per name-table slot, and one more for the end.
///
/// ```
/// assert_eq!(seven_oh_shared::layout::NAME_OFFSET_BYTES, 4);
/// ```
pub const NAME_OFFSET_BYTES: usize = 4;
