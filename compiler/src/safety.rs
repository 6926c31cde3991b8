//! Content safety checks, run as part of validation: help-line numbers, the disclaimer, and review dates.
//!
//! - Every phone number anywhere in the content (except the bibliography, whose citations are full of
//!   digits) must be one of the reviewed [`HELP_LINES`]. A wrong digit in a help line is
//!   an error, never a warning.
//! - Every link anywhere in the content is `https://`.
//! - No Markdown body (FAQ answer, topic, symptom or risk) holds raw HTML, block or inline, comments
//!   included, and every link or image in one points at an `https:` address or, relatively, at another
//!   entry (`[overdose](overdose)`, `[x](../faqs/is-7-oh-addictive)`): never `javascript:`, `data:`,
//!   `mailto:`, `http:` or a protocol-relative `//host`. The HTML the library hands to apps
//!   (`answer_html`, `body_html`) is inserted into pages, so this is what makes it safe to insert.
//! - The disclaimer must say "not medical advice".
//! - A `reviewed` date (in `meta.toml` or an entry) after today is a warning, not an error: the build
//!   script also runs on users' machines, and a wrong clock there must not break their build. An entry's
//!   `reviewed` date more than 365 days before `meta.toml`'s is a warning too: the entry is due for review.
//!   "Today" is the build machine's date, or `SOURCE_DATE_EPOCH` when set (for reproducible builds).

use std::collections::HashSet;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag};
use seven_oh_shared::layout::HELP_LINES;

use super::diagnostic::{Diagnostics, Problem};
use super::parse::Content;

/// Whether a phone-number-like run, as its letters and digits without a leading `1`, is a reviewed help
/// line. (911 and 988 are three digits, which [`phone_numbers`] never returns.)
fn is_reviewed(digits: &str) -> bool {
    HELP_LINES.iter().any(|line| {
        let reviewed: String = line.number.chars().filter(char::is_ascii_digit).collect();
        reviewed.strip_prefix('1').unwrap_or(&reviewed) == digits
    })
}

/// Runs every safety check over the content.
pub fn check(content: &Content, diags: &mut Diagnostics) {
    for (i, file) in content.files.iter().enumerate() {
        if Some(i) == content.sources_file {
            continue;
        }
        // Links in bodies and in urgent.toml must be https too (sources.toml's are checked per field).
        for (offset, _) in file.text.match_indices("http://") {
            let url: String = file.text[offset..]
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != ')')
                .collect();
            diags.push(&file.path, file.locate(offset), Problem::BadUrl(url));
        }
        for (offset, number) in phone_numbers(&file.text) {
            let digits: String = number.chars().filter(char::is_ascii_alphanumeric).collect();
            let digits = digits.strip_prefix('1').filter(|d| d.len() == 10).unwrap_or(&digits);
            if !is_reviewed(digits) {
                diags.push(&file.path, file.locate(offset), Problem::UnreviewedPhone(number));
            }
        }
    }
    let ids: HashSet<&str> = content.entries.iter().map(|e| e.id.as_str()).collect();
    for e in &content.entries {
        let f = &content.files[e.file];
        for (offset, problem) in markdown_problems(&e.body, &ids) {
            diags.push(&f.path, f.locate(e.body_at + offset), problem);
        }
    }
    let today = today();
    if let (Some(file), Some(meta)) = (content.meta_file, content.meta.as_ref()) {
        let f = &content.files[file];
        let disclaimer = meta.disclaimer.get_ref().to_lowercase();
        if !disclaimer.trim().is_empty() && !disclaimer.contains("not medical advice") {
            diags.push(
                &f.path,
                f.locate(meta.disclaimer.span().start),
                Problem::DisclaimerWording,
            );
        }
        future(
            meta.reviewed.get_ref(),
            today,
            diags,
            &f.path,
            f.locate(meta.reviewed.span().start),
            "reviewed",
        );
    }
    let content_date = content.meta.as_ref().and_then(|m| days(m.reviewed.get_ref()));
    for e in &content.entries {
        let Some(r) = e.fields.common().reviewed else { continue };
        let f = &content.files[e.file];
        let at = f.locate(e.fields_at + r.span().start);
        let date = r.get_ref().trim();
        future(date, today, diags, &f.path, at, "reviewed");
        if let (Some(d), Some(c)) = (days(date), content_date) {
            if c - d > 365 {
                let content = content
                    .meta
                    .as_ref()
                    .map(|m| m.reviewed.get_ref().clone())
                    .unwrap_or_default();
                diags.push(
                    &f.path,
                    at,
                    Problem::StaleReview {
                        date: date.to_owned(),
                        content,
                    },
                );
            }
        }
    }
}

