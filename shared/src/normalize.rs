//! Text normalisation shared by the content compiler and the library.
//!
//! The content compiler and the library both use this module, so the keys and tokens built from content at
//! build time are made exactly as the keys and tokens built from a query at run time.
//!
//! Folding rules, applied to each character:
//! - ASCII letters are lowercased; ASCII digits are kept.
//! - Common accented Latin letters lose their accents (`é` → `e`, `ß` → `ss`), after lowercasing.
//! - Apostrophes (`'`, `’`, `ʼ`), invisible formatting characters (soft hyphen, zero-width space and
//!   joiners, direction marks, byte-order mark) and combining marks vanish without splitting a word:
//!   `can't` → `cant`, `bre\u{200B}athing` → `breathing`, `addi\u{301}ctive` → `addictive`. A possessive
//!   `'s` at the end of a word is dropped: `FDA's` → `fda`.
//! - Everything else (spaces, dashes, punctuation, emoji, other scripts, control characters) separates
//!   words.
//!
//! Nothing here allocates; every buffer is a fixed-size array on the stack.

/// The longest token kept, in bytes. Longer words are cut to this length (and still consumed whole).
///
/// ```
/// let long = "a".repeat(100);
/// let t = seven_oh_shared::normalize::tokens(&long).next().unwrap();
/// assert_eq!(t.as_str().len(), seven_oh_shared::normalize::MAX_TOKEN);
/// ```
pub const MAX_TOKEN: usize = 24;

/// The longest compact key (see [`key`]) in bytes; longer inputs have no key.
///
/// ```
/// use seven_oh_shared::normalize::{MAX_KEY, key};
/// assert_eq!(MAX_KEY, 64);
/// assert_eq!(key(&"x".repeat(MAX_KEY + 1), &mut [0; MAX_KEY]), None);
/// ```
pub const MAX_KEY: usize = 64;

/// What a character becomes after folding.
///
/// ```
/// use seven_oh_shared::normalize::{Folded, fold};
/// assert_eq!(fold('A'), Folded::Word([b'a', 0], 1));
/// assert_eq!(fold('ß'), Folded::Word([b's', b's'], 2));
/// assert_eq!(fold('\''), Folded::Join);
/// assert_eq!(fold(' '), Folded::Split);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Folded {
    /// One or two ASCII bytes (lowercase letters or digits) that belong to a word.
    Word([u8; 2], u8),
    /// Nothing, and the word goes on (apostrophes, soft hyphens, zero-width joiners).
    Join,
    /// A word boundary.
    Split,
}

