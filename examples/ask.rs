//! Answers a question about 7-OH, for a person or, with `--json`, for a program.
//!
//! ```text
//! cargo run --example ask -- "Is 7-OH addictive?"
//! cargo run --example ask -- --json "can i taper off 7oh"
//! printf 'is 7oh legal\nwhat is kratom\n' | cargo run --example ask -- --json --batch
//! ```

#[macro_use]
mod common;

use std::collections::HashSet;
use std::io::{BufRead, Write};

use seven_oh::{Answer, Entry, Faq};

const USAGE: &str = "\
usage: ask [--json] QUESTION...
       ask --json --batch < questions.txt

Answers a question about 7-OH from the knowledge base; an emergency gets its
message first.

options:
  --json      print one JSON object: query, urgent, urgent_id, abstained and
              answers (kind, id, score)
  --batch     read one question a line from standard input and print one JSON
              object a line (needs --json); a line that is not valid UTF-8
              gets {\"line\": N, \"error\": ...} and the run goes on
  -h, --help  print this help

exit status: 0 answered (\"I don't know\" is an answer too), 1 some --batch
lines could not be read, 2 usage error (unknown option, no or empty question)";

fn main() {
    let (flags, words) = common::args("ask", USAGE, &["--json", "--batch"]);
    let json = flags.iter().any(|f| f == "--json");
    let batch = flags.iter().any(|f| f == "--batch");
    if batch {
        if !json || !words.is_empty() {
            common::usage_error(
                "ask",
                USAGE,
                "--batch reads questions from standard input and needs --json",
            );
        }
        std::process::exit(run_batch());
    }
    let question = words.join(" ");
    if question.trim().is_empty() {
        common::usage_error("ask", USAGE, "no question given");
    }
    let answer = seven_oh::ask(&question);
    if json {
        say!("{}", to_json(&question, &answer));
    } else {
        print_answer(&answer);
    }
}

/// Answers every line of standard input; returns the exit status.
fn run_batch() -> i32 {
    let mut input = std::io::stdin().lock();
    let mut out = std::io::stdout().lock();
    let mut line = Vec::new();
    let mut status = 0;
    for n in 1.. {
        line.clear();
        match input.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("ask: cannot read standard input: {e}");
                return 1;
            }
        }
        let text = line.strip_suffix(b"\n").unwrap_or(&line);
        let text = text.strip_suffix(b"\r").unwrap_or(text);
        let object = match std::str::from_utf8(text) {
            Ok(question) => to_json(question, &seven_oh::ask(question)),
            Err(_) => {
                status = 1;
                serde_json::json!({ "line": n, "error": format!("line {n} is not valid UTF-8") })
            }
        };
        if writeln!(out, "{object}").is_err() {
            break; // The reader went away (for example `| head`).
        }
    }
    status
}

/// One JSON object: the query, whether it is urgent and which message, whether it abstained, and up to three
/// answers.
fn to_json(query: &str, answer: &Answer) -> serde_json::Value {
    let answers: Vec<serde_json::Value> = answer
        .matches()
        .map(|m| {
            serde_json::json!({
                "kind": m.entry().kind().as_str(),
                "id": m.faq().id(),
                "score": (f64::from(m.score()) * 1000.0).round() / 1000.0,
            })
        })
        .collect();
    serde_json::json!({
        "query": query,
        "urgent": answer.is_urgent(),
        "urgent_id": answer.urgent().map(|u| u.id()),
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
            print_faq(top.faq());
            common::print_links(top.entry());
            // Only the matches "See also" did not already list.
            let listed: HashSet<Entry> = top.entry().related().collect();
            let others: Vec<String> = answer
                .matches()
                .skip(1)
                .filter(|m| !listed.contains(&m.entry()))
                .map(|m| m.faq().question().to_owned())
                .collect();
            if !others.is_empty() {
                say!();
                say!("Related questions: {}", others.join(" | "));
            }
        }
        None if answer.declined() => {
            // Where to buy, how to prepare, how much to take: never answered.
            say!("This knowledge base does not say where to get 7-OH or kratom, how to prepare it, or how");
            say!("much to take. It has answers about what these products are, their risks, and where to");
            say!("get help.");
            let guesses: Vec<&str> = answer.matches().map(|m| m.faq().question()).collect();
            if !guesses.is_empty() {
                say!("Did you mean: {}", guesses.join(" | "));
            }
        }
        None => {
            say!("I don't have a good answer to that question.");
            let guesses: Vec<&str> = answer.matches().map(|m| m.faq().question()).collect();
            if !guesses.is_empty() {
                say!("Did you mean: {}", guesses.join(" | "));
            }
            say!();
            say!("I can answer questions about these topics:");
            for t in seven_oh::topics() {
                say!("  - {}", t.title());
            }
            say!();
            say!("For help with drug use in the US, call the SAMHSA National Helpline at 1-800-662-4357 (free, 24/7).");
        }
    }
    common::print_disclaimer();
}
