//! The example programs behave like well-made command-line tools: `--help` and `-h` everywhere, exit
//! status 2 for a usage error and 1 when nothing matched, forgiving context names, a `--batch` run that
//! survives a bad line, no list printed twice, and sources printed as "Title. Publisher, date. URL".
//!
//! The examples are built once (`cargo build --example ...`, into the target directory this test runs
//! from) and run as programs, with `std::process::Command`: no dependency needed.

// The examples use the `serde` feature (`export`) and the standard library.
#![cfg(all(feature = "std", feature = "serde"))]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

const EXAMPLES: [&str; 5] = ["ask", "faq", "lookup", "symptoms", "export"];

/// The directory the examples are built into: `target/<profile>/examples`, beside this test's `deps`.
fn examples_dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let exe = std::env::current_exe().expect("the test knows its path");
        let profile_dir = exe
            .parent()
            .and_then(|deps| deps.parent())
            .expect("target/<profile>/deps/");
        let target_dir = profile_dir.parent().expect("target/");
        let profile = match profile_dir.file_name().and_then(|n| n.to_str()) {
            Some("debug") | None => "dev",
            Some(other) => other,
        };
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut build = Command::new(cargo);
        build
            .args([
                "build",
                "--quiet",
                "--package",
                "seven-oh",
                "--profile",
                profile,
                "--target-dir",
            ])
            .arg(target_dir)
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        for name in EXAMPLES {
            build.args(["--example", name]);
        }
        let status = build.status().expect("cargo runs");
        assert!(status.success(), "cargo build of the examples failed");
        profile_dir.join("examples")
    })
}

/// Runs example `name` with `args` and `stdin`.
fn run_with_input(name: &str, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(examples_dir().join(name))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run example {name}: {e}"));
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn run(name: &str, args: &[&str]) -> Output {
    run_with_input(name, args, b"")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

/// Runs, expects exit status `code`, returns standard output.
fn expect(code: i32, name: &str, args: &[&str]) -> String {
    let out = run(name, args);
    assert_eq!(
        out.status.code(),
        Some(code),
        "{name} {args:?}: stdout:\n{}\nstderr:\n{}",
        stdout(&out),
        String::from_utf8_lossy(&out.stderr)
    );
    stdout(&out)
}

#[test]
fn help_everywhere() {
    for name in EXAMPLES {
        for flag in ["--help", "-h"] {
            let text = expect(0, name, &[flag]);
            assert!(text.starts_with(&format!("usage: {name}")), "{name} {flag}: {text}");
            assert!(text.contains("exit status"), "{name} {flag}: {text}");
        }
        // Help wins wherever it is, and an unknown option is a usage error.
        expect(0, name, &["something", "--help"]);
        let out = run(name, &["--no-such-option"]);
        assert_eq!(out.status.code(), Some(2), "{name} --no-such-option");
        assert!(String::from_utf8_lossy(&out.stderr).contains("unknown option"));
    }
}

#[test]
fn usage_errors_exit_2_and_misses_exit_1() {
    // No question and an empty question are the same mistake.
    expect(2, "ask", &[]);
    expect(2, "ask", &[""]);
    expect(2, "ask", &["  "]);
    expect(2, "ask", &["--json", ""]);
    expect(2, "ask", &["--batch"]);
    expect(2, "lookup", &[]);
    expect(1, "lookup", &["no-such-name"]);
    expect(2, "faq", &["is-7-oh-addictive", "extra"]);
    expect(1, "faq", &["no-such-faq"]);
    expect(2, "symptoms", &[]);
    expect(2, "symptoms", &["hangover"]);
    expect(2, "export", &["extra"]);
    // An off-topic question still gets an answer: "I don't know" is not an error. The question is one of
    // `tests/eval/dev-negatives.tsv`, which the evaluation requires to abstain.
    assert!(expect(0, "ask", &["how do i renew my passport"]).contains("I don't have a good answer"));
}

#[test]
fn symptoms_forgive_case_separators_and_plurals() {
    for arg in ["Overdose", "OVERDOSE", "overdoses"] {
        assert!(expect(0, "symptoms", &[arg]).contains("Signs of an overdose"), "{arg}");
    }
    for arg in [
        "side-effect",
        "side_effect",
        "side effects",
        "Side Effects",
        "side-effects",
    ] {
        assert!(expect(0, "symptoms", &[arg]).contains("Side effects of 7-OH"), "{arg}");
    }
    assert!(expect(0, "symptoms", &["side", "effects"]).contains("Side effects of 7-OH"));
    assert!(expect(0, "symptoms", &["Withdrawal"]).contains("Symptoms of 7-OH withdrawal"));
}

#[test]
fn ask_json_names_the_urgent_message() {
    let json: serde_json::Value = serde_json::from_str(&expect(
        0,
        "ask",
        &["--json", "my friend took 7oh and is not breathing"],
    ))
    .unwrap();
    assert_eq!(json["urgent"], true);
    assert_eq!(json["urgent_id"], "overdose");
    assert_eq!(json["answers"][0]["id"], "what-to-do-in-an-overdose");
    let calm: serde_json::Value = serde_json::from_str(&expect(0, "ask", &["--json", "is 7oh legal"])).unwrap();
    assert_eq!(calm["urgent"], false);
    assert!(calm["urgent_id"].is_null());
    assert_eq!(calm["answers"][0]["kind"], "faq");
    let keys: Vec<&str> = calm.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 5, "{keys:?}");
}

#[test]
fn ask_says_why_it_declines_buying_and_dosing() {
    for question in ["how much kratom should i take", "where can I buy 7-OH tablets"] {
        let text = expect(0, "ask", &[question]);
        assert!(text.contains("does not say where to get 7-OH"), "{question}: {text}");
        assert!(!text.contains("I don't have a good answer"), "{question}: {text}");
    }
    let calm = expect(0, "ask", &["is there a safe dose of 7-OH"]);
    assert!(!calm.contains("does not say where to get"), "{calm}");
}

#[test]
fn a_bad_batch_line_gets_an_error_object_and_the_run_goes_on() {
    let input = b"is 7oh legal\n\xff\xfe not utf-8\r\nwhat is kratom\r\n";
    let out = run_with_input("ask", &["--json", "--batch"], input);
    assert_eq!(out.status.code(), Some(1), "a bad line makes the exit status 1");
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["query"], "is 7oh legal");
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(
        lines[2]["query"], "what is kratom",
        "the \\r of a CRLF line is not part of the question"
    );
    let good = run_with_input("ask", &["--json", "--batch"], b"is 7oh legal\nhow do i bake bread\n");
    assert_eq!(good.status.code(), Some(0));
    assert_eq!(stdout(&good).lines().count(), 2);
}

