//! English stemming for the index: the Snowball English (Porter2) stemmer.
//!
//! Vendored from rust-stemmers 1.2.0 (English only; the generated code and its runtime unchanged but for
//! paths) because that crate compiles every language and depends on serde with its derive, which cost
//! every user's build far more than the stemmer itself. The stems are the same, so the index is the same
//! (the golden answers and `tests/golden/fingerprints.csv` check it).
//!
//! rust-stemmers is under the MIT license; the Snowball algorithms under the BSD 3-clause license:
//!
//! ```text
//! MIT License
//!
//! Copyright (c) 2017 Jakob Demler
//!
//! Permission is hereby granted, free of charge, to any person obtaining a copy
//! of this software and associated documentation files (the "Software"), to deal
//! in the Software without restriction, including without limitation the rights
//! to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
//! copies of the Software, and to permit persons to whom the Software is
//! furnished to do so, subject to the following conditions:
//!
//! The above copyright notice and this permission notice shall be included in all
//! copies or substantial portions of the Software.
//!
//! THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
//! IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
//! FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
//! AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
//! LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
//! OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
//! SOFTWARE.
//!
//! Snowball: Copyright (c) 2001, Dr Martin Porter; Copyright (c) 2004,2005, Richard Boulton;
//! Copyright (c) 2013, Yoshiki Shibukawa; Copyright (c) 2006,2007,2009,2010,2011,2014-2019, Olly Betts.
//! All rights reserved. Redistribution and use in source and binary forms, with or without modification,
//! are permitted provided that the conditions of the BSD 3-clause license are met (retain this notice; no
//! endorsement by the names of the copyright holders or contributors).
//! ```

// Generated code, kept as generated: its naming and style lints are not ours to fix.
#[allow(
    non_snake_case,
    non_upper_case_globals,
    unused_mut,
    unused_variables,
    clippy::all,
    clippy::pedantic
)]
mod english;
#[allow(clippy::all, clippy::pedantic)]
mod env;

/// The English stem of a lowercase word: `"tapering"` → `"taper"`.
///
/// ```
/// use seven_oh_compiler::stem::stem;
/// assert_eq!(stem("tapering"), "taper");
/// assert_eq!(stem("withdrawals"), "withdraw");
/// ```
pub fn stem(word: &str) -> String {
    let mut env = env::SnowballEnv::create(word);
    english::stem(&mut env);
    env.get_current().into_owned()
}
