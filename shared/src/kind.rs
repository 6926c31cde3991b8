//! The small closed vocabularies of the knowledge base: entry kinds, symptom contexts, urgency and severity.
//!
//! The content compiler uses [`FromStr`] to read the words writers put in front matter, and the library
//! returns the same enums, so a word the compiler accepts is always a word the library can name.

use core::fmt;
use core::str::FromStr;

/// The error returned when a string names no variant of one of this crate's enums.
///
/// ```
/// use seven_oh_shared::kind::Context;
/// let err = "hangover".parse::<Context>().unwrap_err();
/// assert_eq!(err.to_string(), "'hangover' is not a context: expected one of withdrawal, side-effect, overdose");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseEnumError {
    given: ShortString,
    what: &'static str,
    expected: &'static str,
}

impl fmt::Display for ParseEnumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "'{}' is not {}: expected one of {}",
            self.given, self.what, self.expected
        )
    }
}

impl core::error::Error for ParseEnumError {}

impl ParseEnumError {
    /// What kind of value was expected, with its article: `"a context"`, `"an urgency"`.
    ///
    /// ```
    /// use seven_oh_shared::kind::Urgency;
    /// assert_eq!("soon".parse::<Urgency>().unwrap_err().expected_kind(), "an urgency");
    /// ```
    pub const fn expected_kind(&self) -> &'static str {
        self.what
    }

    /// The accepted spellings, comma-separated.
    ///
    /// ```
    /// use seven_oh_shared::kind::Severity;
    /// assert_eq!("bad".parse::<Severity>().unwrap_err().expected(), "low, moderate, high, critical");
    /// ```
    pub const fn expected(&self) -> &'static str {
        self.expected
    }
}

/// A copy of (the start of) the rejected input, kept without allocating so the error works without `alloc`.
#[derive(Clone, Copy, PartialEq, Eq)]
struct ShortString {
    bytes: [u8; 32],
    len: u8,
}

impl ShortString {
    fn new(s: &str) -> Self {
        let mut end = s.len().min(32);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        let mut bytes = [0; 32];
        bytes[..end].copy_from_slice(&s.as_bytes()[..end]);
        ShortString { bytes, len: end as u8 }
    }

    fn as_str(&self) -> &str {
        // The bytes were copied from a `&str` and cut on a char boundary.
        core::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }
}

impl fmt::Display for ShortString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for ShortString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// Defines a fieldless enum with its canonical spellings, `as_str`, `ALL`, `Display` and `FromStr`.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal, $expected:literal {
            $( $(#[$vmeta:meta])* $variant:ident => $word:literal, )+
        }
    ) => {
        $(#[$meta])*
        // Exhaustive on purpose: the compiler matches every variant, so a new one fails to compile until
        // every stage handles it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every variant, in declaration order (which is also the `Ord` order).
            ///
            /// ```
            #[doc = concat!("let all = seven_oh_shared::kind::", stringify!($name), "::ALL;")]
            /// assert!(all.windows(2).all(|w| w[0] < w[1]));
            /// ```
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The canonical spelling, as written in content files and shown to people; `parse` reads it back.
            ///
            /// ```
            #[doc = concat!("for &v in seven_oh_shared::kind::", stringify!($name), "::ALL {")]
            #[doc = concat!("    assert_eq!(v.as_str().parse::<seven_oh_shared::kind::", stringify!($name), ">(), Ok(v));")]
            /// }
            /// ```
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word,)+
                }
            }
        }

        #[cfg(feature = "serde")]
        impl serde_core::Serialize for $name {
            fn serialize<S: serde_core::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = ParseEnumError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $(
                    if s == $word {
                        return Ok($name::$variant);
                    }
                )+
                Err(ParseEnumError {
                    given: ShortString::new(s),
                    what: $what,
                    expected: $expected,
                })
            }
        }
    };
}

vocabulary! {
    /// The four kinds of entry in the knowledge base.
    ///
    /// ```
    /// use seven_oh_shared::kind::Kind;
    /// assert_eq!(Kind::Faq.to_string(), "faq");
    /// assert_eq!("risk".parse::<Kind>(), Ok(Kind::Risk));
    /// ```
    Kind, "a kind", "faq, topic, symptom, risk" {
        /// A question with a short and a full answer (`content/faqs/`).
        Faq => "faq",
        /// A longer explainer on one subject (`content/topics/`).
        Topic => "topic",
        /// A symptom or sign (`content/symptoms/`).
        Symptom => "symptom",
        /// A harm that 7-OH use can lead to (`content/risks/`).
        Risk => "risk",
    }
}

