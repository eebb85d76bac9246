//! The kind of page a page declares itself: schema.org types and
//! OpenGraph `og:type` values mapped to [`PageType`].

use crate::article::PageType;

/// A schema.org type's name without its prefix: `schema:Recipe` and
/// `https://schema.org/Recipe` are `Recipe`.
pub(super) fn schema_name(t: &str) -> &str {
    t.rsplit(['/', ':', '#']).next().unwrap_or(t).trim()
}

/// The kind a schema.org type names (`NewsArticle`, `schema:Recipe`,
/// `https://schema.org/Product`), if it is one we report. Generic types
/// (`WebPage`, `WebSite`, `Organization`, `BreadcrumbList`) name none.
pub(super) fn from_schema_type(name: &str) -> Option<PageType> {
    Some(match schema_name(name) {
        "TechArticle" | "APIReference" | "HowTo" => PageType::Documentation,
        // Not `Question` alone: an FAQ block lists its questions too.
        "QAPage" | "DiscussionForumPosting" => PageType::Discussion,
        "Product" | "ProductGroup" | "ProductModel" | "IndividualProduct" | "SomeProducts" => {
            PageType::Product
        }
        "Recipe" => PageType::Recipe,
        "VideoObject" => PageType::Video,
        "ProfilePage" | "AboutPage" => PageType::Profile,
        "CollectionPage" | "SearchResultsPage" => PageType::Listing,
        name if name.ends_with("Event") && name.len() <= 32 => PageType::Event,
        name if super::jsonld::is_article_type(name) => PageType::Article,
        _ => return None,
    })
}

/// The kind an `og:type` value names (`article`, `product`,
/// `video.movie`, `profile`); `website` and the others name none.
pub(super) fn from_og_type(value: &str) -> Option<PageType> {
    let value = value.trim().to_ascii_lowercase();
    let kind = value.strip_prefix("og:").unwrap_or(&value);
    let family = kind.split('.').next().unwrap_or(kind);
    Some(match family {
        "article" | "blog" => PageType::Article,
        "product" => PageType::Product,
        "video" => PageType::Video,
        "profile" => PageType::Profile,
        _ => return None,
    })
}

/// How specific a kind is: when a page declares several, the most specific
/// one says what the page is. A listing or a profile is declared by the
/// page about itself (`CollectionPage`, `ProfilePage`), so it wins over the
/// things listed on it and over a site-wide `og:type` of `article`. A
/// recipe is usually wrapped in a post; a product, an event or a video
/// declared beside an article is what the article is about or shows, so
/// the article wins over them.
fn specificity(kind: PageType) -> u8 {
    match kind {
        PageType::Listing | PageType::Profile => 7,
        PageType::Recipe => 6,
        PageType::Discussion | PageType::Documentation => 5,
        PageType::Article => 4,
        PageType::Product | PageType::Event => 3,
        PageType::Video => 2,
    }
}

/// The item of the most specific kind, the first one on a tie.
pub(super) fn most_specific<T>(
    items: impl IntoIterator<Item = T>,
    kind: impl Fn(&T) -> PageType,
) -> Option<T> {
    items.into_iter().fold(None, |best, item| match best {
        Some(b) if specificity(kind(&b)) >= specificity(kind(&item)) => Some(b),
        _ => Some(item),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_types_name_their_kind_in_any_spelling() {
        assert_eq!(from_schema_type("NewsArticle"), Some(PageType::Article));
        assert_eq!(
            from_schema_type("schema:BlogPosting"),
            Some(PageType::Article)
        );
        assert_eq!(
            from_schema_type("https://schema.org/Product"),
            Some(PageType::Product)
        );
        assert_eq!(
            from_schema_type("TechArticle"),
            Some(PageType::Documentation)
        );
        assert_eq!(from_schema_type("MusicEvent"), Some(PageType::Event));
        assert_eq!(from_schema_type("QAPage"), Some(PageType::Discussion));
        for generic in [
            "WebPage",
            "WebSite",
            "Organization",
            "Person",
            "BreadcrumbList",
            "FAQPage",
            "Question",
        ] {
            assert_eq!(from_schema_type(generic), None, "{generic}");
        }
    }

    #[test]
    fn og_types_name_their_family() {
        assert_eq!(from_og_type("article"), Some(PageType::Article));
        assert_eq!(from_og_type("og:product"), Some(PageType::Product));
        assert_eq!(from_og_type("video.movie"), Some(PageType::Video));
        assert_eq!(from_og_type("website"), None);
        assert_eq!(from_og_type(""), None);
    }

    #[test]
    fn the_most_specific_kind_wins() {
        use PageType::*;
        let best = |kinds: &[PageType]| most_specific(kinds.iter().copied(), |&k| k);
        assert_eq!(best(&[Article, Recipe]), Some(Recipe));
        assert_eq!(best(&[Video, Article]), Some(Article));
        assert_eq!(best(&[Product, Article]), Some(Article));
        assert_eq!(best(&[Product, Video]), Some(Product));
        assert_eq!(best(&[Article, Listing]), Some(Listing));
        assert_eq!(best(&[Listing, Profile]), Some(Listing));
        assert_eq!(best(&[]), None);
    }
}
