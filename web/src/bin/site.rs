//! Writes the static site: one page per FAQ, topic, symptom and risk, an index, the style sheet, the script
//! and the WebAssembly module (as a file, and as a script for pages opened from `file://`).
//!
//! ```text
//! site OUT_DIR WASM_FILE
//! ```
//!
//! `web/build` runs it. Every page is readable without JavaScript: the entry's text, its related entries, its
//! sources, the disclaimer and the help lines are in the HTML. The script adds the ask box's answers.
//! Nothing here writes health content of its own: every answer, summary and number comes from the crate;
//! what this file adds is the interface's wording (headings, labels, hints).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use seven_oh::{Entry, Kind};

const SITE_NAME: &str = "7-OH: questions and answers";
const STYLE: &str = include_str!("../../assets/style.css");
const SCRIPT: &str = include_str!("../../assets/site.js");

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, wasm] = args.as_slice() else {
        fail("usage: site OUT_DIR WASM_FILE");
    };
    let out = PathBuf::from(out);
    let wasm = std::fs::read(wasm).unwrap_or_else(|e| fail(&format!("cannot read {wasm}: {e}")));
    let mut pages = 0;
    write(&out.join("index.html"), &index());
    pages += 1;
    for e in seven_oh::entries() {
        write(&out.join(format!("{}/{}.html", e.kind(), e.id())), &entry_page(e));
        pages += 1;
    }
    write(&out.join("style.css"), STYLE);
    write(&out.join("site.js"), SCRIPT);
    write_bytes(&out.join("seven-oh.wasm"), &wasm);
    write(
        &out.join("seven-oh.wasm.js"),
        &format!(
            "// The WebAssembly module of seven-oh-web, for pages opened from file:// (where browsers refuse to\n\
             // fetch it). Over HTTP the page fetches seven-oh.wasm instead.\n\
             window.SEVEN_OH_WASM = \"{}\";\n",
            base64(&wasm)
        ),
    );
    println!("site: {pages} pages in {}", out.display());
}

fn fail(message: &str) -> ! {
    eprintln!("site: {message}");
    std::process::exit(2);
}

fn write(path: &Path, text: &str) {
    write_bytes(path, text.as_bytes());
}

fn write_bytes(path: &Path, bytes: &[u8]) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", dir.display())));
    }
    std::fs::write(path, bytes).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
}

/// Escapes text for HTML content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The address of an entry's page, from a page `root` (`""` for the index, `"../"` for entry pages).
fn href(root: &str, e: Entry) -> String {
    format!("{root}{}/{}.html", e.kind(), e.id())
}

/// What a reader calls each kind, above the page's heading.
fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Faq => "Question",
        Kind::Topic => "Topic",
        Kind::Symptom => "Symptom",
        Kind::Risk => "Risk",
    }
}

