//! Stage 1: HTML text to a tree, fed in chunks so that limits and the time
//! budget are checked while the parser works, not after.

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{ParseOpts, parse_document};

use crate::budget::Budget;
use crate::dom::{LimitedSink, RawDom, SinkLimits};
use crate::error::{Error, ErrorKind};

/// Bytes handed to the parser at a time. Small enough that one chunk of a
/// pathological page (quadratic nesting or attribute lists) costs little
/// past the deadline, large enough that the per-chunk overhead is noise.
const CHUNK: usize = 8 * 1024;

/// Whether the page is parsed as a browser with scripts enabled parses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scripting {
    /// `<noscript>` content is one raw text node, as browsers build it; the
    /// normal case.
    Enabled,
    /// `<noscript>` content is parsed as markup, as a browser without
    /// scripts builds it; for pages whose article is only there.
    Disabled,
}

/// Parses `html` under `limits` and `budget`.
pub(crate) fn parse(
    html: &str,
    limits: SinkLimits,
    scripting: Scripting,
    budget: &Budget,
) -> Result<RawDom, Error> {
    let sink = LimitedSink::new(limits);
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: scripting == Scripting::Enabled,
            ..TreeBuilderOpts::default()
        },
        ..ParseOpts::default()
    };
    let mut parser = parse_document(sink, opts);
    let mut rest = html;
    while !rest.is_empty() {
        let mut cut = rest.len().min(CHUNK);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (chunk, tail) = rest.split_at(cut);
        rest = tail;
        parser.process(StrTendril::from_slice(chunk));
        if let Some((limit, value)) = parser.tokenizer.sink.sink.tripped() {
            return Err(Error::new(ErrorKind::LimitExceeded { limit, value }));
        }
        budget.check()?;
    }
    let sink = parser.finish();
    if let Some((limit, value)) = sink.tripped() {
        return Err(Error::new(ErrorKind::LimitExceeded { limit, value }));
    }
    Ok(sink.into_dom())
}

/// Parses without limits; for tests and internal fragments.
#[cfg(test)]
pub(crate) fn parse_str(html: &str) -> RawDom {
    let limits = SinkLimits {
        max_nodes: None,
        max_depth: None,
        max_open_depth: None,
        max_attributes: None,
    };
    match parse(html, limits, Scripting::Enabled, &Budget::unlimited()) {
        Ok(dom) => dom,
        Err(e) => panic!("unlimited parse failed: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Limit;

    fn limits() -> SinkLimits {
        SinkLimits {
            max_nodes: Some(1000),
            max_depth: Some(16),
            max_open_depth: Some(100),
            max_attributes: Some(8),
        }
    }

    #[test]
    fn node_limit_fires_during_the_parse() {
        let html = "<p>x</p>".repeat(5000);
        let err = parse(&html, limits(), Scripting::Enabled, &Budget::unlimited())
            .err()
            .unwrap();
        assert_eq!(
            err.kind(),
            ErrorKind::LimitExceeded {
                limit: Limit::Nodes,
                value: 1000
            }
        );
    }

    #[test]
    fn deep_content_is_kept_at_the_depth_limit() {
        let html = "<div>".repeat(50) + "deep text";
        let mut l = limits();
        l.max_open_depth = None;
        let dom = parse(&html, l, Scripting::Enabled, &Budget::unlimited()).unwrap();
        let d = crate::dom::Dom::index(dom);
        let text = (0..d.len())
            .find(|&i| d.tag(i) == crate::dom::Tag::Text)
            .unwrap();
        assert_eq!(&*d.text(text).unwrap(), "deep text");
        assert!(d.ancestors(text).count() <= 18);
    }

    #[test]
    fn open_depth_is_a_hard_stop() {
        let html = "<div>".repeat(500);
        let err = parse(&html, limits(), Scripting::Enabled, &Budget::unlimited())
            .err()
            .unwrap();
        assert_eq!(
            err.kind(),
            ErrorKind::LimitExceeded {
                limit: Limit::Depth,
                value: 100
            }
        );
    }

    #[test]
    fn attribute_limit() {
        let attrs: String = (0..20).map(|i| format!(" a{i}=x")).collect();
        let html = format!("<p{attrs}>x</p>");
        let err = parse(&html, limits(), Scripting::Enabled, &Budget::unlimited())
            .err()
            .unwrap();
        assert!(matches!(
            err.kind(),
            ErrorKind::LimitExceeded {
                limit: Limit::Attributes,
                ..
            }
        ));
    }
}
