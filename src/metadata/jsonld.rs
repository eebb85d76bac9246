//! JSON-LD: the schema.org objects in `<script type="application/ld+json">`.
//!
//! Each block is parsed with a real JSON parser; a block that does not
//! parse is skipped and the others are still read. The objects are
//! gathered from top-level values, arrays, `@graph` and `mainEntity`, in
//! document order and without recursion. The first object of the Article
//! family (`Article`, `NewsArticle`, `BlogPosting`, `Report`,
//! `ScholarlyArticle`...) is the article; a `WebPage` fills what it lacks,
//! and references by `@id` (an author `{"@id": "#jane"}` pointing at a
//! `Person` elsewhere in the graph) are followed. The types of all the
//! objects give the kind of page.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::page_type;
use crate::article::PageType;

/// The most JSON-LD blocks read from one page.
const MAX_BLOCKS: usize = 64;
/// The most objects looked at across all blocks.
const MAX_OBJECTS: usize = 4096;
/// The most authors or keywords taken from one list.
const MAX_ITEMS: usize = 64;

/// What the page's JSON-LD says about the article. Strings are as given
/// (trimmed); dates are not normalised yet.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct JsonLd {
    pub headline: Option<String>,
    /// The article's `name`, which some sites fill with another title.
    pub name: Option<String>,
    /// The `name` of a `WebPage` object, a weaker title.
    pub page_name: Option<String>,
    pub authors: Vec<String>,
    /// Those of [`JsonLd::authors`] that name an organisation: one name
    /// each, however many commas it holds ("Department for Environment,
    /// Food & Rural Affairs").
    pub organization_authors: Vec<String>,
    pub published: Option<String>,
    /// `dateCreated` or `uploadDate`: a weaker publication date.
    pub created: Option<String>,
    pub modified: Option<String>,
    pub description: Option<String>,
    /// The `description` of the thing the page is about when it is not an
    /// article (a `Product`, a `Recipe`, an `Event`...): a weaker excerpt.
    pub item_description: Option<String>,
    pub publisher: Option<String>,
    /// The publisher is a `Person` (a personal blog's owner, as SEO
    /// plugins declare one): a weaker site name than the site's own.
    pub publisher_is_person: bool,
    /// The `name` of a `WebSite` object.
    pub website: Option<String>,
    pub image: Option<String>,
    pub url: Option<String>,
    pub keywords: Vec<String>,
    pub section: Option<String>,
    pub language: Option<String>,
    /// The article's own text (`articleBody`), as the page declares it.
    pub body: Option<String>,
    /// The most specific kind among the types of all the objects.
    pub page_type: Option<PageType>,
    /// An object describes the page as a plain `WebPage` (SEO plugins
    /// declare one for every page, and an `Article` beside it on posts).
    pub declares_web_page: bool,
    /// An object is a forum's post (`DiscussionForumPosting`): the page
    /// is a thread, whose replies are its text.
    pub declares_forum_post: bool,
    /// The `license` of the article or the page: an address or a name.
    pub license: Option<String>,
    /// The `recipeIngredient` lines of a `Recipe`, for the extraction to
    /// check that the article holds them.
    pub ingredients: Vec<String>,
}

/// Schema.org types of the Article family (as Readability lists them).
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "AdvertiserContentArticle",
    "NewsArticle",
    "AnalysisNewsArticle",
    "AskPublicNewsArticle",
    "BackgroundNewsArticle",
    "OpinionNewsArticle",
    "ReportageNewsArticle",
    "ReviewNewsArticle",
    "Report",
    "SatiricalArticle",
    "ScholarlyArticle",
    "MedicalScholarlyArticle",
    "SocialMediaPosting",
    "BlogPosting",
    "LiveBlogPosting",
    "DiscussionForumPosting",
    "TechArticle",
    "APIReference",
];

/// Whether a schema.org type name (without prefix) is of the Article
/// family.
pub(super) fn is_article_type(name: &str) -> bool {
    ARTICLE_TYPES.contains(&name)
}

/// Schema.org types of things a page other than an article is about,
/// whose description can stand as its excerpt. Not `Organization`: every
/// page names its publisher.
const ITEM_TYPES: &[&str] = &[
    "Product",
    "ProductGroup",
    "Recipe",
    "Event",
    "Course",
    "SoftwareApplication",
    "Book",
    "Movie",
    "Service",
    "HowTo",
];

