//! Markdown rendering: each body becomes plain text and an HTML fragment at build time, so the library
//! never parses Markdown.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};

/// Renders Markdown to an HTML fragment. Text is HTML-escaped; links keep their address (validation lets
/// through only `https:` and relative links to entries, see [`safety`](crate::safety)). Raw HTML never
/// reaches the output: validation rejects it, and should any get here it is written out as escaped text.
///
/// ```
/// use seven_oh_compiler::render::to_html;
/// assert_eq!(
///     to_html("See [overdose](overdose) and [CDC](https://www.cdc.gov/)."),
///     "<p>See <a href=\"overdose\">overdose</a> and <a href=\"https://www.cdc.gov/\">CDC</a>.</p>"
/// );
/// assert_eq!(to_html("a <b>b</b> & c"), "<p>a &lt;b&gt;b&lt;/b&gt; &amp; c</p>");
/// ```
pub fn to_html(markdown: &str) -> String {
    let mut out = String::new();
    let events = Parser::new_ext(markdown, Options::empty()).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    html::push_html(&mut out, events);
    out.trim_end().to_owned()
}

/// Renders Markdown to plain text: paragraphs separated by blank lines, list items as `- ` lines (or
/// `1. ` for numbered lists), emphasis and code marks removed, a link shown as its text and then its URL
/// in brackets.
pub fn to_text(markdown: &str) -> String {
    let mut out = String::new();
    // For each open list: the next number, or None for a bulleted list.
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut link: Option<String> = None;
    for event in Parser::new_ext(markdown, Options::empty()) {
        match event {
            Event::Start(Tag::List(first)) => {
                end_block(&mut out, lists.is_empty());
                lists.push(first);
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
                end_block(&mut out, lists.is_empty());
            }
            Event::Start(Tag::Item) => {
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str(&"  ".repeat(lists.len().saturating_sub(1)));
                match lists.last_mut() {
                    Some(Some(n)) => {
                        out.push_str(&format!("{n}. "));
                        *n += 1;
                    }
                    _ => out.push_str("- "),
                }
            }
            Event::End(TagEnd::Item) if !out.ends_with('\n') => out.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::BlockQuote(_) | TagEnd::CodeBlock) => {
                end_block(&mut out, lists.is_empty());
            }
            Event::Start(Tag::Link { dest_url, .. }) => link = Some(dest_url.into_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = link.take() {
                    out.push_str(&format!(" ({url})"));
                }
            }
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::Rule => end_block(&mut out, true),
            _ => {}
        }
    }
    out.trim().to_owned()
}

/// Ends a block: a blank line at the top level, a line break inside a list.
fn end_block(out: &mut String, top_level: bool) {
    while out.ends_with(' ') {
        out.pop();
    }
    if out.is_empty() {
        return;
    }
    let want = if top_level { "\n\n" } else { "\n" };
    while !out.ends_with(want) {
        out.push('\n');
    }
}
