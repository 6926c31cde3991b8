//! Proves that the query paths allocate nothing: `ask`, `search`, `lookup`, the typed lookups and the
//! accessors are run under a counting allocator, and the count must stay at zero.
//!
//! This test has its own binary without the test harness (`harness = false`), so no other thread
//! allocates while it counts.

use std::alloc::System;

use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

const QUESTIONS: &[&str] = &[
    "Is 7-OH addictive?",
    "can i quit 7oh by cutting down slowly?",
    "withdrawl symptoms",
    "how long does kratom detox last",
    "my friend took 7oh and is not breathing",
    "i want to kill myself",
    "how do I bake sourdough bread",
    "",
    "   ",
    "¿Qué es 7-OH? 😀 مرحبا",
    "suboxen for kratom withdrawl",
    "her lips look bluish and shes not breathng",
    "i just want it all to be over",
];

fn main() {
    let long = "is 7-oh addictive ".repeat(2000);
    let mut checked = 0usize;
    let mut sink = 0usize;
    let region = Region::new(GLOBAL);
    for q in QUESTIONS.iter().copied().chain([long.as_str()]) {
        let answer = seven_oh::ask(q);
        sink += usize::from(answer.is_urgent()) + usize::from(answer.abstained());
        for m in answer.matches() {
            sink += m.entry().id().len() + (m.score() * 100.0) as usize;
        }
        if let Some(u) = answer.urgent() {
            sink += u.steps().len() + u.sources().len() + u.faq().id().len();
        }
        sink += seven_oh::urgent(q).map_or(0, |u| u.call().len());
        for m in seven_oh::search(q) {
            sink += m.entry().title().len();
        }
        sink += seven_oh::lookup(q).map_or(0, |e| e.id().len());
        checked += 1;
    }
    for name in ["7oh", "7-Hydroxymitragynine", "Narcan", "can't sleep", "nothing-here"] {
        sink += seven_oh::lookup(name).map_or(0, |e| e.related().count() + e.sources().count());
    }
    sink += seven_oh::faq("is-7-oh-addictive").map_or(0, |f| f.sources().count() + f.related().count());
    sink += seven_oh::topic("overview").map_or(0, |t| t.body_html().len());
    sink += seven_oh::symptom("nausea").map_or(0, |s| s.risks().count());
    sink += seven_oh::risk("overdose").map_or(0, |r| r.symptoms().count());
    sink += seven_oh::symptoms_in(seven_oh::Context::Overdose).count();
    let stats = region.change();
    println!(
        "alloc: {checked} questions through ask, urgent, search and lookup, plus the typed lookups: \
         {} allocations, {} bytes (checksum {sink})",
        stats.allocations, stats.bytes_allocated
    );
    assert_eq!(stats.allocations, 0, "a query path allocated");
    // The counter itself works: one allocation is seen as one.
    let control = Region::new(GLOBAL);
    let v: Vec<u8> = Vec::with_capacity(16);
    assert_eq!(control.change().allocations, 1, "the counting allocator counts");
    drop(v);
    assert_eq!(stats.reallocations, 0, "a query path reallocated");
    println!("1 passed, 0 failed");
}