/// The items of the list that follows `heading` in `text`: "  - item" lines, or "a | b" on the heading line.
fn list_after(text: &str, heading: &str) -> Vec<String> {
    let Some(start) = text.find(heading) else {
        return Vec::new();
    };
    let rest = &text[start + heading.len()..];
    let first = rest.lines().next().unwrap_or("").trim();
    if !first.is_empty() {
        return first.split(" | ").map(str::to_owned).collect();
    }
    rest.lines()
        .skip(1)
        .take_while(|l| l.starts_with("  - "))
        .map(|l| l[4..].split(" (").next().unwrap().to_owned())
        .collect()
}

#[test]
fn no_list_repeats_another() {
    let mut related_printed = 0;
    for faq in seven_oh::faqs() {
        let text = expect(0, "ask", &[faq.question()]);
        let see_also = list_after(&text, "See also:");
        let related = list_after(&text, "Related questions:");
        related_printed += related.len();
        for r in &related {
            assert!(
                !see_also.contains(r),
                "'{r}' is under both lists for '{}':\n{text}",
                faq.question()
            );
        }
    }
    assert!(related_printed > 0, "some answer lists related questions");
}

#[test]
fn sources_print_as_title_publisher_date_url() {
    // This FAQ cites a journal paper (whose publisher line holds "2005;78(1):2-7") among others.
    let cited = seven_oh::faqs()
        .find(|f| f.sources().any(|s| s.id() == "matsumoto-lifesci-2005"))
        .expect("an FAQ cites matsumoto-lifesci-2005");
    let text = expect(0, "faq", &[cited.id()]);
    let lines: Vec<&str> = text
        .lines()
        .skip_while(|l| *l != "Sources:")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter(|l| l.starts_with("  ["))
        .collect();
    assert_eq!(lines.len(), cited.sources().len(), "{text}");
    for (line, source) in lines.iter().zip(cited.sources()) {
        assert!(line.ends_with(&format!(". {}", source.url())), "{line}");
        assert!(line.contains(&format!("] {}", source.title())), "{line}");
    }
    let paper = lines.iter().find(|l| l.contains("Matsumoto")).unwrap();
    assert!(
        paper.contains("Life Sciences (Matsumoto K et al.), 2005;78(1):2-7. https://"),
        "{paper}"
    );
    assert!(!paper.contains("2-7, 2005"), "{paper}");
}

#[test]
fn lookup_takes_a_kind() {
    assert!(expect(0, "lookup", &["7oh"]).contains("is the topic 'overview'"));
    assert!(expect(0, "lookup", &["overdose"]).contains("is the topic 'overdose'"));
    assert!(expect(0, "lookup", &["risk:overdose"]).contains("is the risk 'overdose'"));
    expect(1, "lookup", &["risk:no-such-risk"]);
}

#[test]
fn export_has_kinds_and_full_sources() {
    let json: serde_json::Value = serde_json::from_str(&expect(0, "export", &[])).unwrap();
    assert_eq!(json["faqs"][0]["kind"], "faq");
    assert_eq!(json["risks"][0]["kind"], "risk");
    assert!(
        json["faqs"][0]["sources"][0]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );
    assert_eq!(json["faqs"].as_array().unwrap().len(), seven_oh::faqs().len());
    assert_eq!(json["help_lines"][0]["number"], "911");
    assert!(
        json["help_lines"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["region"] == "US")
    );
}
