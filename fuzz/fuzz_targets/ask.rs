//! Fuzzes `ask` and `search` with arbitrary bytes (as text, lossily decoded when not UTF-8), checking what
//! every answer must satisfy. Run with `cargo +nightly fuzz run ask` from the crate's root.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let answer = seven_oh::ask(&text);
    assert_eq!(answer, seven_oh::ask(&text), "ask is not deterministic");
    let mut previous = f32::INFINITY;
    let mut count = 0;
    for m in answer.matches() {
        assert!((0.0..=1.0).contains(&m.score()), "score {} outside 0..=1", m.score());
        assert!(m.score() <= previous, "scores rise down the list");
        assert_eq!(m.entry().kind(), seven_oh::Kind::Faq);
        previous = m.score();
        count += 1;
    }
    assert!(count <= 3);
    assert_eq!(answer.abstained(), answer.top().is_none());
    let mut previous = f32::INFINITY;
    let mut count = 0;
    for m in seven_oh::search(&text) {
        assert!((0.0..=1.0).contains(&m.score()), "score {} outside 0..=1", m.score());
        assert!(m.score() <= previous, "scores rise down the list");
        previous = m.score();
        count += 1;
    }
    assert!(count <= seven_oh::SEARCH_LIMIT);
});