/// The raw HTML and unsafe links in one Markdown body, with their byte offsets in it. `ids` are the ids of
/// every entry, which a relative link must name.
///
/// ```
/// use std::collections::HashSet;
/// use seven_oh_compiler::diagnostic::Problem;
/// use seven_oh_compiler::safety::markdown_problems;
///
/// let ids: HashSet<&str> = ["overdose"].into_iter().collect();
/// assert!(markdown_problems("[ok](overdose) and [ok](https://www.cdc.gov/)", &ids).is_empty());
/// assert_eq!(
///     markdown_problems("[x](javascript:alert(1)) <b>", &ids),
///     vec![
///         (0, Problem::BadLink("javascript:alert(1)".to_owned())),
///         (25, Problem::RawHtml("<b>".to_owned())),
///     ]
/// );
/// ```
pub fn markdown_problems(body: &str, ids: &HashSet<&str>) -> Vec<(usize, Problem)> {
    let mut found = Vec::new();
    for (event, range) in Parser::new_ext(body, Options::empty()).into_offset_iter() {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => {
                let first_line = html.lines().next().unwrap_or("").trim();
                let shown: String = first_line.chars().take(40).collect();
                found.push((range.start, Problem::RawHtml(shown)));
            }
            Event::Start(Tag::Link {
                link_type, dest_url, ..
            })
            | Event::Start(Tag::Image {
                link_type, dest_url, ..
            }) => {
                let url = dest_url.trim();
                // `http://` anywhere is already reported as a bad URL by the raw-text scan.
                let ok = link_type != LinkType::Email
                    && (url.starts_with("http://") || super::validate::is_https_url(url) || is_entry_link(url, ids));
                if !ok {
                    let shown = if link_type == LinkType::Email {
                        format!("mailto:{url}")
                    } else {
                        url.to_owned()
                    };
                    found.push((range.start, Problem::BadLink(shown)));
                }
            }
            _ => {}
        }
    }
    found
}

/// Whether `url` is a relative link to an entry: no scheme, not protocol-relative, and its last path
/// segment (without `.md`, a query or a fragment) is an entry's id.
fn is_entry_link(url: &str, ids: &HashSet<&str>) -> bool {
    let path = url.split(['#', '?']).next().unwrap_or("");
    let has_scheme = path.split('/').next().is_some_and(|first| first.contains(':'));
    if has_scheme || url.starts_with("//") || url.contains('\\') {
        return false;
    }
    let last = path.rsplit('/').next().unwrap_or("");
    let id = last.strip_suffix(".md").unwrap_or(last);
    ids.contains(id)
}

fn future(date: &str, today: i64, diags: &mut Diagnostics, path: &str, at: (usize, usize), field: &'static str) {
    if let Some(d) = days(date) {
        if d > today {
            let today = civil(today);
            diags.push(
                path,
                at,
                Problem::ReviewedInFuture {
                    field,
                    date: date.trim().to_owned(),
                    today,
                },
            );
        }
    }
}