/// Schema.org types of the WebPage family.
const PAGE_TYPES: &[&str] = &[
    "WebPage",
    "ItemPage",
    "AboutPage",
    "CollectionPage",
    "ContactPage",
    "FAQPage",
    "MedicalWebPage",
    "ProfilePage",
    "QAPage",
];

/// Reads the given script contents (the text of each JSON-LD `<script>`).
pub(crate) fn read<'a>(blocks: impl IntoIterator<Item = &'a str>) -> JsonLd {
    let values: Vec<Value> = blocks
        .into_iter()
        .take(MAX_BLOCKS)
        .filter_map(|b| serde_json::from_str(json_body(b)?).ok())
        .collect();
    let objects = collect_objects(&values);
    let mut ids: HashMap<&str, &Map<String, Value>> = HashMap::new();
    for obj in &objects {
        if let Some(id) = obj.get("@id").and_then(Value::as_str) {
            // A bare reference `{"@id": ...}` is not the definition.
            if obj.len() > 1 {
                ids.entry(id).or_insert(obj);
            }
        }
    }
    let find = |types: &[&str]| objects.iter().copied().find(|o| has_type(o, types));
    let page = find(PAGE_TYPES);
    // A question-and-answer page's article is its question.
    let question = page
        .filter(|p| has_type(p, &["QAPage"]))
        .and_then(|p| match p.get("mainEntity") {
            Some(Value::Object(q)) => Some(q),
            Some(Value::Array(items)) => items.iter().find_map(Value::as_object),
            _ => None,
        })
        .filter(|q| has_type(q, &["Question"]));
    let article = find(ARTICLE_TYPES).or(question);
    let website = find(&["WebSite"]);
    let item = find(ITEM_TYPES);
    let graph = Graph { ids: &ids };
    // The article first, then the page for what the article lacks. A page
    // that is a recipe, a how-to, a video or an episode of a podcast or a
    // show, or an application's page, without an article object is that
    // work: its author and dates are the page's (a video's date is its
    // `uploadDate`, an application's the release's). So is a review
    // that names what it reviews (`itemReviewed`): a product's customer
    // reviews sit inside the product without naming it.
    let work = article
        .or_else(|| {
            find(&[
                "Recipe",
                "HowTo",
                "PodcastEpisode",
                "RadioEpisode",
                "Episode",
                "VideoObject",
                "SoftwareApplication",
                "MobileApplication",
                "WebApplication",
                "VideoGame",
            ])
        })
        .or_else(|| {
            objects
                .iter()
                .copied()
                .find(|o| has_type(o, &["Review"]) && o.contains_key("itemReviewed"))
        });
    let sources: Vec<&Map<String, Value>> = work.into_iter().chain(page).collect();
    let first =
        |f: &dyn Fn(&Map<String, Value>) -> Option<String>| sources.iter().find_map(|o| f(o));
    let mut ld = JsonLd {
        headline: article.and_then(|a| string(a.get("headline"))),
        name: article.and_then(|a| string(a.get("name"))),
        body: article.and_then(|a| string(a.get("articleBody"))),
        page_name: page.and_then(|p| string(p.get("headline")).or_else(|| string(p.get("name")))),
        // A job offer is dated when posted.
        published: first(&|o| string(o.get("datePublished")))
            .or_else(|| find(&["JobPosting"]).and_then(|job| string(job.get("datePosted")))),
        created: first(&|o| string(o.get("dateCreated")).or_else(|| string(o.get("uploadDate")))),
        modified: first(&|o| string(o.get("dateModified"))),
        description: first(&|o| string(o.get("description"))),
        item_description: item.and_then(|i| string(i.get("description"))),
        publisher: first(&|o| graph.name(o.get("publisher"))),
        publisher_is_person: sources
            .iter()
            .find_map(|o| o.get("publisher"))
            .is_some_and(|p| graph.is_person(p)),
        website: website.and_then(|w| string(w.get("name"))),
        image: first(&|o| {
            graph
                .image(o.get("image"))
                .or_else(|| graph.image(o.get("primaryImageOfPage")))
                .or_else(|| string(o.get("thumbnailUrl")))
        }),
        url: first(&|o| {
            string(o.get("url")).or_else(|| graph.id_or_string(o.get("mainEntityOfPage")))
        }),
        section: first(&|o| string(o.get("articleSection"))),
        language: first(&|o| {
            string(o.get("inLanguage")).or_else(|| graph.name(o.get("inLanguage")))
        }),
        license: first(&|o| {
            graph
                .id_or_string(o.get("license"))
                .or_else(|| graph.name(o.get("license")))
        }),
        page_type: page_type::most_specific(
            objects
                .iter()
                .flat_map(|o| type_names(o).take(MAX_ITEMS))
                .filter_map(page_type::from_schema_type),
            |&kind| kind,
        ),
        declares_web_page: objects
            .iter()
            .flat_map(|o| type_names(o).take(MAX_ITEMS))
            .any(|name| name == "WebPage"),
        declares_forum_post: objects
            .iter()
            .flat_map(|o| type_names(o).take(MAX_ITEMS))
            .any(|name| page_type::schema_name(name) == "DiscussionForumPosting"),
        ..JsonLd::default()
    };
    for o in &sources {
        graph.names(
            o.get("author"),
            &mut ld.authors,
            &mut ld.organization_authors,
        );
        if !ld.authors.is_empty() {
            break;
        }
    }
    if let Some(recipe) = find(&["Recipe"]) {
        // `ingredients` is the older name of the property.
        let list = recipe
            .get("recipeIngredient")
            .or_else(|| recipe.get("ingredients"));
        if let Some(Value::Array(items)) = list {
            ld.ingredients = items
                .iter()
                .filter_map(|i| string(Some(i)))
                .take(MAX_ITEMS)
                .collect();
        }
    }
    for o in &sources {
        keywords(o.get("keywords"), &mut ld.keywords);
        if !ld.keywords.is_empty() {
            break;
        }
    }
    ld
}

