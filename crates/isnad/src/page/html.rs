//! Parsing HTML and reducing the tree to text blocks.
//!
//! The parser is html5ever (through `scraper`): it builds the tree the way browsers do, so
//! unclosed `<p>`s, stray end tags and misnested inline elements come out as a reader sees
//! them. Its tree is an arena (`ego_tree`), so dropping a deep tree does not recurse, and every
//! walk here is an iterative traversal: no input can overflow the stack.
//!
//! A block is the text of one block-level element up to its first nested block (a `<p>`, an
//! `<li>`, a `<div>` with text of its own), with how much of it is link text and whether it
//! sits inside something marked as boilerplate (`<nav>`, `<footer>`, `class="share"` ...).

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::{Html, Node};

/// One block of text and where it sits.
#[derive(Debug, Clone)]
pub struct Block {
    /// Whitespace-collapsed text.
    pub text: String,
    /// Chars of `text` inside `<a>`.
    pub link_chars: usize,
    pub chars: usize,
    /// The block element that holds the text.
    pub node: NodeId,
    /// Its tag name (`p`, `h2`, `li`, `div`, ...).
    pub tag: String,
    /// Ancestors of `node`, nearest first, at most [`crate::page::settings::Limits::max_depth`].
    pub ancestors: Vec<NodeId>,
    /// Why the block's surroundings mark it as boilerplate, if they do, and the innermost
    /// element that says so.
    pub boilerplate: Option<(&'static str, NodeId)>,
}

impl Block {
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }

    pub fn is_heading(&self) -> bool {
        matches!(self.tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
    }
}

pub fn parse(text: &str) -> Html {
    Html::parse_document(text)
}

/// Elements whose content is never text a reader sees.
fn is_skipped(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "select"
            | "option"
            | "button"
            | "input"
            | "textarea"
            | "head"
            | "title"
            | "video"
            | "audio"
            | "map"
    )
}

fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "tbody"
            | "thead"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "nav"
            | "aside"
            | "figure"
            | "figcaption"
            | "form"
            | "body"
            | "html"
            | "address"
            | "fieldset"
            | "details"
            | "summary"
            | "center"
            | "hr"
    )
}

/// Words in class or id that mark boilerplate: always, whatever else the element says.
const STRONG_BOILERPLATE: &[&str] = &[
    "comment",
    "comments",
    "disqus",
    "outbrain",
    "taboola",
    "cookie",
    "cookies",
    "consent",
    "newsletter",
    "breadcrumb",
    "breadcrumbs",
    "share",
    "sharing",
    "social",
    "sharebar",
    "related",
    "recommended",
    "popular",
    "trending",
    "mostread",
    "subscribe",
    "subscription",
    "signup",
    "login",
    "modal",
    "popup",
];
/// Words that mark boilerplate unless the same element also says it is content
/// (`class="content sidebar-left"` is the content).
const WEAK_BOILERPLATE: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "adsense",
    "banner",
    "sponsor",
    "sponsored",
    "promo",
    "promotion",
    "sidebar",
    "widget",
    "footer",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "masthead",
    "toolbar",
    "pagination",
    "pager",
    "tags",
    "tag",
    "byline",
    "author",
    "bio",
    "rating",
    "print",
    "skip",
    "hidden",
    "caption",
    "credit",
    "meta",
    "date",
    "timestamp",
];
const CONTENT_WORDS: &[&str] = &[
    "article", "content", "body", "story", "entry", "post", "text", "main",
];

/// Why an element's class/id/role marks it as boilerplate.
fn boilerplate_of(el: &scraper::node::Element) -> Option<&'static str> {
    let by_tag = match el.name() {
        "nav" => Some("navigation"),
        "footer" => Some("footer"),
        "aside" => Some("aside"),
        "form" => Some("form"),
        _ => None,
    };
    // What the class says (`<aside class="related">`) is more telling than the tag.
    by_names(el).or(by_tag)
}

