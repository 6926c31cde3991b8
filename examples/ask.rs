//! Answers a question about 7-OH, for a person or, with `--json`, for a program.
//!
//! ```text
//! cargo run --example ask -- "Is 7-OH addictive?"
//! cargo run --example ask -- --json "can i taper off 7oh"
//! printf 'is 7oh legal\nwhat is kratom\n' | cargo run --example ask -- --json --batch
//! ```

#[macro_use]
mod common;

use std::io::{BufRead, Write};

use seven_oh::{Answer, Entry, Faq};

const USAGE: &str = "usage: ask [--json] QUESTION...   or   ask --json --batch < questions.txt";

fn main() {
    let mut json = false;
    let mut batch = false;
    let mut words = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "--batch" => batch = true,
            "-h" | "--help" => {
                say!("{USAGE}");
                return;
            }
            flag if flag.starts_with("--") => common::fail("ask", &format!("unknown option '{flag}'; {USAGE}")),
            _ => words.push(arg),
        }
    }
    if batch {
        if !json || !words.is_empty() {
            common::fail(
                "ask",
                &format!("--batch reads questions from standard input and needs --json; {USAGE}"),
            );
        }
        let stdin = std::io::stdin();
        let mut out = std::io::stdout().lock();
        for line in stdin.lock().lines() {
            let line = line.unwrap_or_else(|e| common::fail("ask", &format!("cannot read standard input: {e}")));
            if writeln!(out, "{}", to_json(&line, &seven_oh::ask(&line))).is_err() {
                return; // The reader went away (for example `| head`).
            }
        }
        return;
    }
    if words.is_empty() {
        common::fail("ask", USAGE);
    }
    let question = words.join(" ");
    let answer = seven_oh::ask(&question);
    if json {
        say!("{}", to_json(&question, &answer));
    } else {
        print_answer(&answer);
    }
}

/// One JSON object: the query, whether it is urgent, whether it abstained, and up to three answers.
fn to_json(query: &str, answer: &Answer) -> serde_json::Value {
    let answers: Vec<serde_json::Value> = answer
        .matches()
        .map(|m| {
            serde_json::json!({
                "kind": m.entry().kind().as_str(),
                "id": m.entry().id(),
                "score": (f64::from(m.score()) * 1000.0).round() / 1000.0,
            })
        })
        .collect();
    serde_json::json!({
        "query": query,
        "urgent": answer.is_urgent(),
        "abstained": answer.abstained(),
        "answers": answers,
    })
}

fn print_faq(faq: &Faq) {
    say!("Q: {}", faq.question());
    say!();
    say_raw!("{}", common::wrap(&format!("In short: {}", faq.short_answer()), 78));
    say!();
    say_raw!("{}", common::wrap(faq.answer_text(), 78));
}

fn print_answer(answer: &Answer) {
    if let Some(urgent) = answer.urgent() {
        let rule = "!".repeat(78);
        say!("{rule}");
        say!("{}", urgent.headline().to_uppercase());
        for (i, step) in urgent.steps().iter().enumerate() {
            say_raw!("{}", common::wrap(&format!("{}. {step}", i + 1), 78));
        }
        say_raw!("{}", common::wrap(urgent.also(), 78));
        say!("{rule}");
        say!();
        // Safe messaging: the banner, then its FAQ (the answer's only match), then nothing else.
        print_faq(urgent.faq());
        common::print_disclaimer();
        return;
    }
    match answer.top() {
        Some(top) => {
            let entry = top.entry();
            if let Entry::Faq(faq) = entry {
                print_faq(faq);
            }
            common::print_links(entry);
            let others: Vec<String> = answer.matches().skip(1).map(|m| m.entry().title().to_owned()).collect();
            if !others.is_empty() {
                say!();
                say!("Related questions: {}", others.join(" | "));
            }
        }
        None => {
            say!("I don't have a good answer to that question.");
            let guesses: Vec<String> = answer.matches().map(|m| m.entry().title().to_owned()).collect();
            if !guesses.is_empty() {
                say!("Did you mean: {}", guesses.join(" | "));
            }
            say!();
            say!("I can answer questions about these topics:");
            for t in seven_oh::topics() {
                say!("  - {}", t.title());
            }
            say!();
            say!("For help with drug use, call the SAMHSA National Helpline at 1-800-662-4357 (free, 24/7).");
        }
    }
    common::print_disclaimer();
}