/// Folds one character (see the module docs for the rules).
///
/// ```
/// use seven_oh_shared::normalize::{Folded, fold};
/// assert_eq!(fold('é'), Folded::Word([b'e', 0], 1));
/// assert_eq!(fold('-'), Folded::Split);
/// ```
#[inline]
pub fn fold(c: char) -> Folded {
    if c.is_ascii_alphanumeric() {
        return Folded::Word([c.to_ascii_lowercase() as u8, 0], 1);
    }
    let one = |b: u8| Folded::Word([b, 0], 1);
    match c {
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' => Folded::Join,
        // Invisible formatting characters (soft hyphen, zero-width space and joiners, direction marks,
        // word joiner, byte-order mark) and combining marks (a decomposed accent: "e" + U+0301) never
        // split a word.
        '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' => {
            Folded::Join
        }
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}' => Folded::Join,
        'à'..='å' | 'À'..='Å' | 'ā' | 'Ā' | 'ă' | 'Ă' | 'ą' | 'Ą' => one(b'a'),
        'ç' | 'Ç' | 'ć' | 'Ć' | 'č' | 'Č' => one(b'c'),
        'ď' | 'Ď' | 'đ' | 'Đ' | 'ð' | 'Ð' => one(b'd'),
        'è'..='ë' | 'È'..='Ë' | 'ē' | 'Ē' | 'ė' | 'Ė' | 'ę' | 'Ę' | 'ě' | 'Ě' => one(b'e'),
        'ğ' | 'Ğ' => one(b'g'),
        'ì'..='ï' | 'Ì'..='Ï' | 'ī' | 'Ī' | 'į' | 'Į' | 'ı' | 'İ' => one(b'i'),
        'ł' | 'Ł' | 'ľ' | 'Ľ' => one(b'l'),
        'ñ' | 'Ñ' | 'ń' | 'Ń' | 'ň' | 'Ň' => one(b'n'),
        'ò'..='ö' | 'Ò'..='Ö' | 'ø' | 'Ø' | 'ō' | 'Ō' | 'ő' | 'Ő' => one(b'o'),
        'ř' | 'Ř' => one(b'r'),
        'ś' | 'Ś' | 'š' | 'Š' | 'ş' | 'Ş' => one(b's'),
        'ť' | 'Ť' | 'ţ' | 'Ţ' => one(b't'),
        'ù'..='ü' | 'Ù'..='Ü' | 'ū' | 'Ū' | 'ů' | 'Ů' | 'ű' | 'Ű' => one(b'u'),
        'ý' | 'Ý' | 'ÿ' | 'Ÿ' => one(b'y'),
        'ź' | 'Ź' | 'ż' | 'Ż' | 'ž' | 'Ž' => one(b'z'),
        'ß' => Folded::Word([b's', b's'], 2),
        'æ' | 'Æ' => Folded::Word([b'a', b'e'], 2),
        'œ' | 'Œ' => Folded::Word([b'o', b'e'], 2),
        // Fullwidth ASCII letters and digits, as typed with some East Asian keyboards.
        '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => {
            let ascii = (u32::from(c) - 0xFEE0) as u8;
            one(ascii.to_ascii_lowercase())
        }
        _ => Folded::Split,
    }
}

/// One normalised word: lowercase ASCII letters and digits, at most [`MAX_TOKEN`] bytes.
///
/// ```
/// let t = seven_oh_shared::normalize::tokens("Naloxone").next().unwrap();
/// assert_eq!(t.as_str(), "naloxone");
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Token {
    bytes: [u8; MAX_TOKEN],
    len: u8,
}

impl Token {
    /// The token's bytes: lowercase ASCII letters and digits.
    ///
    /// ```
    /// let t = seven_oh_shared::normalize::tokens("7OH").next().unwrap();
    /// assert_eq!(t.as_bytes(), b"7oh");
    /// ```
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }

    /// The token's text.
    ///
    /// ```
    /// let t = seven_oh_shared::normalize::tokens("FDA's").next().unwrap();
    /// assert_eq!(t.as_str(), "fda");
    /// ```
    #[inline]
    pub fn as_str(&self) -> &str {
        // Only ASCII bytes are ever pushed.
        core::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }

    /// Appends a byte, or drops it when the token is full.
    #[inline]
    fn push(&mut self, b: u8) {
        let len = usize::from(self.len);
        if len < MAX_TOKEN {
            self.bytes[len] = b;
            self.len += 1;
        }
    }
}

impl core::fmt::Debug for Token {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        core::fmt::Debug::fmt(self.as_str(), f)
    }
}

/// An iterator over the normalised words of a text; see [`tokens`].
///
/// ```
/// assert_eq!(seven_oh_shared::normalize::tokens("blue lips!").count(), 2);
/// ```
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    /// Byte offset of the next unread character.
    pos: usize,
    /// Whether a sentence ended after the last word returned (read with that word's end).
    pending: bool,
    /// Whether a sentence ended between the last word returned and the one before it.
    broke: bool,
}

