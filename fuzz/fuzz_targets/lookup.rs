//! Fuzzes `lookup` and every lookup by id with arbitrary bytes (as text, lossily decoded when not UTF-8):
//! a lookup by id returns the record with exactly that id or nothing. Run with
//! `cargo +nightly fuzz run lookup` from the crate's root.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let name = String::from_utf8_lossy(data);
    let name = name.as_ref();
    let entry = seven_oh::lookup(name);
    assert_eq!(entry, seven_oh::lookup(name), "lookup is not deterministic");
    if let Some(e) = entry {
        assert!(seven_oh::entries().any(|x| x == e));
    }
    assert!(seven_oh::faq(name).is_none_or(|x| x.id() == name));
    assert!(seven_oh::topic(name).is_none_or(|x| x.id() == name));
    assert!(seven_oh::symptom(name).is_none_or(|x| x.id() == name));
    assert!(seven_oh::risk(name).is_none_or(|x| x.id() == name));
    assert!(seven_oh::source(name).is_none_or(|x| x.id() == name));
    assert!(seven_oh::urgent_message(name).is_none_or(|x| x.id() == name));
});