/// The JSON inside a script's text: inside CDATA markers, from the first
/// `{` or `[` to the last `}` or `]`, which drops HTML comments and stray
/// `;`.
fn json_body(text: &str) -> Option<&str> {
    let text = match text.find("<![CDATA[") {
        Some(i) => &text[i + "<![CDATA[".len()..],
        None => text,
    };
    let text = match text.rfind("]]>") {
        Some(i) => &text[..i],
        None => text,
    };
    let start = text.find(['{', '['])?;
    let end = text.rfind(['}', ']'])?;
    // Both are ASCII, so both offsets are character boundaries.
    text.get(start..=end)
}

/// Every object, in document order: top-level values, array items, and
/// the contents of `@graph` and `mainEntity`.
fn collect_objects(values: &[Value]) -> Vec<&Map<String, Value>> {
    let mut out = Vec::new();
    let mut stack: Vec<&Value> = values.iter().rev().collect();
    while let Some(v) = stack.pop() {
        if out.len() >= MAX_OBJECTS {
            break;
        }
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(obj) => {
                out.push(obj);
                for key in ["mainEntity", "@graph"] {
                    if let Some(inner) = obj.get(key) {
                        stack.push(inner);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether the object's `@type` (a string or a list) names one of `types`.
/// `schema:NewsArticle` and `https://schema.org/NewsArticle` count.
fn has_type(obj: &Map<String, Value>, types: &[&str]) -> bool {
    type_names(obj).any(|name| types.contains(&name))
}

/// The names in an object's `@type` (a string or a list), without their
/// prefix (see [`page_type::schema_name`]).
fn type_names(obj: &Map<String, Value>) -> impl Iterator<Item = &str> {
    let list = match obj.get("@type") {
        Some(Value::Array(list)) => list.as_slice(),
        Some(one @ Value::String(_)) => std::slice::from_ref(one),
        _ => &[],
    };
    list.iter()
        .filter_map(Value::as_str)
        .map(page_type::schema_name)
}

/// Whether an object is an organisation: `Organization` or one of its
/// kinds (`NewsMediaOrganization`, `GovernmentOrganization`,
/// `Corporation`, `NGO`...).
fn is_organization(obj: &Map<String, Value>) -> bool {
    type_names(obj)
        .any(|t| t.ends_with("Organization") || matches!(t, "Corporation" | "NGO" | "Consortium"))
}

/// A trimmed, non-empty string; the first one of a list.
fn string(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(unquoted(s.trim()).to_string()).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(|i| string(Some(i))),
        _ => None,
    }
}

/// A value without the straight double quotes a template wrapped it in
/// (`"headline": "\"What is Git?\""`): a pair at both ends and no other
/// double quote inside, so a headline quoting someone keeps its quotes.
fn unquoted(s: &str) -> &str {
    match s.strip_prefix('"').and_then(|rest| rest.strip_suffix('"')) {
        Some(inner) if !inner.contains('"') => inner.trim(),
        _ => s,
    }
}

/// Keywords: a comma-separated string or a list of strings.
fn keywords(v: Option<&Value>, out: &mut Vec<String>) {
    let Some(v) = v else { return };
    let items: Vec<&str> = match v {
        Value::String(s) => s.split(',').collect(),
        Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    for item in items {
        let item = item.trim();
        if !item.is_empty() && out.len() < MAX_ITEMS {
            out.push(item.to_string());
        }
    }
}

/// Resolves `@id` references within the page's JSON-LD.
struct Graph<'a, 'v> {
    ids: &'a HashMap<&'v str, &'v Map<String, Value>>,
}

impl<'v> Graph<'_, 'v> {
    /// The object itself, or the one its `@id` points to.
    fn resolve(&self, obj: &'v Map<String, Value>) -> &'v Map<String, Value> {
        if obj.len() == 1 {
            if let Some(target) = obj
                .get("@id")
                .and_then(Value::as_str)
                .and_then(|id| self.ids.get(id))
            {
                return target;
            }
        }
        obj
    }

    /// The name of a thing: a string, or an object's `name`.
    fn name(&self, v: Option<&'v Value>) -> Option<String> {
        match v? {
            Value::Object(obj) => string(self.resolve(obj).get("name")),
            Value::Array(items) => items.iter().find_map(|i| self.name(Some(i))),
            other => string(Some(other)),
        }
    }

    /// Whether a value is (or first lists) an object typed `Person`.
    fn is_person(&self, v: &'v Value) -> bool {
        match v {
            Value::Object(obj) => has_type(self.resolve(obj), &["Person"]),
            Value::Array(items) => items.first().is_some_and(|i| self.is_person(i)),
            _ => false,
        }
    }

    /// Every name in an author value: a string, an object, or a list;
    /// the names of organisations also go to `organizations`.
    fn names(&self, v: Option<&'v Value>, out: &mut Vec<String>, organizations: &mut Vec<String>) {
        let Some(v) = v else { return };
        let items: Vec<&Value> = match v {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        for item in items.into_iter().take(MAX_ITEMS) {
            if let Some(name) = self.name(Some(item)) {
                let organization = match item {
                    Value::Object(obj) => is_organization(self.resolve(obj)),
                    _ => false,
                };
                if organization && !organizations.contains(&name) {
                    organizations.push(name.clone());
                }
                if !out.contains(&name) {
                    out.push(name);
                }
            }
        }
    }

    /// An image URL: a string, an `ImageObject` (`url`, `contentUrl`), or
    /// the first of a list.
    fn image(&self, v: Option<&'v Value>) -> Option<String> {
        match v? {
            Value::Object(obj) => {
                let obj = self.resolve(obj);
                string(obj.get("url")).or_else(|| string(obj.get("contentUrl")))
            }
            Value::Array(items) => items.iter().find_map(|i| self.image(Some(i))),
            other => string(Some(other)),
        }
    }

    /// A page's address as `mainEntityOfPage` gives it: a string, or a
    /// `WebPage` (its `url`, else its `@id`).
    fn id_or_string(&self, v: Option<&'v Value>) -> Option<String> {
        match v? {
            Value::Object(obj) => {
                string(self.resolve(obj).get("url")).or_else(|| string(obj.get("@id")))
            }
            other => string(Some(other)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_a_template_wrapped_in_quotes_lose_them() {
        let ld = read([r#"{"@type": "Article", "headline": "\"What is Git?\"",
            "description": "\"Git tracks changes\" and more"}"#]);
        assert_eq!(ld.headline.as_deref(), Some("What is Git?"));
        assert_eq!(
            ld.description.as_deref(),
            Some("\"Git tracks changes\" and more")
        );
    }

    #[test]
    fn a_product_description_is_kept_apart_from_the_article_one() {
        let ld = read([r#"{"@graph": [
            {"@type": "Organization", "name": "RunCo", "description": "We make shoes."},
            {"@type": "Product", "name": "Trail Runner 3",
             "description": "A light trail shoe."}]}"#]);
        assert_eq!(ld.description, None);
        assert_eq!(ld.item_description.as_deref(), Some("A light trail shoe."));
        let ld = read([r#"{"@type": "Organization", "description": "We make shoes."}"#]);
        assert_eq!(ld.item_description, None);
    }

    #[test]
    fn a_recipe_without_an_article_gives_its_author_and_dates() {
        let ld = read([r#"{"@type": "Recipe", "name": "Cake",
            "author": {"@type": "Person", "name": "Hannah Reed"},
            "datePublished": "2025-03-01"}"#]);
        assert_eq!(ld.authors, ["Hannah Reed"]);
        assert_eq!(ld.published.as_deref(), Some("2025-03-01"));
        // Beside an article, the article speaks for the page.
        let ld = read([r#"{"@graph": [
            {"@type": "Article", "author": {"name": "Jane Doe"}, "datePublished": "2025-01-01"},
            {"@type": "Recipe", "author": {"name": "Hannah Reed"}, "datePublished": "2025-03-01"}]}"#]);
        assert_eq!(ld.authors, ["Jane Doe"]);
        assert_eq!(ld.published.as_deref(), Some("2025-01-01"));
        // A product's maker is no author.
        let ld = read([r#"{"@type": "Product", "author": {"name": "Acme"}}"#]);
        assert!(ld.authors.is_empty());
    }

    #[test]
    fn recipe_ingredients_are_read() {
        let ld = read([r#"{"@type": "Recipe", "name": "Cake",
            "recipeIngredient": ["125 g Mehl", " 65 g Zucker ", 3, ""]}"#]);
        assert_eq!(ld.ingredients, ["125 g Mehl", "65 g Zucker"]);
        let ld = read([r#"{"@type": "Recipe", "ingredients": ["1 egg"]}"#]);
        assert_eq!(ld.ingredients, ["1 egg"]);
        let ld = read([r#"{"@type": "Article", "recipeIngredient": ["1 egg"]}"#]);
        assert!(ld.ingredients.is_empty());
    }

    #[test]
    fn a_job_offer_is_dated_when_posted() {
        let ld = read([r#"{"@type": "JobPosting", "title": "Data Engineer",
            "datePosted": "2025-04-02", "hiringOrganization": {"name": "Northwind"}}"#]);
        assert_eq!(ld.published.as_deref(), Some("2025-04-02"));
        let ld = read(
            [r#"[{"@type": "NewsArticle", "datePublished": "2025-05-01"},
            {"@type": "JobPosting", "datePosted": "2025-04-02"}]"#],
        );
        assert_eq!(ld.published.as_deref(), Some("2025-05-01"));
    }

    #[test]
    fn an_organisation_as_author_is_one_name() {
        let ld = read([r#"{"@type": "Article", "headline": "Guidance",
            "author": [{"@type": "GovernmentOrganization", "name": "Department for Food, Farming & Fisheries"},
                       {"@type": "Person", "name": "Jane Doe"}]}"#]);
        assert_eq!(
            ld.authors,
            ["Department for Food, Farming & Fisheries", "Jane Doe"]
        );
        assert_eq!(
            ld.organization_authors,
            ["Department for Food, Farming & Fisheries"]
        );
    }

    #[test]
    fn reads_an_article_with_several_authors() {
        let ld = read([
            r#"{"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Rain returns", "datePublished": "2015-07-10T09:53:00-04:00",
            "dateModified": "2015-07-11", "description": "It rained.",
            "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
            "publisher": {"@type": "Organization", "name": "Daily Post"},
            "image": {"@type": "ImageObject", "url": "https://example.org/rain.jpg"},
            "keywords": "weather, rain", "articleSection": "Local", "inLanguage": "en-GB"}"#,
        ]);
        assert_eq!(ld.headline.as_deref(), Some("Rain returns"));
        assert_eq!(ld.authors, ["Jane Doe", "John Roe"]);
        assert!(ld.organization_authors.is_empty());
        assert_eq!(ld.published.as_deref(), Some("2015-07-10T09:53:00-04:00"));
        assert_eq!(ld.modified.as_deref(), Some("2015-07-11"));
        assert_eq!(ld.description.as_deref(), Some("It rained."));
        assert_eq!(ld.publisher.as_deref(), Some("Daily Post"));
        assert_eq!(ld.image.as_deref(), Some("https://example.org/rain.jpg"));
        assert_eq!(ld.keywords, ["weather", "rain"]);
        assert_eq!(ld.section.as_deref(), Some("Local"));
        assert_eq!(ld.language.as_deref(), Some("en-GB"));
        assert_eq!(ld.body, None);
    }

    #[test]
    fn reads_the_article_body_of_the_article_only() {
        let ld = read(
            [r#"[{"@type": "WebPage", "articleBody": "Not the article."},
            {"@type": "BlogPosting", "articleBody": "  First line.\nSecond line.  "}]"#],
        );
        assert_eq!(ld.body.as_deref(), Some("First line.\nSecond line."));
        let ld = read([r#"{"@type": "WebPage", "articleBody": "Not the article."}"#]);
        assert_eq!(ld.body, None);
    }

    #[test]
    fn follows_graph_references() {
        let ld = read([r##"{"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": "https://ex.org/p#page", "name": "Page name",
             "datePublished": "2020-01-02", "url": "https://ex.org/p"},
            {"@type": ["NewsArticle"], "headline": "The story", "author": {"@id": "#jane"},
             "publisher": {"@id": "#org"}, "mainEntityOfPage": {"@id": "https://ex.org/p#page"}},
            {"@type": "Person", "@id": "#jane", "name": "Jane Doe"},
            {"@type": "Organization", "@id": "#org", "name": "Example News"},
            {"@type": "WebSite", "name": "Example"}]}"##]);
        assert_eq!(ld.headline.as_deref(), Some("The story"));
        assert_eq!(ld.name, None);
        assert_eq!(ld.page_name.as_deref(), Some("Page name"));
        assert_eq!(ld.authors, ["Jane Doe"]);
        assert_eq!(ld.publisher.as_deref(), Some("Example News"));
        // The page fills what the article lacks.
        assert_eq!(ld.published.as_deref(), Some("2020-01-02"));
        assert_eq!(ld.website.as_deref(), Some("Example"));
        assert_eq!(ld.url.as_deref(), Some("https://ex.org/p"));
    }

    #[test]
    fn an_applications_page_is_dated_by_the_application() {
        let ld = read([r#"{"@type": "SoftwareApplication", "name": "Tidepool",
            "datePublished": "2025-04-10", "author": {"@type": "Person", "name": "Ana Liu"}}"#]);
        assert_eq!(ld.published.as_deref(), Some("2025-04-10"));
        assert_eq!(ld.authors, ["Ana Liu"]);
    }

    #[test]
    fn a_question_is_the_article_of_a_qa_page() {
        let ld = read([
            r#"{"@type": "QAPage", "name": "Why?", "mainEntity": {"@type": "Question",
            "name": "Why is the sky blue?", "datePublished": "2024-09-05T23:15:57Z",
            "author": {"@type": "Person", "name": "DaleJack"}}}"#,
        ]);
        assert_eq!(ld.name.as_deref(), Some("Why is the sky blue?"));
        assert_eq!(ld.authors, ["DaleJack"]);
        assert_eq!(ld.published.as_deref(), Some("2024-09-05T23:15:57Z"));
        // An FAQ's questions are not the article.
        let ld =
            read([r#"{"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "Q?"}]}"#]);
        assert_eq!(ld.name, None);
    }

    #[test]
    fn a_broken_block_does_not_hide_a_valid_one() {
        let ld = read([
            r#"{"@type": "NewsArticle", "headline": "Broken", "#,
            "<![CDATA[ [{\"@type\": \"BreadcrumbList\"}, {\"@type\": \"schema:BlogPosting\", \"headline\": \"Valid\"}] ]]>",
        ]);
        assert_eq!(ld.headline.as_deref(), Some("Valid"));
    }

    #[test]
    fn objects_outside_the_article_family_are_not_the_article() {
        let ld = read([r#"{"@type": "Organization", "name": "Acme", "author": "Nobody"}"#]);
        assert_eq!(ld, JsonLd::default());
    }

    #[test]
    fn deep_or_huge_values_are_safe() {
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        assert_eq!(read([deep.as_str()]), JsonLd::default());
        let many = format!(
            "[{}{{\"@type\":\"Article\",\"headline\":\"x\"}}]",
            "{},".repeat(10_000)
        );
        // Past the object cap, the article is simply not seen.
        let _ = read([many.as_str()]);
    }
}
