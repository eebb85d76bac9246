//! [`Tag`]: element names as a small enum, so that every stage compares
//! bytes instead of strings, plus the tag sets the stages share.

use html5ever::{LocalName, Namespace, local_name, ns};

macro_rules! tags {
    ($($variant:ident => $name:tt,)*) => {
        /// An HTML element name, or the kind of a non-element node.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub(crate) enum Tag {
            $($variant,)*
            /// A text node.
            Text,
            /// A comment, doctype or processing instruction.
            Comment,
            /// The document root.
            Document,
            /// An element inside `<svg>` or `<math>` (other than the root).
            Foreign,
            /// An SVG `<title>` or `<desc>` (an icon's tooltip or
            /// accessible description) or a MathML `<annotation>` (a
            /// formula's source, such as its TeX): never shown as text.
            ForeignLabel,
            /// An HTML element this crate has no rule for (custom elements).
            Other,
        }

        impl Tag {
            /// Every named element tag, for tests that go through them all.
            #[cfg(test)]
            pub(crate) const NAMED: &'static [Tag] = &[$(Tag::$variant,)*];

            /// The tag of an element, from its namespace and local name.
            pub(crate) fn of(ns: &Namespace, local: &LocalName) -> Tag {
                if *ns != ns!(html) {
                    return match *local {
                        local_name!("svg") => Tag::Svg,
                        local_name!("math") => Tag::Math,
                        local_name!("title") | local_name!("desc") if *ns == ns!(svg) => {
                            Tag::ForeignLabel
                        }
                        local_name!("annotation") | local_name!("annotation-xml")
                            if *ns == ns!(mathml) =>
                        {
                            Tag::ForeignLabel
                        }
                        _ => Tag::Foreign,
                    };
                }
                TAG_TABLE.get(local)
            }

            /// Every named tag with its interned name, for the lookup table.
            fn interned() -> impl Iterator<Item = (LocalName, Tag)> {
                [$((local_name!($name), Tag::$variant),)*].into_iter()
            }

            /// The lower-case element name, for output; `None` for tags
            /// without a fixed name (text, foreign, unknown elements).
            pub(crate) fn name(self) -> Option<&'static str> {
                match self {
                    $(Tag::$variant => Some($name),)*
                    _ => None,
                }
            }
        }
    };
}

tags! {
    A => "a", Abbr => "abbr", Acronym => "acronym", Address => "address", Applet => "applet",
    Area => "area", Article => "article", Aside => "aside", Audio => "audio", B => "b",
    Base => "base", Basefont => "basefont", Bdi => "bdi", Bdo => "bdo", Big => "big",
    Blockquote => "blockquote", Body => "body", Br => "br", Button => "button", Canvas => "canvas",
    Caption => "caption", Center => "center", Cite => "cite", Code => "code", Col => "col",
    Colgroup => "colgroup", Data => "data", Datalist => "datalist", Dd => "dd", Del => "del",
    Details => "details", Dfn => "dfn", Dialog => "dialog", Dir => "dir", Div => "div", Dl => "dl",
    Dt => "dt", Em => "em", Embed => "embed", Fieldset => "fieldset", Figcaption => "figcaption",
    Figure => "figure", Font => "font", Footer => "footer", Form => "form", Frame => "frame",
    Frameset => "frameset", H1 => "h1", H2 => "h2", H3 => "h3", H4 => "h4", H5 => "h5", H6 => "h6",
    Head => "head", Header => "header", Hgroup => "hgroup", Hr => "hr", Html => "html", I => "i",
    Iframe => "iframe", Img => "img", Input => "input", Ins => "ins", Kbd => "kbd",
    Label => "label", Legend => "legend", Li => "li", Link => "link", Main => "main", Map => "map",
    Mark => "mark", Marquee => "marquee", Math => "math", Menu => "menu", Meta => "meta",
    Meter => "meter", Nav => "nav", Nobr => "nobr", Noembed => "noembed", Noframes => "noframes",
    Noscript => "noscript", Object => "object", Ol => "ol", Optgroup => "optgroup",
    Option => "option", Output => "output", P => "p", Param => "param", Picture => "picture",
    Plaintext => "plaintext", Pre => "pre", Progress => "progress", Q => "q", Rp => "rp",
    Rt => "rt", Ruby => "ruby", S => "s", Samp => "samp", Script => "script", Search => "search",
    Section => "section", Select => "select", Slot => "slot", Small => "small", Source => "source",
    Span => "span", Strike => "strike", Strong => "strong", Style => "style", Sub => "sub",
    Summary => "summary", Sup => "sup", Svg => "svg", Table => "table", Tbody => "tbody",
    Td => "td", Template => "template", Textarea => "textarea", Tfoot => "tfoot", Th => "th",
    Thead => "thead", Time => "time", Title => "title", Tr => "tr", Track => "track", Tt => "tt",
    U => "u", Ul => "ul", Var => "var", Video => "video", Wbr => "wbr", Xmp => "xmp",
}