/// Every phone-number-like run in `text`, with its byte offset: `1-800-662-4357`, `800-662-4357`,
/// `(800) 662-4357`, `800.662.4357`, `8006624357`, vanity forms such as `1-800-662-HELP`, and the same with
/// typographic dashes or non-breaking spaces as separators. A number with extra digits on the end
/// (`1-800-662-43577`) is returned whole, so it never passes for a reviewed one.
pub fn phone_numbers(text: &str) -> Vec<(usize, String)> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let starts_word = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        if starts_word && (b[i].is_ascii_digit() || b[i] == b'(') {
            if let Some(end) = phone_at(b, i) {
                // Extra digits glued to the end belong to the number.
                let end = end + b[end..].iter().take_while(|c| c.is_ascii_digit()).count();
                found.push((i, text[i..end].to_owned()));
                i = end;
                continue;
            }
        }
        i += 1;
    }
    found
}

/// The length of the separator at `b[i..]`: `-`, `.` or a space, a Unicode dash (U+2010 to U+2015, U+2212)
/// or a non-breaking space (U+00A0, U+202F); 0 if there is none.
fn sep_len(b: &[u8], i: usize) -> usize {
    match b.get(i..).unwrap_or(&[]) {
        [b'-' | b'.' | b' ', ..] => 1,
        [0xC2, 0xA0, ..] => 2,
        [0xE2, 0x80, 0x90..=0x95 | 0xAF, ..] | [0xE2, 0x88, 0x92, ..] => 3,
        _ => 0,
    }
}

/// The end of a phone number starting at `i`, if one starts there.
fn phone_at(b: &[u8], mut i: usize) -> Option<usize> {
    let digits = |at: usize, n: usize| (at..at + n).all(|k| b.get(k).is_some_and(u8::is_ascii_digit));
    // Ten or eleven bare digits: 8006624357, 18006624357.
    let run = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    if run == 10 || (run == 11 && b[i] == b'1') {
        return Some(i + run);
    }
    // An optional country code `1` and separator.
    if b.get(i) == Some(&b'1')
        && sep_len(b, i + 1) > 0
        && b.get(i + 1 + sep_len(b, i + 1))
            .is_some_and(|c| c.is_ascii_digit() || *c == b'(')
    {
        i += 1 + sep_len(b, i + 1);
    }
    // The area code, bare or in brackets.
    let bracket = b.get(i) == Some(&b'(');
    if bracket {
        i += 1;
    }
    if !digits(i, 3) {
        return None;
    }
    i += 3;
    if bracket {
        if b.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        i += sep_len(b, i);
    } else {
        let n = sep_len(b, i);
        if n == 0 {
            return None;
        }
        i += n;
    }
    // The exchange and line, as digits or (vanity) capital letters.
    let alnum = |at: usize, n: usize| {
        (at..at + n).all(|k| b.get(k).is_some_and(|c| c.is_ascii_digit() || c.is_ascii_uppercase()))
    };
    if !alnum(i, 3) {
        return None;
    }
    let n = sep_len(b, i + 3);
    if n > 0 && alnum(i + 3 + n, 4) {
        i += 3 + n + 4;
    } else if alnum(i + 3, 4) && (i + 3..i + 7).any(|k| b[k].is_ascii_uppercase()) {
        i += 7; // 1-800-662HELP
    } else {
        return None;
    }
    if b.get(i).is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    Some(i)
}

/// Days since 1970-01-01 of an ISO date (`YYYY-MM-DD`, or the first day of `YYYY-MM` / `YYYY`).
pub fn days(date: &str) -> Option<i64> {
    let mut parts = date.trim().split('-').map(|p| p.parse::<i64>().ok());
    let y = parts.next()??;
    let m = parts.next().unwrap_or(Some(1))?;
    let d = parts.next().unwrap_or(Some(1))?;
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The ISO date of a day number (the inverse of [`days`]).
pub fn civil(z: i64) -> String {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Today's day number: from `SOURCE_DATE_EPOCH` when set, else the system clock.
pub fn today() -> i64 {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    seconds.div_euclid(86_400)
}