/// The folder under `content/` that holds entries of `kind`: how the content compiler finds them. (A
/// function rather than a method, so that the library's `Kind` shows nothing of the content's layout.)
///
/// ```
/// use seven_oh_shared::kind::{Kind, folder};
/// assert_eq!(folder(Kind::Symptom), "symptoms");
/// assert_eq!(folder(Kind::Topic), "topics");
/// ```
pub const fn folder(kind: Kind) -> &'static str {
    match kind {
        Kind::Faq => "faqs",
        Kind::Topic => "topics",
        Kind::Symptom => "symptoms",
        Kind::Risk => "risks",
    }
}

/// The kind whose entries live in `folder` under `content/`, if any.
///
/// ```
/// use seven_oh_shared::kind::{Kind, kind_of_folder};
/// assert_eq!(kind_of_folder("faqs"), Some(Kind::Faq));
/// assert_eq!(kind_of_folder("notes"), None);
/// ```
pub fn kind_of_folder(name: &str) -> Option<Kind> {
    Kind::ALL.iter().copied().find(|&k| folder(k) == name)
}

vocabulary! {
    /// When a symptom shows up: during withdrawal, as a side effect of use, or as a sign of overdose.
    ///
    /// ```
    /// use seven_oh_shared::kind::Context;
    /// assert_eq!("side-effect".parse::<Context>(), Ok(Context::SideEffect));
    /// assert_eq!(Context::Overdose.to_string(), "overdose");
    /// ```
    Context, "a context", "withdrawal, side-effect, overdose" {
        /// Felt after cutting down or stopping.
        Withdrawal => "withdrawal",
        /// Felt while using.
        SideEffect => "side-effect",
        /// A sign that someone has taken too much.
        Overdose => "overdose",
    }
}

vocabulary! {
    /// How quickly a symptom needs care. Ordered from least to most urgent.
    ///
    /// ```
    /// use seven_oh_shared::kind::Urgency;
    /// assert!(Urgency::Emergency > Urgency::SeekCare);
    /// assert_eq!("seek-care".parse::<Urgency>(), Ok(Urgency::SeekCare));
    /// ```
    Urgency, "an urgency", "common, seek-care, emergency" {
        /// Unpleasant and common; talk to a doctor if it lasts or worries you.
        Common => "common",
        /// See a doctor soon.
        SeekCare => "seek-care",
        /// Call emergency services now (911 in the United States).
        Emergency => "emergency",
    }
}

vocabulary! {
    /// How serious a risk is. Ordered from least to most severe.
    ///
    /// ```
    /// use seven_oh_shared::kind::Severity;
    /// assert!(Severity::Critical > Severity::High);
    /// assert_eq!(Severity::Moderate.as_str(), "moderate");
    /// ```
    Severity, "a severity", "low, moderate, high, critical" {
        /// Worth knowing about.
        Low => "low",
        /// Can cause real harm.
        Moderate => "moderate",
        /// Can cause lasting harm.
        High => "high",
        /// Can kill.
        Critical => "critical",
    }
}

vocabulary! {
    /// What kind of publication a source is, so an app can show how strong the evidence behind an entry
    /// is. Ordered from the strongest kind of evidence for this knowledge base to the weakest.
    ///
    /// Commercial treatment providers and sellers are never sources, so there is no variant for them.
    ///
    /// ```
    /// use seven_oh_shared::kind::SourceKind;
    /// assert_eq!("peer-reviewed".parse::<SourceKind>(), Ok(SourceKind::PeerReviewed));
    /// assert_eq!(SourceKind::MedicalReference.to_string(), "medical-reference");
    /// assert!(SourceKind::Government < SourceKind::Other);
    /// ```
    SourceKind, "a source kind", "government, peer-reviewed, medical-reference, news, other" {
        /// A government agency, legislature or court: a statute, rule, advisory or official page.
        Government => "government",
        /// A paper in a peer-reviewed journal.
        PeerReviewed => "peer-reviewed",
        /// A medical reference written for patients or clinicians (MedlinePlus, StatPearls, LactMed, ...).
        MedicalReference => "medical-reference",
        /// A news report, used for an official action or an event on record.
        News => "news",
        /// Anything else (a nonprofit's page, a trade journal); `sources.toml` says why in its `note`.
        Other => "other",
    }
}
