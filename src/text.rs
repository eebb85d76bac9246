//! Text measures shared by the stages: the length of text as a reader sees
//! it (white space collapsed), commas, and CJK awareness.

/// The length of a piece of text with white space collapsed and trimmed,
/// in characters, plus what is needed to join it to its neighbours.
///
/// `TextSpan`s combine like the strings they measure (`a.then(b)` measures
/// `a + b`), so the length of any element's text is the fold of its
/// children's spans: computed bottom-up once, never by collecting strings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct TextSpan {
    /// Characters after trimming and collapsing white space runs to one.
    pub len: u32,
    /// Starts with white space (meaningful only when `content`).
    lead: bool,
    /// Ends with white space (meaningful only when `content`).
    trail: bool,
    /// Holds at least one non-white-space character.
    pub content: bool,
    /// Holds at least one white-space character.
    ws: bool,
}

impl TextSpan {
    /// Measures a string.
    pub(crate) fn of(s: &str) -> TextSpan {
        let mut span = TextSpan::default();
        let mut pending_space = false;
        for c in s.chars() {
            if is_space(c) {
                span.ws = true;
                if span.content {
                    pending_space = true;
                } else {
                    span.lead = true;
                }
            } else {
                if pending_space {
                    span.len += 1;
                    pending_space = false;
                }
                span.len += 1;
                span.content = true;
            }
        }
        span.trail = pending_space;
        span
    }

    /// The measure of `self` followed by `next`.
    pub(crate) fn then(self, next: TextSpan) -> TextSpan {
        match (self.content, next.content) {
            (false, false) => TextSpan {
                ws: self.ws || next.ws,
                ..TextSpan::default()
            },
            (false, true) => TextSpan {
                lead: self.ws || next.lead,
                ws: true,
                ..next
            },
            (true, false) => TextSpan {
                trail: self.trail || next.ws,
                ws: self.ws || next.ws,
                ..self
            },
            (true, true) => TextSpan {
                len: self.len + next.len + u32::from(self.trail || next.lead),
                lead: self.lead,
                trail: next.trail,
                content: true,
                ws: true,
            },
        }
    }
}

/// White space as HTML text collapsing sees it (plus the no-break and
/// ideographic spaces, which readers also see as gaps).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Commas in the scripts this crate scores (Latin, Arabic, CJK, ...).
pub(crate) fn is_comma(c: char) -> bool {
    matches!(
        c,
        ',' | '\u{060C}'
            | '\u{FE50}'
            | '\u{FE10}'
            | '\u{FE11}'
            | '\u{2E41}'
            | '\u{2E34}'
            | '\u{2E32}'
            | '\u{FF0C}'
            | '\u{3001}'
    )
}

/// Counts commas in a string.
pub(crate) fn count_commas(s: &str) -> u32 {
    s.chars().filter(|&c| is_comma(c)).count() as u32
}

/// Collapses white-space runs to one space and trims the ends.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(is_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The longest prefix of `s` that fits in `max` bytes, cut at a character
/// boundary.
pub(crate) fn prefix_within(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or_default()
}

/// `s` cut to at most `max` characters, at a word boundary when one is near;
/// a cut string ends with `…`, which counts towards `max`.
pub(crate) fn truncate_chars(s: &str, max: usize) -> String {
    if s.chars().nth(max).is_none() {
        return s.to_string();
    }
    let Some(keep) = max.checked_sub(1) else {
        return String::new();
    };
    let cut = s.char_indices().nth(keep).map_or(s.len(), |(i, _)| i);
    let head = s.get(..cut).unwrap_or_default();
    let at = head.rfind(is_space).filter(|&i| i > cut / 2).unwrap_or(cut);
    let mut out = head.get(..at).unwrap_or(head).trim_end().to_string();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure(parts: &[&str]) -> u32 {
        parts
            .iter()
            .fold(TextSpan::default(), |acc, p| acc.then(TextSpan::of(p)))
            .len
    }

    #[test]
    fn spans_measure_collapsed_trimmed_text() {
        for parts in [
            &["  foo  bar "][..],
            &["foo ", "bar"],
            &["foo", " ", "bar"],
            &["foo", "bar"],
            &["\n", "foo", "\n\n", "", " bar", "  "],
            &["", " ", ""],
            &["é à", "ü"],
        ] {
            let joined: String = parts.concat();
            let expected = collapse(&joined).chars().count() as u32;
            assert_eq!(measure(parts), expected, "{parts:?}");
        }
    }

    #[test]
    fn commas_in_several_scripts() {
        assert_eq!(count_commas("a, b، c，d、e"), 4);
    }

    #[test]
    fn truncation_respects_characters() {
        let s = "ééééé ééééé ééééé";
        let t = truncate_chars(s, 13);
        assert!(t.ends_with('…'));
        assert!(t.chars().count() <= 13);
        assert_eq!(truncate_chars("short", 10), "short");
        assert_eq!(truncate_chars("short", 5), "short");
        assert_eq!(truncate_chars("shorter", 5), "shor…");
        assert_eq!(truncate_chars("shorter", 0), "");
    }
}
