//! What the seven-oh content compiler and the seven-oh library agree on.
//!
//! The content compiler (`seven-oh-compiler`, run from seven-oh's build script) writes tables that the
//! library (`seven-oh`) reads. Everything both sides must compute or lay out the same way lives here, once:
//!
//! - [`normalize`]: how text becomes words and lookup keys, and how synonym phrases are matched.
//! - [`hash`]: the hash, and the perfect-hash tables the library probes (the compiler builds them).
//! - [`blob`]: readers for the tables the compiler writes as byte blobs.
//! - [`kind`]: the enums writers name in front matter and the library returns.
//! - [`layout`]: every constant and bit of the generated tables' layout.
//! - [`stem`]: the light stemmer of the emergency check's word groups.
//! - [`decline`]: how requests the library declines (where to buy, how much to take) are matched.
//!
//! `no_std`, with no dependencies beyond `core`.
//!
//! ```
//! use seven_oh_shared::{hash, layout, normalize};
//! let words: Vec<_> = normalize::tokens("Can't QUIT 7-OH").map(|t| t.as_str().to_owned()).collect();
//! assert_eq!(words, ["cant", "quit", "7", "oh"]);
//! assert_eq!(hash::hash(b"kratom", 1), hash::hash(b"kratom", 1));
//! assert_eq!(layout::STOP, u16::MAX - 1);
//! ```

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod blob;
pub mod decline;
pub mod hash;
pub mod kind;
pub mod layout;
pub mod normalize;
pub mod stem;
