//! Images as a reader would see them once the page's scripts had run.
//!
//! Pages load images lazily: the real address waits in `data-src`,
//! `data-srcset`, `data-original` or a similar attribute while `src` holds
//! nothing, a `data:` stand-in or a placeholder file. Following
//! Readability, an image's real address is taken from those attributes
//! (known names first, then any attribute whose value looks like an image
//! URL or a `srcset`) when `src` is missing or a stand-in, or when the
//! element's class says it is lazy. An `<img>` left without `src` takes the
//! largest candidate of its `srcset`, or of the `<source>`s of its
//! `<picture>`, so every output format has one usable address.
//!
//! The values returned here are as written in the page; the writers resolve
//! and vet them (see [`super::urls`]).

use html5ever::local_name;

use super::urls::best_candidate;
use crate::dom::{Dom, NodeId, Tag};
use crate::patterns;

/// Attributes that hold the real `src` of a lazy image, most specific first.
const LAZY_SRC: &[&str] = &[
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-original-src",
    "data-lazy",
    "data-hi-res-src",
    "data-actualsrc",
    "data-echo",
    "data-url",
];

/// Attributes that hold the real `srcset` of a lazy image.
const LAZY_SRCSET: &[&str] = &[
    "data-srcset",
    "data-lazy-srcset",
    "data-original-srcset",
    "data-original-set",
];

/// The addresses of an image or `<source>`, as written in the page.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct ImageUrls {
    pub src: Option<String>,
    pub srcset: Option<String>,
}

/// Whether `src` is a stand-in that a script would replace: a `data:` URL
/// or a file named like a placeholder (`blank.gif`, `lazy-placeholder.png`).
fn is_placeholder(src: &str) -> bool {
    if is_data(src) {
        return true;
    }
    let path = src.split(['?', '#']).next().unwrap_or(src);
    patterns::PLACEHOLDER_IMAGE.is_match(path)
}

/// The addresses of an `<img>` or `<source>` with lazy loading undone; see
/// the module docs. `<img>`s without `src` take one from a `srcset`.
pub(crate) fn image_urls(dom: &Dom, id: NodeId) -> ImageUrls {
    let mut src: Option<String> = None;
    let mut srcset: Option<String> = None;
    let mut lazy_class = false;
    // (rank in the lists above, value); a guess from an unknown attribute
    // ranks after every known name.
    let mut lazy_src: Option<(usize, String)> = None;
    let mut lazy_srcset: Option<(usize, String)> = None;
    let keep_best = |slot: &mut Option<(usize, String)>, rank: usize, value: &str| {
        if slot.as_ref().is_none_or(|(r, _)| rank < *r) {
            *slot = Some((rank, value.to_string()));
        }
    };
    dom.for_each_attr(id, |name, value| {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        match *name {
            local_name!("src") => src = Some(value.to_string()),
            local_name!("srcset") => {
                if value != "null" {
                    srcset = Some(value.to_string());
                }
            }
            local_name!("class") => lazy_class = value.to_ascii_lowercase().contains("lazy"),
            local_name!("alt")
            | local_name!("title")
            | local_name!("id")
            | local_name!("style")
            | local_name!("sizes")
            | local_name!("type")
            | local_name!("media") => {}
            _ => {
                let name: &str = name;
                if let Some(rank) = LAZY_SRC.iter().position(|n| *n == name) {
                    keep_best(&mut lazy_src, rank, value);
                } else if let Some(rank) = LAZY_SRCSET.iter().position(|n| *n == name) {
                    keep_best(&mut lazy_srcset, rank, value);
                } else if !value.contains('.') {
                    // Both guesses below want a file extension: widths,
                    // flags and ids are passed without a regex test.
                } else if patterns::IMAGE_SRCSET_VALUE.is_match(value) {
                    keep_best(&mut lazy_srcset, LAZY_SRCSET.len(), value);
                } else if patterns::IMAGE_URL_VALUE.is_match(value) {
                    keep_best(&mut lazy_src, LAZY_SRC.len(), value);
                }
            }
        }
    });
    let stand_in = src.as_deref().is_none_or(is_placeholder);
    let lazy_set = lazy_srcset.is_some() && (srcset.is_none() || lazy_class || stand_in);
    if let Some((_, lazy)) = lazy_srcset.filter(|_| lazy_set) {
        srcset = Some(lazy);
    }
    match lazy_src {
        Some((_, lazy)) if stand_in || lazy_class => src = Some(lazy),
        // The stand-in gives way to the best candidate of the real srcset.
        None if stand_in && lazy_set => src = None,
        _ => {}
    }
    // A one-pixel `data:` stand-in with no real address behind it shows
    // nothing worth keeping.
    if src
        .as_deref()
        .is_some_and(|s| is_data(s) && !is_inline_image(s))
    {
        src = None;
    }
    if dom.tag(id) == Tag::Img && src.is_none() {
        src = srcset
            .as_deref()
            .and_then(best_candidate)
            .map(str::to_string)
            .or_else(|| picture_source(dom, id));
    }
    ImageUrls { src, srcset }
}