/// `seek-care` as "Seek care".
fn words(value: &str) -> String {
    let spaced = value.replace('-', " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Body HTML from the crate, with relative links to entries (`[overdose](overdose)`, which the content
/// compiler only lets through when the last path segment is an entry's id) pointed at that entry's page.
/// Every other address is `https:` (the compiler rejects the rest) and stays as it is.
fn body(html: &str, root: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("href=\"") {
        let (before, after) = rest.split_at(at + "href=\"".len());
        out.push_str(before);
        let end = after.find('"').unwrap_or(after.len());
        let url = &after[..end];
        if url.starts_with("https:") {
            out.push_str(url);
        } else {
            let (path, fragment) = url.split_at(url.find(['#', '?']).unwrap_or(url.len()));
            let last = path.rsplit('/').next().unwrap_or(path);
            let id = last.strip_suffix(".md").unwrap_or(last);
            match seven_oh::lookup(id).filter(|e| e.id() == id) {
                Some(e) => {
                    out.push_str(&href(root, e));
                    out.push_str(fragment);
                }
                None => out.push_str(url),
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// A page: head, header with the ask box, the answer area, `main`, and the footer with the disclaimer and
/// the help lines.
fn page(root: &str, title: &str, description: &str, heading_in_header: bool, main: &str) -> String {
    let mut p = String::with_capacity(main.len() + 4096);
    let full_title = if heading_in_header {
        SITE_NAME.to_owned()
    } else {
        format!("{title} · {SITE_NAME}")
    };
    let _ = write!(
        p,
        r##"<!doctype html>
<html lang="en" data-root="{root}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{}</title>
<meta name="description" content="{}">
<link rel="stylesheet" href="{root}style.css">
<script src="{root}site.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
"##,
        esc(&full_title),
        esc(description),
    );
    if heading_in_header {
        let _ = writeln!(p, "<h1 class=\"site\">{}</h1>", esc(SITE_NAME));
    } else {
        let _ = writeln!(
            p,
            "<p class=\"site\"><a href=\"{root}index.html\">{}</a></p>",
            esc(SITE_NAME)
        );
    }
    let _ = write!(
        p,
        r#"<form class="ask" role="search" action="{root}index.html" method="get" hidden>
<label for="q">Ask a question about 7-OH</label>
<div class="ask-row">
<input id="q" name="q" type="search" autocomplete="off" aria-describedby="q-hint" maxlength="1000">
<button type="submit">Ask</button>
</div>
<p class="hint" id="q-hint">Answers appear as you type. They are worked out on this page: what you type is not sent anywhere.</p>
</form>
<noscript><p class="hint">The ask box needs JavaScript. Every answer is also on its own page: see the <a href="{root}index.html">list of questions</a>.</p></noscript>
</header>
<div id="answer" class="answer" aria-live="polite" hidden></div>
<main id="main" tabindex="-1">
{main}</main>
<footer class="foot">
<p class="disclaimer"><strong>{}</strong></p>
<h2>Help lines (US services)</h2>
<ul class="help">
"#,
        esc(seven_oh::DISCLAIMER),
    );
    for line in seven_oh::HELP_LINES {
        let tel: String = line.number.chars().filter(|c| c.is_ascii_digit()).collect();
        let _ = writeln!(
            p,
            "<li><a href=\"tel:{tel}\">{}</a> {}</li>",
            esc(line.number),
            esc(line.name)
        );
    }
    let _ = write!(
        p,
        r#"</ul>
<p class="meta">Content version {}, reviewed {}. <a href="{root}index.html">All questions and topics</a>.</p>
</footer>
</body>
</html>
"#,
        esc(seven_oh::CONTENT_VERSION),
        esc(seven_oh::REVIEWED),
    );
    p
}

fn index() -> String {
    let root = "";
    let mut m = String::new();
    m.push_str(
        "<p class=\"lead\">Plain-language answers about 7-hydroxymitragynine (7-OH), each with its sources. \
         Ask above, or browse the questions and topics below.</p>\n",
    );
    m.push_str(
        "<nav aria-label=\"On this page\"><ul class=\"toc\"><li><a href=\"#questions\">Questions</a></li>\
                <li><a href=\"#topics\">Topics</a></li><li><a href=\"#symptoms\">Symptoms</a></li>\
                <li><a href=\"#risks\">Risks</a></li></ul></nav>\n",
    );
    m.push_str("<h2 id=\"questions\">Questions</h2>\n<ul class=\"links\">\n");
    for f in seven_oh::faqs() {
        let _ = writeln!(
            m,
            "<li><a href=\"{}\">{}</a></li>",
            href(root, Entry::Faq(f)),
            esc(f.question())
        );
    }
    m.push_str("</ul>\n<h2 id=\"topics\">Topics</h2>\n<ul class=\"links described\">\n");
    for t in seven_oh::topics() {
        let _ = writeln!(
            m,
            "<li><a href=\"{}\">{}</a><br><span class=\"desc\">{}</span></li>",
            href(root, Entry::Topic(t)),
            esc(t.title()),
            esc(t.summary())
        );
    }
    m.push_str("</ul>\n<h2 id=\"symptoms\">Symptoms</h2>\n<ul class=\"links\">\n");
    for s in seven_oh::symptoms() {
        let _ = writeln!(
            m,
            "<li><a href=\"{}\">{}</a> <span class=\"tag {}\">{}</span></li>",
            href(root, Entry::Symptom(s)),
            esc(s.name()),
            s.urgency().as_str(),
            esc(&words(s.urgency().as_str()))
        );
    }
    m.push_str("</ul>\n<h2 id=\"risks\">Risks</h2>\n<ul class=\"links described\">\n");
    for r in seven_oh::risks() {
        let _ = writeln!(
            m,
            "<li><a href=\"{}\">{}</a> <span class=\"tag {}\">{}</span><br><span class=\"desc\">{}</span></li>",
            href(root, Entry::Risk(r)),
            esc(r.name()),
            r.severity().as_str(),
            esc(&words(r.severity().as_str())),
            esc(r.summary())
        );
    }
    m.push_str("</ul>\n");
    page(
        root,
        SITE_NAME,
        "Plain-language answers about 7-hydroxymitragynine (7-OH), with sources.",
        true,
        &m,
    )
}

fn entry_page(e: Entry) -> String {
    let root = "../";
    let mut m = String::new();
    let _ = write!(
        m,
        "<article>\n<p class=\"eyebrow\">{}</p>\n<h1>{}</h1>\n",
        kind_label(e.kind()),
        esc(e.title())
    );
    match e {
        Entry::Faq(f) => {
            let _ = writeln!(
                m,
                "<p class=\"short\"><strong>In short:</strong> {}</p>",
                esc(f.short_answer())
            );
            m.push_str(&body(f.answer_html(), root));
        }
        Entry::Topic(t) => {
            let _ = writeln!(m, "<p class=\"short\">{}</p>", esc(t.summary()));
            m.push_str(&body(t.body_html(), root));
        }
        Entry::Symptom(s) => {
            let contexts: Vec<String> = s.contexts().map(|c| words(c.as_str())).collect();
            let _ = writeln!(
                m,
                "<dl class=\"facts\"><dt>When it shows up</dt><dd>{}</dd><dt>Urgency</dt>\
                 <dd><span class=\"tag {}\">{}</span></dd></dl>",
                esc(&contexts.join(", ")),
                s.urgency().as_str(),
                esc(&words(s.urgency().as_str()))
            );
            m.push_str(&body(s.body_html(), root));
            let risks: Vec<_> = s.risks().collect();
            if !risks.is_empty() {
                m.push_str("<h2>Risks it goes with</h2>\n<ul class=\"links\">\n");
                for r in risks {
                    let _ = writeln!(
                        m,
                        "<li><a href=\"{}\">{}</a></li>",
                        href(root, Entry::Risk(r)),
                        esc(r.name())
                    );
                }
                m.push_str("</ul>\n");
            }
        }
        Entry::Risk(r) => {
            let _ = writeln!(
                m,
                "<dl class=\"facts\"><dt>Severity</dt><dd><span class=\"tag {}\">{}</span></dd></dl>",
                r.severity().as_str(),
                esc(&words(r.severity().as_str()))
            );
            let _ = writeln!(m, "<p class=\"short\">{}</p>", esc(r.summary()));
            m.push_str(&body(r.body_html(), root));
            if r.symptoms().len() > 0 {
                m.push_str("<h2>Symptoms</h2>\n<ul class=\"links\">\n");
                for s in r.symptoms() {
                    let _ = writeln!(
                        m,
                        "<li><a href=\"{}\">{}</a></li>",
                        href(root, Entry::Symptom(s)),
                        esc(s.name())
                    );
                }
                m.push_str("</ul>\n");
            }
        }
        _ => m.push_str(&body(&esc(e.text()), root)),
    }
    let _ = writeln!(m, "<p class=\"disclaimer\">{}</p>", esc(seven_oh::DISCLAIMER));
    if e.related().len() > 0 {
        m.push_str("<h2>See also</h2>\n<ul class=\"links\">\n");
        for r in e.related() {
            let _ = writeln!(
                m,
                "<li><a href=\"{}\">{}</a> <span class=\"kind\">{}</span></li>",
                href(root, r),
                esc(r.title()),
                kind_label(r.kind())
            );
        }
        m.push_str("</ul>\n");
    }
    m.push_str("<h2 id=\"sources\">Sources</h2>\n<ol class=\"sources\">\n");
    for s in e.sources() {
        let date = s.date_or_nd();
        let stop = if date.ends_with('.') { "" } else { "." };
        let _ = write!(
            m,
            "<li><a href=\"{}\">{}</a>. {}, {}{stop} <span class=\"source-kind\">· {}</span>",
            esc(s.url()),
            esc(s.title()),
            esc(s.publisher()),
            esc(date),
            esc(&words(s.kind().as_str()))
        );
        if let Some(original) = s.copy_of() {
            let _ = write!(m, "<br><span class=\"copy\">A copy of: {}</span>", esc(original));
        }
        m.push_str("</li>\n");
    }
    m.push_str("</ol>\n</article>\n");
    page(root, e.title(), e.summary(), false, &m)
}

/// Standard base64 (RFC 4648, with padding).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }

    #[test]
    fn relative_entry_links_point_at_pages() {
        assert_eq!(
            body(
                r#"<a href="overdose">o</a> <a href="https://www.cdc.gov/">c</a>"#,
                "../"
            ),
            r#"<a href="../topic/overdose.html">o</a> <a href="https://www.cdc.gov/">c</a>"#
        );
        assert_eq!(
            body(r#"<a href="x/blue-lips.md#top">b</a>"#, ""),
            r#"<a href="symptom/blue-lips.html#top">b</a>"#
        );
    }

    #[test]
    fn pages_carry_the_disclaimer_help_lines_and_sources() {
        let faq = seven_oh::faq("is-7-oh-addictive").unwrap();
        let html = entry_page(Entry::Faq(faq));
        assert!(html.contains("not medical advice") && html.contains("Help lines (US services)"));
        assert!(html.contains("<html lang=\"en\""));
        for s in faq.sources() {
            assert!(html.contains(&esc(s.url())));
        }
        assert!(index().contains(&esc(faq.question())));
    }
}