/// HTML element names to tags, found by the interned name's hash.
///
/// A `match` over the 120-odd names compiles to a tree of integer compares
/// taken in an order no branch predictor learns (page after page mixes
/// `div`, `a`, `span`, `li`...); one probe here costs a hash load, a
/// multiply and one compare that nearly always succeeds.
struct TagTable {
    /// Open addressing, linear probing; at most a third full (132 names in
    /// 512 slots), so a probe ends soon and always reaches an empty slot.
    slots: Box<[Option<(LocalName, Tag)>]>,
}

/// log2 of the table's slots: 512 slots for the named tags.
const TAG_TABLE_BITS: u32 = 9;

/// The table's slots, and the mask that wraps a probe around them.
const TAG_TABLE_SLOTS: usize = 1 << TAG_TABLE_BITS;
const TAG_TABLE_MASK: usize = TAG_TABLE_SLOTS - 1;

static TAG_TABLE: once_cell::sync::Lazy<TagTable> = once_cell::sync::Lazy::new(TagTable::build);

/// Builds the table of tag names now (see [`crate::warm_up`]).
pub(crate) fn build_table() {
    once_cell::sync::Lazy::force(&TAG_TABLE);
}

impl TagTable {
    fn build() -> TagTable {
        let mut slots = vec![None; TAG_TABLE_SLOTS].into_boxed_slice();
        for (name, tag) in Tag::interned() {
            let mut i = Self::slot(&name);
            while slots[i].is_some() {
                i = (i + 1) & TAG_TABLE_MASK;
            }
            slots[i] = Some((name, tag));
        }
        TagTable { slots }
    }

    /// Fibonacci hashing of the atom's own hash (precomputed for static
    /// atoms; the packed bytes for short inline ones, hence the mixing).
    fn slot(name: &LocalName) -> usize {
        (name.get_hash().wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - TAG_TABLE_BITS)) as usize
    }

    /// The tag named `name`, or `Other`.
    fn get(&self, name: &LocalName) -> Tag {
        let mut i = Self::slot(name);
        loop {
            match self.slots.get(i) {
                Some(Some((known, tag))) if known == name => return *tag,
                Some(Some(_)) => i = (i + 1) & TAG_TABLE_MASK,
                _ => return Tag::Other,
            }
        }
    }
}

impl Tag {
    /// Whether this is an element (of any namespace).
    pub(crate) fn is_element(self) -> bool {
        !matches!(self, Tag::Text | Tag::Comment | Tag::Document)
    }

    /// Elements whose content never reaches the article: code, styling,
    /// metadata and raw-text containers.
    pub(crate) fn is_ignored(self) -> bool {
        matches!(
            self,
            Tag::Script
                | Tag::Style
                | Tag::Template
                | Tag::Noscript
                | Tag::Noframes
                | Tag::Noembed
                | Tag::Head
                | Tag::Title
                | Tag::Meta
                | Tag::Link
                | Tag::Base
                | Tag::Param
                | Tag::Source
                | Tag::Track
                | Tag::Datalist
                | Tag::Option
                | Tag::Optgroup
                | Tag::Comment
                | Tag::ForeignLabel
        )
    }

    /// Headings `h1`–`h6`.
    pub(crate) fn is_heading(self) -> bool {
        matches!(
            self,
            Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6
        )
    }

    /// "Phrasing content" as the HTML standard and Readability define it:
    /// elements that live inside a paragraph. `a`, `del` and `ins` are
    /// phrasing only when their children are, which the caller checks.
    pub(crate) fn is_phrasing(self) -> bool {
        matches!(
            self,
            Tag::Text
                | Tag::Abbr
                | Tag::Audio
                | Tag::B
                | Tag::Bdo
                | Tag::Br
                | Tag::Button
                | Tag::Cite
                | Tag::Code
                | Tag::Data
                | Tag::Datalist
                | Tag::Dfn
                | Tag::Em
                | Tag::Embed
                | Tag::I
                | Tag::Img
                | Tag::Input
                | Tag::Kbd
                | Tag::Label
                | Tag::Mark
                | Tag::Math
                | Tag::Meter
                | Tag::Noscript
                | Tag::Object
                | Tag::Output
                | Tag::Progress
                | Tag::Q
                | Tag::Ruby
                | Tag::Samp
                | Tag::Script
                | Tag::Select
                | Tag::Small
                | Tag::Span
                | Tag::Strong
                | Tag::Sub
                | Tag::Sup
                | Tag::Textarea
                | Tag::Time
                | Tag::Var
                | Tag::Wbr
                | Tag::Font
        )
    }