fn by_names(el: &scraper::node::Element) -> Option<&'static str> {
    // One scan over the attributes (each `attr()` call is a scan of its own).
    let (mut class, mut id) = (None, None);
    for (name, value) in el.attrs() {
        match name {
            "class" => class = Some(value),
            "id" => id = Some(value),
            "hidden" => return Some("hidden"),
            "aria-hidden" if value == "true" => return Some("hidden"),
            "style" => {
                let s = value.to_ascii_lowercase().replace(' ', "");
                if s.contains("display:none") || s.contains("visibility:hidden") {
                    return Some("hidden");
                }
            }
            "role" => match value {
                "navigation" | "menubar" | "menu" => return Some("navigation"),
                "complementary" => return Some("aside"),
                "contentinfo" => return Some("footer"),
                "banner" => return Some("header"),
                _ => {}
            },
            _ => {}
        }
    }
    if class.is_none() && id.is_none() {
        return None;
    }
    // Every element passes here: no allocation but one reused word buffer, and one hash
    // lookup per word.
    let mut strong: Option<&'static str> = None;
    let mut weak: Option<&'static str> = None;
    let mut content = false;
    let mut buf = String::new();
    // The raw attributes: `Element::classes` interns every class name (a global lock).
    for name in class.unwrap_or("").split_ascii_whitespace().chain(id) {
        // `no-share`, `has-sidebar`, `with-comments` describe a layout around the content,
        // not boilerplate: the word after such a modifier says nothing.
        let mut modified = false;
        for word in name.split(|c: char| !c.is_ascii_alphanumeric()) {
            if word.is_empty() || word.len() > 24 {
                continue;
            }
            buf.clear();
            buf.push_str(word);
            buf.make_ascii_lowercase();
            if std::mem::replace(&mut modified, MODIFIERS.contains(&buf.as_str())) {
                continue;
            }
            match word_kinds().get(buf.as_str()) {
                Some((WordKind::Strong, w)) => {
                    strong.get_or_insert(reason_of(w));
                }
                Some((WordKind::Weak, w)) => {
                    weak.get_or_insert(reason_of(w));
                }
                Some((WordKind::Content, _)) => content = true,
                None => {}
            }
        }
    }
    strong.or(if content { None } else { weak })
}

/// Class-name words that turn the next word into a description of the layout.
const MODIFIERS: &[&str] = &["no", "without", "has", "with", "hide"];

#[derive(Clone, Copy)]
enum WordKind {
    Strong,
    Weak,
    Content,
}

fn word_kinds() -> &'static rustc_hash::FxHashMap<&'static str, (WordKind, &'static str)> {
    static KINDS: std::sync::OnceLock<
        rustc_hash::FxHashMap<&'static str, (WordKind, &'static str)>,
    > = std::sync::OnceLock::new();
    KINDS.get_or_init(|| {
        let mut m = rustc_hash::FxHashMap::default();
        for w in CONTENT_WORDS {
            m.insert(*w, (WordKind::Content, *w));
        }
        for w in WEAK_BOILERPLATE {
            m.insert(*w, (WordKind::Weak, *w));
        }
        for w in STRONG_BOILERPLATE {
            m.insert(*w, (WordKind::Strong, *w));
        }
        m
    })
}

fn reason_of(word: &str) -> &'static str {
    match word {
        "comment" | "comments" | "disqus" => "comments",
        "share" | "sharing" | "social" | "sharebar" => "share",
        "related" | "recommended" | "popular" | "trending" | "mostread" | "outbrain"
        | "taboola" => "related",
        "cookie" | "cookies" | "consent" => "cookie-banner",
        "newsletter" | "subscribe" | "subscription" | "signup" | "login" => "promo",
        "ad" | "ads" | "advert" | "advertisement" | "adsense" | "banner" | "sponsor"
        | "sponsored" | "promo" | "promotion" => "ad",
        "breadcrumb" | "breadcrumbs" | "nav" | "navbar" | "navigation" | "menu" | "pagination"
        | "pager" | "skip" | "toolbar" => "navigation",
        "footer" => "footer",
        "sidebar" | "widget" => "sidebar",
        "tags" | "tag" => "tags",
        "byline" | "author" | "bio" | "date" | "timestamp" | "meta" | "credit" => "byline",
        "caption" => "caption",
        "hidden" | "modal" | "popup" => "hidden",
        _ => "boilerplate",
    }
}

struct Open {
    node: NodeId,
    block: bool,
    skip: bool,
    link: bool,
    boilerplate: Option<&'static str>,
}

struct Builder {
    blocks: Vec<Block>,
    text: String,
    link_chars: usize,
    chars: usize,
    pending_space: bool,
    pending_in_link: bool,
}

impl Builder {
    fn push_text(&mut self, s: &str, in_link: bool) {
        // Word by word (not char by char): runs of whitespace become one pending space.
        for (k, word) in s.split(char::is_whitespace).enumerate() {
            if k > 0 {
                self.pending_space = !self.text.is_empty();
                self.pending_in_link = in_link;
            }
            if word.is_empty() {
                continue;
            }
            if self.pending_space {
                self.text.push(' ');
                self.chars += 1;
                // A space counts as link text only between two linked words.
                if in_link && self.pending_in_link {
                    self.link_chars += 1;
                }
                self.pending_space = false;
            }
            self.text.push_str(word);
            let n = word.chars().count();
            self.chars += n;
            if in_link {
                self.link_chars += n;
            }
        }
    }