/// Whether an inline style sizes an image to a pixel or none
/// (`width:1px; height:1px`, a wire service's tracking pixel).
fn style_sizes_one_pixel(style: &str) -> bool {
    crate::dom::style_declarations(style).any(|(name, value)| {
        (name.eq_ignore_ascii_case("width") || name.eq_ignore_ascii_case("height"))
            && matches!(value, "1px" | "0px" | "0")
    })
}

/// Whether an `<img>` is a spacer or a tracking pixel rather than a
/// picture: one pixel wide or high as declared (a lazy image's declared
/// size may be a stand-in's, so only an image shown from its own `src`),
/// or a one-by-one GIF written inline. A declared 0 means "unknown" to
/// many CMSs and says nothing.
pub(crate) fn is_spacer(dom: &Dom, img: NodeId) -> bool {
    let one_pixel = |name| {
        dom.attr(img, &name).is_some_and(|v| {
            let v = v.trim();
            v == "1" || v.eq_ignore_ascii_case("1px")
        })
    };
    // A GIF's header gives its size right after the signature: "GIF89a",
    // width 1, height 1 is `R0lGODlhAQABA` in base64 ("GIF87a" too).
    const ONE_PIXEL_GIFS: [&str; 2] = ["R0lGODlhAQABA", "R0lGODdhAQABA"];
    let one_pixel_declared = one_pixel(local_name!("width"))
        || one_pixel(local_name!("height"))
        || dom
            .attr(img, &local_name!("style"))
            .is_some_and(style_sizes_one_pixel);
    // The address shown is one of the attributes' values: without a
    // declared pixel or a one-pixel GIF among them, the image is a picture
    // (and its addresses need not be worked out here).
    let mut gif_named = false;
    dom.for_each_attr(img, |_, value| {
        gif_named |= ONE_PIXEL_GIFS.iter().any(|gif| value.contains(gif));
    });
    if !one_pixel_declared && !gif_named {
        return false;
    }
    let shown = image_urls(dom, img).src;
    let own = dom.attr(img, &local_name!("src"));
    if one_pixel_declared && shown.as_deref() == own {
        return true;
    }
    // The address the image shows, lazy loading undone: a 1-pixel stand-in
    // whose real picture waits in `data-src` is a picture.
    shown.is_some_and(|src| {
        src.split_once(";base64,").is_some_and(|(head, payload)| {
            is_data(head) && ONE_PIXEL_GIFS.iter().any(|gif| payload.starts_with(gif))
        })
    })
}

/// Whether a URL is a `data:` URL.
fn is_data(src: &str) -> bool {
    src.get(..5)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("data:"))
}

/// A `data:` image that is a real picture rather than a 1-pixel stand-in:
/// Readability's threshold is 133 characters of payload.
fn is_inline_image(src: &str) -> bool {
    is_data(src)
        && src
            .split_once(',')
            .is_some_and(|(_, payload)| payload.len() >= 133)
}

