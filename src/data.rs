//! The tables generated from `content/` by the content compiler (`build/`).
//!
//! Everything here is `static` data written at build time: one array per kind of entry, perfect-hash
//! tables from ids to positions in those arrays, a `phf` map from names, and the search index.

#![allow(clippy::unreadable_literal)]

use crate::answer::Urgent;
use crate::kind::{Context, Kind, Severity, Urgency};
use crate::perfect::{Positions, Table};
use crate::record::{Faq, Ref, Risk, Source, Symptom, Topic};
use crate::search::{Pattern, Posting, Term, Word};
use crate::strs::Strs;

include!(concat!(env!("OUT_DIR"), "/content.rs"));
