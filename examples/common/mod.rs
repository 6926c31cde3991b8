//! Printing helpers shared by the examples.

#![allow(dead_code, unused_macros)]

/// `println!` that ends the program quietly when standard output is closed (`| head`), instead of
/// panicking.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stdout(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

/// `print!` with the same behaviour as [`say!`].
macro_rules! say_raw {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if write!(std::io::stdout(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

use seven_oh::{Entry, Source};

/// Wraps `text` to `width` columns, keeping paragraph breaks and list lines.
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let indent: String = line.chars().take_while(|c| *c == ' ').collect();
        let marker = line.trim_start().split(' ').next().unwrap_or("");
        let is_item = marker == "-" || (marker.ends_with('.') && marker[..marker.len() - 1].parse::<u32>().is_ok());
        let hang = if is_item {
            format!("{indent}{}", " ".repeat(marker.len() + 1))
        } else {
            indent.clone()
        };
        let mut current = indent.clone();
        for word in line.split_whitespace() {
            if !current.trim().is_empty() && current.len() + 1 + word.len() > width {
                out.push_str(current.trim_end());
                out.push('\n');
                current = hang.clone();
            }
            if !current.trim().is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push_str(current.trim_end());
        out.push('\n');
    }
    out
}

/// Prints a heading with a rule under it.
pub fn heading(title: &str) {
    say!("{title}");
    say!("{}", "=".repeat(title.chars().count().min(78)));
}

/// Prints one source as a numbered bibliography line: "[n] [kind] Title. Publisher, date. URL".
pub fn print_source(n: usize, s: &Source) {
    say!("  [{n}] [{}] {s}", s.kind());
    if let Some(original) = s.copy_of() {
        say!("      (a copy of: {original})");
    }
}

/// Prints an entry in full: heading, short answer or summary, full text, related entries and sources.
pub fn print_entry(entry: Entry) {
    heading(entry.title());
    say!();
    if let Entry::Symptom(s) = entry {
        let contexts: Vec<&str> = s.contexts().map(|c| c.as_str()).collect();
        say!("When: {}    Urgency: {}", contexts.join(", "), s.urgency());
        say!();
    }
    if let Entry::Risk(r) = entry {
        say!("Severity: {}", r.severity());
        say!();
    }
    if !matches!(entry, Entry::Symptom(_)) {
        say_raw!("{}", wrap(&format!("In short: {}", entry.summary()), 78));
        say!();
    }
    say_raw!("{}", wrap(entry.text(), 78));
    if let Entry::Risk(r) = entry {
        let names: Vec<&str> = r.symptoms().map(|s| s.name()).collect();
        if !names.is_empty() {
            say!();
            say_raw!("{}", wrap(&format!("Symptoms: {}.", names.join(", ")), 78));
        }
    }
    print_links(entry);
}

/// Prints an entry's related entries and sources.
pub fn print_links(entry: Entry) {
    if entry.related().len() > 0 {
        say!();
        say!("See also:");
        for r in entry.related() {
            say!("  - {r} ({} {})", r.kind(), r.id());
        }
    }
    say!();
    say!("Sources:");
    for (i, s) in entry.sources().enumerate() {
        print_source(i + 1, s);
    }
}

/// Prints the disclaimer.
pub fn print_disclaimer() {
    say!();
    say_raw!("{}", wrap(&format!("Note: {}", seven_oh::DISCLAIMER), 78));
}

/// The exit status when nothing matched what was asked for (an unknown id or name).
pub const NOT_FOUND: i32 = 1;

/// The exit status of a usage error: an unknown option, a missing or empty argument, a bad value.
pub const USAGE: i32 = 2;

/// The command-line arguments: `-h`/`--help` anywhere prints `usage` and exits 0; the options in `known` are
/// returned as flags and any other option is a usage error; `--` ends the options. Returns (flags, operands).
pub fn args(program: &str, usage: &str, known: &[&str]) -> (Vec<String>, Vec<String>) {
    let mut flags = Vec::new();
    let mut operands = Vec::new();
    let mut options_done = false;
    for arg in std::env::args_os().skip(1) {
        let Ok(arg) = arg.into_string() else {
            usage_error(program, usage, "an argument is not valid UTF-8");
        };
        if options_done || !arg.starts_with('-') || arg == "-" {
            operands.push(arg);
        } else if arg == "--" {
            options_done = true;
        } else if arg == "-h" || arg == "--help" {
            say!("{usage}");
            std::process::exit(0);
        } else if known.contains(&arg.as_str()) {
            flags.push(arg);
        } else {
            usage_error(program, usage, &format!("unknown option '{arg}'"));
        }
    }
    (flags, operands)
}

/// Prints a one-line error and the usage line to standard error and exits with [`USAGE`].
pub fn usage_error(program: &str, usage: &str, message: &str) -> ! {
    eprintln!("{program}: {message}");
    eprintln!("{}", usage.lines().next().unwrap_or(usage));
    eprintln!("Run with --help for more.");
    std::process::exit(USAGE);
}

/// Prints a one-line error and exits with [`NOT_FOUND`].
pub fn not_found(program: &str, message: &str) -> ! {
    eprintln!("{program}: {message}");
    std::process::exit(NOT_FOUND);
}