/// The best address offered by the `<source>`s of the `<picture>` that
/// holds `img`.
fn picture_source(dom: &Dom, img: NodeId) -> Option<String> {
    let picture = dom.parent(img).filter(|&p| dom.tag(p) == Tag::Picture)?;
    dom.children(picture)
        .filter(|&c| dom.tag(c) == Tag::Source)
        .find_map(|source| {
            let urls = image_urls(dom, source);
            urls.srcset
                .as_deref()
                .and_then(best_candidate)
                .map(str::to_string)
                .or(urls.src)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_str;

    fn urls(html: &str) -> ImageUrls {
        let dom = Dom::index(parse_str(html));
        let img = dom
            .find(Tag::Img)
            .or_else(|| dom.find(Tag::Source))
            .unwrap();
        image_urls(&dom, img)
    }

    fn src(html: &str) -> Option<String> {
        urls(html).src
    }

    fn spacer(html: &str) -> bool {
        let dom = Dom::index(parse_str(html));
        is_spacer(&dom, dom.find(Tag::Img).unwrap())
    }

    #[test]
    fn spacers_and_tracking_pixels_are_told_from_pictures() {
        assert!(spacer(r#"<img src="/pixel?id=1" width="1" height="1">"#));
        assert!(spacer(r#"<img src="s.gif" height="1" width="40">"#));
        assert!(spacer(r#"<img src="bar.gif" width="1px" height="24">"#));
        assert!(spacer(
            r#"<img src="https://t.example/rt.gif?id=9" style="border:0px; width:1px; height:1px;">"#
        ));
        assert!(!spacer(
            r#"<img src="photo.jpg" style="width:100%; max-width:1px">"#
        ));
        // A 1-by-1 GIF written inline (`GIF89a`, width 1, height 1), long
        // enough with its metadata to pass for a picture.
        let pixel = format!(
            r#"<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAAAAACH/C1hNUCBEYXRh{}">"#,
            "A".repeat(200)
        );
        assert!(spacer(&pixel));
        // Pictures: a declared 0 ("unknown"), an aspect ratio, a lazy
        // image whose stand-in is one pixel, an inline GIF of 3 by 2.
        assert!(!spacer(r#"<img src="photo.jpg" width="570" height="0">"#));
        assert!(!spacer(r#"<img src="photo.jpg" width="3" height="2">"#));
        assert!(!spacer(
            r#"<img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" data-src="photo.jpg" width="1" height="1">"#
        ));
        assert!(!spacer(
            r#"<img src="data:image/gif;base64,R0lGODdhAwACAPAAAAAAACZFySH5BAEAAAEALAAAAAADAAIAAAICjF8AOw==">"#
        ));
        assert!(!spacer(r#"<img src="photo.jpg">"#));
    }

    #[test]
    fn plain_images_are_left_alone() {
        assert_eq!(
            src(r#"<img src="a.jpg" data-src="b.jpg">"#).as_deref(),
            Some("a.jpg")
        );
    }

    #[test]
    fn known_lazy_attributes_fill_a_missing_or_stand_in_src() {
        assert_eq!(
            src(r#"<img data-src="real.jpg">"#).as_deref(),
            Some("real.jpg")
        );
        assert_eq!(
            src(
                r#"<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-lazy-src="real.jpg">"#
            )
            .as_deref(),
            Some("real.jpg")
        );
        assert_eq!(
            src(r#"<img src="/img/placeholder.png" data-original="real.jpg">"#).as_deref(),
            Some("real.jpg")
        );
        assert_eq!(
            src(r#"<img class="lazyload" src="thumb.jpg" data-src="full.jpg">"#).as_deref(),
            Some("full.jpg")
        );
        assert_eq!(
            src(r#"<img data-url="second.jpg" data-src="first.jpg">"#).as_deref(),
            Some("first.jpg"),
            "known names rank by specificity, not order"
        );
    }

    #[test]
    fn unknown_attributes_that_look_like_images_are_used() {
        assert_eq!(
            src(r#"<img data-delayed-url="/photos/harbour.jpg?w=800">"#).as_deref(),
            Some("/photos/harbour.jpg?w=800")
        );
        let u = urls(r#"<img src="blank.gif" data-lazy-set="a.jpg 1x, b.jpg 2x">"#);
        assert_eq!(u.srcset.as_deref(), Some("a.jpg 1x, b.jpg 2x"));
        assert_eq!(u.src.as_deref(), Some("b.jpg"));
        assert_eq!(src(r#"<img data-caption="A caption">"#), None);
    }

    #[test]
    fn lazy_srcsets_and_sources() {
        let u = urls(r#"<img data-srcset="s.jpg 480w, l.jpg 1200w">"#);
        assert_eq!(u.srcset.as_deref(), Some("s.jpg 480w, l.jpg 1200w"));
        assert_eq!(
            u.src.as_deref(),
            Some("l.jpg"),
            "src from the largest candidate"
        );
        let u = urls(r#"<picture><source data-srcset="a.webp 1x, b.webp 2x"></picture>"#);
        assert_eq!(u.srcset.as_deref(), Some("a.webp 1x, b.webp 2x"));
    }

    #[test]
    fn pictures_give_their_img_a_src() {
        assert_eq!(
            src(r#"<picture><source srcset="p.webp 1x, p2.webp 2x" type="image/webp"><img alt="x"></picture>"#)
                .as_deref(),
            Some("p2.webp")
        );
    }

    #[test]
    fn stand_ins_without_a_real_address_are_dropped() {
        assert_eq!(
            src(r#"<img src="/loading-dock.jpg">"#).as_deref(),
            Some("/loading-dock.jpg"),
            "a file named like a stand-in stays when nothing replaces it"
        );
        assert_eq!(src(r#"<img src="data:image/gif;base64,R0lGOD">"#), None);
        let payload = "A".repeat(200);
        assert!(src(&format!(r#"<img src="data:image/png;base64,{payload}">"#)).is_some());
    }
}
