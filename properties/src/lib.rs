//! Empty: this crate only holds `tests/properties.rs` (see its Cargo.toml).

#![forbid(unsafe_code)]
