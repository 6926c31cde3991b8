//! The tables generated from `content/` by the content compiler (`seven-oh-compiler`, run by `build.rs`).
//!
//! Everything here is `static` data written at build time: one array per kind of entry, perfect-hash
//! tables from ids and names to positions in those arrays, and the search index.

#![allow(clippy::unreadable_literal)]

use crate::answer::Urgent;
use seven_oh_shared::hash::{Positions, Table};
use seven_oh_shared::kind::{Context, Kind, Severity, SourceKind, Urgency};
use seven_oh_shared::layout::ConceptBits;

use crate::record::{Common, Faq, Ref, Risk, Source, Symptom, Topic};
use crate::search::{Posting, Term, Word};
use crate::strs::Joined as Strs;
use crate::urgent::Flag;

include!(concat!(env!("OUT_DIR"), "/content.rs"));
