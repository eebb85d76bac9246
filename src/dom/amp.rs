//! AMP components put in the tree as the HTML elements they render.
//!
//! An AMP page writes its media as custom elements that the AMP runtime
//! turns into ordinary ones: `<amp-img>` becomes an image, `<amp-video>`
//! a video, `<amp-youtube data-videoid>` a YouTube player. Read as they
//! are, the article loses its pictures and players. This pass rewrites
//! each one as the element it renders, and takes out the components that
//! render advertising, tracking and consent prompts (an `<amp-ad>`'s
//! "Loading ad" placeholder is no part of the text).
//!
//! Each parent's children are gone through once, however many components
//! it holds.

use html5ever::{Attribute, LocalName, QualName, local_name, ns};

use super::normalize::{Walk, parents_of_picked};
use super::{RawDom, RawId, Tag};

/// What becomes of a component.
enum Rendered {
    /// The element it renders, with the attributes it passes on; its
    /// children go (placeholders and fallbacks) unless `keep_children`.
    As {
        tag: LocalName,
        attrs: Vec<Attribute>,
        keep_children: bool,
    },
    /// Nothing a reader sees as the page's content.
    Nothing,
}

/// Rewrites every AMP media component and removes every advertising,
/// tracking and consent one. Returns whether the tree changed.
pub(super) fn render_components(dom: &mut RawDom, walk: &Walk) -> bool {
    // Components are custom elements: only those are asked.
    let parents = parents_of_picked(dom, walk, |tag, node| {
        tag == Tag::Other && is_component(dom, node)
    });
    let changed = !parents.is_empty();
    for parent in parents {
        for child in dom.child_list(parent) {
            if dom.tag(child) != Tag::Other {
                continue;
            }
            match rendered(dom, child) {
                None => {}
                Some(Rendered::Nothing) => dom.detach(child),
                Some(Rendered::As {
                    tag,
                    attrs,
                    keep_children,
                }) => {
                    let element = dom.create_html_element(tag, attrs);
                    if keep_children {
                        dom.move_children(child, element);
                    }
                    dom.replace(child, element);
                }
            }
        }
    }
    changed
}

/// Whether `node` is an AMP component this pass rewrites or removes.
fn is_component(dom: &RawDom, node: RawId) -> bool {
    dom.element(node)
        .is_some_and(|e| e.name.ns == ns!(html) && e.name.local.starts_with("amp-"))
        && rendered(dom, node).is_some()
}

/// What an AMP component renders; `None` for every other node, and for
/// the AMP layout components (carousels, accordions), whose children are
/// the content.
fn rendered(dom: &RawDom, node: RawId) -> Option<Rendered> {
    let element = dom.element(node)?;
    if element.name.ns != ns!(html) {
        return None;
    }
    let component = element.name.local.strip_prefix("amp-")?;
    let attrs = &element.attrs;
    let media = |tag: LocalName, keep_children: bool| {
        Some(Rendered::As {
            tag,
            attrs: passed_on(attrs),
            keep_children,
        })
    };
    match component {
        "img" | "anim" => media(local_name!("img"), false),
        "video" => media(local_name!("video"), true),
        "audio" => media(local_name!("audio"), true),
        "iframe" => media(local_name!("iframe"), false),
        "youtube" | "vimeo" | "dailymotion" => {
            let id = attrs
                .iter()
                .find(|a| &*a.name.local == "data-videoid")
                .map(|a| a.value.to_string())
                .filter(|id| !id.is_empty() && id.bytes().all(is_video_id_byte))?;
            let src = match component {
                "youtube" => format!("https://www.youtube.com/embed/{id}"),
                "vimeo" => format!("https://player.vimeo.com/video/{id}"),
                _ => format!("https://www.dailymotion.com/embed/video/{id}"),
            };
            let mut passed = passed_on(attrs);
            passed.retain(|a| a.name.local != local_name!("src"));
            passed.push(attribute(local_name!("src"), &src));
            Some(Rendered::As {
                tag: local_name!("iframe"),
                attrs: passed,
                keep_children: false,
            })
        }
        "ad"
        | "embed"
        | "sticky-ad"
        | "auto-ads"
        | "analytics"
        | "pixel"
        | "consent"
        | "user-notification"
        | "geo"
        | "experiment"
        | "install-serviceworker"
        | "call-tracking"
        | "social-share"
        | "next-page" => Some(Rendered::Nothing),
        _ => None,
    }
}

/// The attributes a component passes to the element it renders.
fn passed_on(attrs: &[Attribute]) -> Vec<Attribute> {
    const PASSED: &[&str] = &[
        "src", "srcset", "sizes", "alt", "title", "width", "height", "poster", "controls", "id",
        "class",
    ];
    attrs
        .iter()
        .filter(|a| PASSED.contains(&&*a.name.local))
        .cloned()
        .collect()
}

fn attribute(name: LocalName, value: &str) -> Attribute {
    Attribute {
        name: QualName::new(None, ns!(), name),
        value: value.into(),
    }
}

/// The bytes of a video id (letters, digits, `-` and `_`): the id goes
/// into a URL, so nothing else is let through.
fn is_video_id_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

#[cfg(test)]
mod tests {
    use super::super::RawData;
    use super::super::normalize::parsed;
    use super::*;

    /// The elements and texts after the pass, in document order.
    fn rendered_page(html: &str) -> String {
        let mut dom = parsed(html);
        let walk = Walk::of(&dom);
        render_components(&mut dom, &walk);
        let body = dom.preorder(RawDom::DOCUMENT);
        let mut out = String::new();
        for node in body {
            match dom.data(node) {
                RawData::Element(element) => {
                    out.push_str(&element.name.local);
                    for a in &element.attrs {
                        out.push_str(&format!(" {}={}", a.name.local, a.value));
                    }
                    out.push('|');
                }
                RawData::Text(contents) => {
                    out.push_str(contents);
                    out.push('|');
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn media_components_become_the_elements_they_render() {
        let page = rendered_page(
            "<p>a</p><amp-img src=x.jpg alt=Bus width=8 height=4 layout=responsive>\
             <noscript><img src=x.jpg></noscript></amp-img>\
             <amp-youtube data-videoid=abc_1-2 width=4 height=3></amp-youtube>\
             <amp-video src=v.mp4 poster=p.jpg><source src=v.webm></amp-video><p>b</p>",
        );
        assert!(
            page.contains("img src=x.jpg alt=Bus width=8 height=4|"),
            "{page}"
        );
        assert!(!page.contains("noscript"), "{page}");
        assert!(
            page.contains("iframe width=4 height=3 src=https://www.youtube.com/embed/abc_1-2|"),
            "{page}"
        );
        assert!(
            page.contains("video src=v.mp4 poster=p.jpg|source src=v.webm|"),
            "{page}"
        );
        assert!(!page.contains("amp-"), "{page}");
    }

    #[test]
    fn advertising_and_tracking_components_go_and_layouts_stay() {
        let page = rendered_page(
            "<p>a</p><amp-ad type=x><div placeholder>Loading ad</div></amp-ad>\
             <amp-analytics></amp-analytics>\
             <amp-carousel><p>slide</p></amp-carousel>\
             <amp-youtube data-videoid='a\"b'></amp-youtube><p>b</p>",
        );
        assert!(
            !page.contains("Loading ad") && !page.contains("amp-analytics"),
            "{page}"
        );
        assert!(page.contains("amp-carousel|p|slide|"), "{page}");
        // An id that would not be a URL's path stays unrendered.
        assert!(page.contains("amp-youtube"), "{page}");
    }
}
