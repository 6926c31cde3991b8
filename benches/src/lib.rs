//! Shared by the criterion benchmarks in `benches/benches/` and the comparison crate in `bench-compare/`:
//! the criterion settings, the query sets and the edit-distance scan baseline.

#![forbid(unsafe_code)]

pub mod config;
pub mod queries;
pub mod strsim_scan;