impl Tokens<'_> {
    /// Whether a sentence ended (`.`, `!`, `?`, `;` or a line break) between the word last returned and
    /// the word before it.
    ///
    /// ```
    /// let mut t = seven_oh_shared::normalize::tokens("doing okay. Tonight he");
    /// t.next();
    /// t.next();
    /// assert!(!t.after_break());
    /// t.next();
    /// assert!(t.after_break());
    /// ```
    #[inline]
    pub fn after_break(&self) -> bool {
        self.broke
    }
}

/// Whether an ASCII byte ends a sentence.
#[inline]
const fn ends_sentence(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b';' | b'\n')
}

/// Splits `text` into normalised words.
///
/// Each call to `next` reads characters until a word ends; the work is linear in the input and nothing is
/// allocated. Words longer than [`MAX_TOKEN`] bytes are cut to that length. ASCII is read byte by byte;
/// other characters are decoded and folded.
///
/// ```
/// use seven_oh_shared::normalize::tokens;
/// let words: Vec<String> = tokens("Can't sleep—bre\u{200B}athing?").map(|t| t.as_str().to_owned()).collect();
/// assert_eq!(words, ["cant", "sleep", "breathing"]);
/// ```
#[inline]
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens {
        text,
        pos: 0,
        pending: false,
        broke: false,
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    #[inline]
    fn next(&mut self) -> Option<Token> {
        let mut token = Token {
            bytes: [0; MAX_TOKEN],
            len: 0,
        };
        let bytes = self.text.as_bytes();
        let mut broke = core::mem::take(&mut self.pending);
        while let Some(&b) = bytes.get(self.pos) {
            if let Some(&class) = ASCII.get(usize::from(b)) {
                self.pos += 1;
                if class > APOSTROPHE {
                    // The common case: copy the whole run of ASCII letters and digits that starts here.
                    token.push(class);
                    while let Some(&next) = bytes.get(self.pos).and_then(|&b| ASCII.get(usize::from(b))) {
                        if next <= APOSTROPHE {
                            break;
                        }
                        token.push(next);
                        self.pos += 1;
                    }
                } else if class == APOSTROPHE {
                    // An apostrophe joins ("can't" reads as "cant"); a possessive `'s` at the end of a
                    // word is dropped ("FDA's" reads as "fda").
                    self.skip_possessive();
                } else if token.len > 0 {
                    self.pending = ends_sentence(b);
                    break;
                } else {
                    broke |= ends_sentence(b);
                }
                continue;
            }
            let Some(c) = self.text.get(self.pos..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            self.pos += c.len_utf8();
            match fold(c) {
                Folded::Word(folded, n) => {
                    for &b in &folded[..usize::from(n)] {
                        token.push(b);
                    }
                }
                Folded::Join if is_apostrophe(c) => self.skip_possessive(),
                Folded::Join => {}
                Folded::Split if token.len > 0 => break,
                Folded::Split => {}
            }
        }
        self.broke = broke;
        (token.len > 0).then_some(token)
    }
}

/// [`ASCII`]'s mark for a word separator.
const SEPARATOR: u8 = 0;
/// [`ASCII`]'s mark for an apostrophe.
const APOSTROPHE: u8 = 1;

/// How each ASCII byte reads: its lowercase form for a letter or digit, [`APOSTROPHE`], or
/// [`SEPARATOR`]. The same rules as [`fold`], as a table, for the common case.
const ASCII: [u8; 128] = {
    let mut table = [SEPARATOR; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = c.to_ascii_lowercase();
        } else if c == b'\'' {
            table[b] = APOSTROPHE;
        }
        b += 1;
    }
    table
};

#[inline]
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

impl Tokens<'_> {
    /// After an apostrophe: skips an `s` that ends the word (a possessive).
    #[inline]
    fn skip_possessive(&mut self) {
        let rest = &self.text[self.pos..];
        let mut ahead = rest.chars();
        if matches!(ahead.next(), Some('s' | 'S')) && ahead.next().is_none_or(|c| fold(c) == Folded::Split) {
            self.pos += 1;
        }
    }
}