    fn flush(&mut self, stack: &[Open], html: &Html, max_depth: usize) {
        if self.text.is_empty() {
            self.pending_space = false;
            return;
        }
        let owner = stack.iter().rposition(|o| o.block).unwrap_or(0);
        let node = stack.get(owner).map_or(html.tree.root().id(), |o| o.node);
        let tag = html
            .tree
            .get(node)
            .and_then(|n| n.value().as_element().map(|e| e.name().to_string()))
            .unwrap_or_default();
        let ancestors = stack[..owner]
            .iter()
            .rev()
            .take(max_depth)
            .map(|o| o.node)
            .collect();
        let boilerplate = stack
            .iter()
            .rev()
            .find_map(|o| o.boilerplate.map(|r| (r, o.node)));
        self.blocks.push(Block {
            text: std::mem::take(&mut self.text),
            link_chars: std::mem::take(&mut self.link_chars),
            chars: std::mem::take(&mut self.chars),
            node,
            tag,
            ancestors,
            boilerplate,
        });
        self.pending_space = false;
    }
}

/// The page's text blocks in document order.
pub fn blocks(html: &Html, max_depth: usize) -> Vec<Block> {
    let mut b = Builder {
        blocks: Vec::new(),
        text: String::new(),
        link_chars: 0,
        chars: 0,
        pending_space: false,
        pending_in_link: false,
    };
    let mut stack: Vec<Open> = Vec::new();
    let mut skipping = 0usize;
    let mut in_link = 0usize;
    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let tag = el.name();
                    let skip = is_skipped(tag);
                    // Past the depth cap, nested elements are read as inline text of the
                    // ancestor at the cap: their text stays, their structure does not.
                    let deep = stack.len() >= max_depth;
                    let block = !deep && is_block(tag);
                    if skip {
                        skipping += 1;
                    }
                    if block && skipping == 0 {
                        b.flush(&stack, html, max_depth);
                    }
                    if tag == "br" && skipping == 0 {
                        b.pending_space = !b.text.is_empty();
                    }
                    let link = tag == "a";
                    if link {
                        in_link += 1;
                    }
                    stack.push(Open {
                        node: node.id(),
                        block,
                        skip,
                        link,
                        boilerplate: if deep { None } else { boilerplate_of(el) },
                    });
                }
                Node::Text(t) if skipping == 0 => b.push_text(t, in_link > 0),
                _ => {}
            },
            Edge::Close(node) => {
                if !matches!(node.value(), Node::Element(_)) {
                    continue;
                }
                let Some(open) = stack.last() else {
                    continue;
                };
                if open.block && skipping == 0 {
                    b.flush(&stack, html, max_depth);
                }
                let open = stack.pop().expect("stack is not empty: checked above");
                if open.skip {
                    skipping = skipping.saturating_sub(1);
                }
                if open.link {
                    in_link = in_link.saturating_sub(1);
                }
            }
        }
    }
    b.flush(&stack, html, max_depth);
    b.blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_split_on_block_elements_and_count_links() {
        let html = parse(
            "<body><div class=content><p>First <b>para</b> here.</p><p>See <a href=x>this link</a></p>\
             <nav><ul><li><a href=/>Home</a></li></ul></nav><script>var x=1;</script></div></body>",
        );
        let bl = blocks(&html, 256);
        let texts: Vec<&str> = bl.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["First para here.", "See this link", "Home"]);
        assert_eq!(bl[1].link_chars, "this link".len());
        assert_eq!(bl[2].boilerplate.map(|b| b.0), Some("navigation"));
        assert!(bl[0].boilerplate.is_none());
    }

    #[test]
    fn a_negated_class_word_is_layout_not_boilerplate() {
        // elbaladtv.net (htmldate's MediaCloud sample) wraps its article in
        // `<div class="entry-content no-share">`.
        let html = parse(
            "<div class=\"entry-content no-share\"><p>انتشر خبر خلال الساعات الأخيرة</p></div>\
             <div class=has-sidebar><p>نص</p></div><div class=share-box><p>شارك</p></div>",
        );
        let reasons: Vec<Option<&str>> = blocks(&html, 64)
            .iter()
            .map(|b| b.boilerplate.map(|b| b.0))
            .collect();
        assert_eq!(reasons, vec![None, None, Some("share")]);
    }

    #[test]
    fn unclosed_and_deep_markup_is_read() {
        let deep = "<div>".repeat(5000) + "نص عميق" + &"</div>".repeat(10);
        let html = parse(&format!("<p>أول<p>ثان <b>غامق{deep}"));
        let bl = blocks(&html, 64);
        let all: String = bl
            .iter()
            .map(|b| b.text.clone())
            .collect::<Vec<_>>()
            .join("|");
        assert!(all.contains("أول"));
        assert!(all.contains("نص عميق"));
    }
}
