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

/// Prints one source as a numbered bibliography line.
pub fn print_source(n: usize, s: &Source) {
    // "n.d." (no confirmed date) already ends in a full stop.
    let date = s.date_or_nd();
    let stop = if date.ends_with('.') { "" } else { "." };
    say!(
        "  [{n}] [{}] {}. {}, {date}{stop} {}",
        s.kind(),
        s.title(),
        s.publisher(),
        s.url()
    );
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
            say!("  - {} ({} {})", r.title(), r.kind(), r.id());
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

/// Prints a one-line error and exits with status 2.
pub fn fail(program: &str, message: &str) -> ! {
    eprintln!("{program}: {message}");
    std::process::exit(2);
}