/// Builds the compact lookup key of `name` in `buf`: its folded letters and digits with everything else
/// removed, so `"7-Hydroxymitragynine"`, `"7 hydroxymitragynine"` and `"7HYDROXYMITRAGYNINE"` share one key.
///
/// Returns `None` when the key would be empty or longer than [`MAX_KEY`] bytes (no name in the knowledge
/// base is that long).
///
/// ```
/// use seven_oh_shared::normalize::{MAX_KEY, key};
/// let mut buf = [0; MAX_KEY];
/// assert_eq!(key("7-Hydroxymitragynine", &mut buf), Some("7hydroxymitragynine"));
/// assert_eq!(key("--", &mut buf), None);
/// ```
#[inline]
pub fn key<'b>(name: &str, buf: &'b mut [u8; MAX_KEY]) -> Option<&'b str> {
    let mut len = 0;
    for c in name.chars() {
        if let Folded::Word(bytes, n) = fold(c) {
            for &b in &bytes[..usize::from(n)] {
                *buf.get_mut(len)? = b;
                len += 1;
            }
        }
    }
    if len == 0 {
        return None;
    }
    core::str::from_utf8(&buf[..len]).ok()
}

/// The most words one synonym phrase may have.
///
/// ```
/// assert_eq!(seven_oh_shared::normalize::MAX_PHRASE, 4);
/// ```
pub const MAX_PHRASE: usize = 4;

/// The optimal-string-alignment distance between `a` and `b` (edits, or swaps of neighbours), if at most
/// `max`. Both are at most [`MAX_TOKEN`] bytes (normalised words are). Typo correction counts edits with it,
/// in the library and in the compiler's choice of common words.
///
/// ```
/// use seven_oh_shared::normalize::distance;
/// assert_eq!(distance(b"wrapper", b"trapped", 2), Some(2));
/// assert_eq!(distance(b"fridge", b"bridge", 1), Some(1));
/// assert_eq!(distance(b"breath", b"baerth", 1), None);
/// ```
#[inline]
pub fn distance(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    const W: usize = MAX_TOKEN + 1;
    let mut d = [[0u8; W]; W];
    for (i, row) in d.iter_mut().enumerate().take(a.len() + 1) {
        row[0] = i as u8;
    }
    for (j, cell) in d[0].iter_mut().enumerate().take(b.len() + 1) {
        *cell = j as u8;
    }
    for i in 1..=a.len() {
        let mut row_min = u8::MAX;
        for j in 1..=b.len() {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
            row_min = row_min.min(v);
        }
        if usize::from(row_min) > max {
            return None;
        }
    }
    let v = usize::from(d[a.len()][b.len()]);
    (v <= max).then_some(v)
}

/// The hash of a common English word that typo correction leaves alone: the compiler stores these hashes
/// of `content/common-words.toml`'s words, the library hashes a word it does not know before correcting it.
/// 32 bits: a word that shares one with a common word is left uncorrected with odds of about one in
/// 2^32 / 2,400, and the table costs half the bytes.
///
/// ```
/// use seven_oh_shared::normalize::common_hash;
/// assert_eq!(common_hash(b"wrapper"), common_hash(b"wrapper"));
/// assert_ne!(common_hash(b"wrapper"), common_hash(b"trapped"));
/// ```
#[inline]
pub fn common_hash(word: &[u8]) -> u32 {
    (crate::hash::hash(word, 0x636f_6d6d_6f6e) >> 32) as u32
}

/// A word id that names no word: padding in packed phrase keys.
///
/// ```
/// assert_eq!(seven_oh_shared::normalize::NO_WORD, u16::MAX);
/// ```
pub const NO_WORD: u16 = u16::MAX;

