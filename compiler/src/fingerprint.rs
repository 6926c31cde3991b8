//! A summary of the generated file that reviewers can read in a diff, the way ICU4X keeps
//! `fingerprints.csv`: one line per generated item with its name, its entry count, the bytes of Rust source
//! it takes and a hash of that source. A content edit shows as the few tables it moved.

use std::fmt::Write;

use seven_oh_shared::hash;

/// The CSV header of [`fingerprints`].
pub const HEADER: &str = "table,entries,source_bytes,hash";

/// One CSV line per `pub(crate)` item of `code` (the output of [`emit`](crate::emit::emit)): its name, its
/// array length (1 for a scalar), the bytes of its source, and a 64-bit hash of that source in hex.
///
/// ```
/// let code = "// header\npub(crate) static A: [u8; 2] = [1, 2];\n\npub(crate) const B: usize = 3;\n";
/// let csv = seven_oh_compiler::fingerprint::fingerprints(code);
/// let lines: Vec<&str> = csv.lines().collect();
/// assert_eq!(lines[0], "table,entries,source_bytes,hash");
/// assert!(lines[1].starts_with("A,2,38,"));
/// assert!(lines[2].starts_with("B,1,30,"));
/// ```
pub fn fingerprints(code: &str) -> String {
    let mut out = format!("{HEADER}\n");
    let mut items: Vec<&str> = Vec::new();
    let mut rest = code;
    while let Some(start) = rest.find("pub(crate) ") {
        let after = &rest[start + 1..];
        let end = after.find("\npub(crate) ").map_or(rest.len(), |e| start + 1 + e + 1);
        items.push(rest[start..end].trim_end());
        rest = &rest[end..];
    }
    for item in items {
        let head = item.split(['=', '\n']).next().unwrap_or_default();
        let name = head
            .split_whitespace()
            .nth(2)
            .unwrap_or_default()
            .trim_end_matches(':')
            .split('<')
            .next()
            .unwrap_or_default();
        let entries = head
            .rsplit_once("; ")
            .and_then(|(_, n)| n.trim().trim_end_matches(']').parse::<usize>().ok())
            .unwrap_or(1);
        let _ = writeln!(
            out,
            "{name},{entries},{},{:016x}",
            item.len(),
            hash::hash(item.as_bytes(), 0)
        );
    }
    out
}