    /// Tags that make a `div` a container rather than a paragraph
    /// (Readability's `DIV_TO_P_ELEMS`).
    pub(crate) fn is_div_block(self) -> bool {
        matches!(
            self,
            Tag::Blockquote
                | Tag::Dl
                | Tag::Div
                | Tag::Img
                | Tag::Ol
                | Tag::P
                | Tag::Pre
                | Tag::Table
                | Tag::Ul
        )
    }

    /// Block-level elements for text layout: they start a new line or
    /// paragraph in plain-text output.
    pub(crate) fn is_block(self) -> bool {
        matches!(
            self,
            Tag::Address
                | Tag::Article
                | Tag::Aside
                | Tag::Blockquote
                | Tag::Body
                | Tag::Caption
                | Tag::Center
                | Tag::Dd
                | Tag::Details
                | Tag::Dialog
                | Tag::Dir
                | Tag::Div
                | Tag::Dl
                | Tag::Dt
                | Tag::Fieldset
                | Tag::Figcaption
                | Tag::Figure
                | Tag::Footer
                | Tag::Form
                | Tag::Frameset
                | Tag::H1
                | Tag::H2
                | Tag::H3
                | Tag::H4
                | Tag::H5
                | Tag::H6
                | Tag::Header
                | Tag::Hgroup
                | Tag::Hr
                | Tag::Html
                | Tag::Legend
                | Tag::Li
                | Tag::Main
                | Tag::Menu
                | Tag::Nav
                | Tag::Ol
                | Tag::P
                | Tag::Pre
                | Tag::Search
                | Tag::Section
                | Tag::Summary
                | Tag::Table
                | Tag::Tbody
                | Tag::Td
                | Tag::Tfoot
                | Tag::Th
                | Tag::Thead
                | Tag::Tr
                | Tag::Ul
                | Tag::Other
        ) || self.is_embedded_block()
    }

    /// Blocks whose content is no lines of text: embedded media and
    /// frames, and the raw-text blocks (`<plaintext>`, `<xmp>`).
    pub(crate) fn is_embedded_block(self) -> bool {
        matches!(
            self,
            Tag::Video
                | Tag::Audio
                | Tag::Iframe
                | Tag::Canvas
                | Tag::Object
                | Tag::Embed
                | Tag::Plaintext
                | Tag::Xmp
        )
    }

    /// Void elements: never have children and no end tag.
    pub(crate) fn is_void(self) -> bool {
        matches!(
            self,
            Tag::Area
                | Tag::Base
                | Tag::Br
                | Tag::Col
                | Tag::Embed
                | Tag::Hr
                | Tag::Img
                | Tag::Input
                | Tag::Link
                | Tag::Meta
                | Tag::Param
                | Tag::Source
                | Tag::Track
                | Tag::Wbr
                | Tag::Frame
                | Tag::Basefont
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_names_map_to_tags_and_back() {
        assert_eq!(Tag::of(&ns!(html), &local_name!("p")), Tag::P);
        assert_eq!(
            Tag::of(&ns!(html), &local_name!("blockquote")),
            Tag::Blockquote
        );
        assert_eq!(Tag::P.name(), Some("p"));
        assert_eq!(
            Tag::of(&ns!(html), &LocalName::from("my-widget")),
            Tag::Other
        );
    }

    #[test]
    fn every_named_tag_is_found_from_its_name_however_interned() {
        // The table stays at most a third full (a probe ends soon and
        // always reaches an empty slot).
        assert!(Tag::NAMED.len() * 3 <= TAG_TABLE_SLOTS);
        for &tag in Tag::NAMED {
            let name = tag.name().expect("a named tag has a name");
            // The parser's static atom, and the same name built at run time.
            assert_eq!(Tag::of(&ns!(html), &LocalName::from(name)), tag, "{name}");
            let owned = LocalName::from(String::from(name));
            assert_eq!(Tag::of(&ns!(html), &owned), tag, "{name}");
        }
        // Names outside the set, short (an inline atom) and long (a
        // dynamic one), are not elements with rules.
        for other in ["x", "ab", "wxyz", "custom-element-name", "divs", "h7"] {
            assert_eq!(
                Tag::of(&ns!(html), &LocalName::from(other)),
                Tag::Other,
                "{other}"
            );
        }
    }

    #[test]
    fn foreign_elements_are_not_html() {
        assert_eq!(Tag::of(&ns!(svg), &local_name!("svg")), Tag::Svg);
        assert_eq!(Tag::of(&ns!(svg), &local_name!("title")), Tag::ForeignLabel);
        assert_eq!(
            Tag::of(&ns!(mathml), &local_name!("annotation")),
            Tag::ForeignLabel
        );
        assert!(Tag::of(&ns!(svg), &local_name!("desc")).is_ignored());
        assert_eq!(Tag::of(&ns!(svg), &local_name!("text")), Tag::Foreign);
        assert_eq!(Tag::of(&ns!(svg), &local_name!("a")), Tag::Foreign);
        assert_eq!(Tag::of(&ns!(mathml), &local_name!("math")), Tag::Math);
    }
}