/// Packs up to [`MAX_PHRASE`] word ids into a phrase key; unused places hold [`NO_WORD`].
///
/// ```
/// use seven_oh_shared::normalize::phrase_key;
/// assert_eq!(phrase_key(&[1, 2]), 0x0001_0002_FFFF_FFFF);
/// ```
#[inline]
pub fn phrase_key(words: &[u16]) -> u64 {
    let mut key = 0u64;
    for i in 0..MAX_PHRASE {
        key = (key << 16) | u64::from(words.get(i).copied().unwrap_or(NO_WORD));
    }
    key
}

/// Finds phrases in a sequence of word ids, longest first, up to [`MAX_PHRASE`] words.
///
/// Calls `emit(start, len, Some(value))` for each phrase found (`len` ≥ 2) and `emit(start, 1, None)` for
/// each word not in a phrase, in order. `starts` answers whether some phrase starts with a word (so most
/// words cost no probe), and `phrase` whether a packed key (see [`phrase_key`]) is a phrase. The content
/// compiler runs this over every field of every entry and the library over every question, so both see the
/// same phrases.
///
/// ```
/// use seven_oh_shared::normalize::{match_phrases, phrase_key};
/// // Words 1 2 form a phrase with value 'p'.
/// let mut out = Vec::new();
/// match_phrases(&[7, 1, 2], |w| w == 1, |k| (k == phrase_key(&[1, 2])).then_some('p'), |s, n, v| out.push((s, n, v)));
/// assert_eq!(out, [(0, 1, None), (1, 2, Some('p'))]);
/// ```
#[inline]
pub fn match_phrases<T>(
    words: &[u16],
    starts: impl Fn(u16) -> bool,
    phrase: impl Fn(u64) -> Option<T>,
    mut emit: impl FnMut(usize, usize, Option<T>),
) {
    let mut i = 0;
    while i < words.len() {
        let longest = if words[i] != NO_WORD && starts(words[i]) {
            MAX_PHRASE.min(words.len() - i)
        } else {
            1
        };
        let mut found = None;
        for n in (2..=longest).rev() {
            let span = &words[i..i + n];
            if span.contains(&NO_WORD) {
                continue;
            }
            if let Some(value) = phrase(phrase_key(span)) {
                found = Some((n, value));
                break;
            }
        }
        match found {
            Some((n, value)) => {
                emit(i, n, Some(value));
                i += n;
            }
            None => {
                emit(i, 1, None);
                i += 1;
            }
        }
    }
}

/// The form of a question, as a bit, from its first two words (lowercased tokens): "how long" (and "how
/// many", "how much", "how soon"), other "how", "what does" (and "what do", "what did"), other "what",
/// "why", "where", "can", "is", "does", "should", "when"; 0 for any other start. The compiler stores each FAQ question's form and ranking gives a small
/// bonus to FAQs whose question has the asker's form.
///
/// ```
/// use seven_oh_shared::normalize::question_form;
/// assert_eq!(question_form(b"how", b"long"), question_form(b"how", b"many"));
/// assert_ne!(question_form(b"how", b"long"), question_form(b"how", b"does"));
/// assert_ne!(question_form(b"what", b"does"), question_form(b"what", b"is"));
/// assert_eq!(question_form(b"kratom", b"tea"), 0);
/// ```
pub fn question_form(first: &[u8], second: &[u8]) -> u16 {
    match (first, second) {
        (b"how", b"long" | b"many" | b"much" | b"soon") => 1,
        (b"how", _) => 1 << 1,
        (b"what" | b"whats", b"does" | b"do" | b"did") => 1 << 10,
        (b"what" | b"whats", _) => 1 << 2,
        (b"why", _) => 1 << 3,
        (b"where", _) => 1 << 4,
        (b"can" | b"could", _) => 1 << 5,
        (b"is" | b"are" | b"was", _) => 1 << 6,
        (b"does" | b"do" | b"did", _) => 1 << 7,
        (b"should", _) => 1 << 8,
        (b"when", _) => 1 << 9,
        _ => 0,
    }
}
