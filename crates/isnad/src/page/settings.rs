//! Every threshold the page layer's heuristics use, named in one place (as trafilatura's
//! `settings.py`), so that tuning never means hunting for a literal inside a loop.

/// Limits that keep hostile input bounded.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Inputs larger than this are cut before decoding; the cut is flagged. 50 MB crawls exist
    /// (inline images, endless comment threads); no article needs more.
    pub max_input_bytes: usize,
    /// Markup left after scripts, styles and huge attributes are dropped is cut to this before
    /// parsing (the parser's tree costs several times the markup in memory).
    pub max_parse_bytes: usize,
    /// Tags nested deeper than this are dropped before parsing (their text stays): the tree
    /// builder is quadratic in nesting depth.
    pub max_markup_depth: usize,
    /// Elements nested deeper than this are flattened into their ancestor at this depth when
    /// blocks are built: the walk is iterative, but scoring paths stay short.
    pub max_depth: usize,
    /// The body is cut to this many chars (a very long article is ~100,000); later stages
    /// cost memory per token.
    pub max_body_chars: usize,
    /// Most JSON-LD scripts read per page, and their largest accepted size.
    pub max_json_ld_scripts: usize,
    pub max_json_ld_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 64 * 1024 * 1024,
            max_parse_bytes: 8 * 1024 * 1024,
            max_markup_depth: 512,
            max_depth: 256,
            max_body_chars: 400_000,
            max_json_ld_scripts: 16,
            max_json_ld_bytes: 2 * 1024 * 1024,
        }
    }
}

/// Thresholds of main-content extraction from HTML.
#[derive(Debug, Clone)]
pub struct ExtractSettings {
    /// A text block shorter than this (chars) adds nothing to its container's score.
    pub min_scored_block_chars: usize,
    /// Blocks whose share of linked text exceeds this are navigation, not prose.
    pub max_link_density: f32,
    /// Stricter bound for short blocks (fewer than `short_block_chars` chars).
    pub max_link_density_short: f32,
    pub short_block_chars: usize,
    /// A container's score is passed up to its parent with this factor, and to the
    /// grandparent with this factor squared (readability's propagation).
    pub parent_decay: f32,
    /// A structural candidate (`<article>`, `itemprop=articleBody`, a known body class) whose
    /// text is at least this share of the best density candidate's text wins outright.
    pub structural_min_share: f32,
    /// A structural candidate with less text than this (chars) is ignored.
    pub structural_min_chars: usize,
    /// JSON-LD `articleBody` replaces the tree extraction when the tree gives less than this
    /// share of its length.
    pub json_ld_body_fallback_share: f32,
    /// Sibling containers of the winner are added when their score reaches this share of the
    /// winner's score.
    pub sibling_score_share: f32,
    /// Short blocks (at most this many words) with boilerplate wording ("Share", "Read more")
    /// inside the main container are dropped.
    pub boilerplate_block_max_words: usize,
}

impl Default for ExtractSettings {
    fn default() -> Self {
        ExtractSettings {
            min_scored_block_chars: 25,
            max_link_density: 0.5,
            max_link_density_short: 0.3,
            short_block_chars: 80,
            parent_decay: 0.5,
            structural_min_share: 0.5,
            structural_min_chars: 200,
            json_ld_body_fallback_share: 0.5,
            sibling_score_share: 0.2,
            boilerplate_block_max_words: 8,
        }
    }
}

/// Thresholds of scraped-text cleaning.
#[derive(Debug, Clone)]
pub struct ScrapedSettings {
    /// A line with at least this many words is prose (a body line).
    pub prose_min_words: usize,
    /// ... or with fewer words but at least this many chars and sentence punctuation at its end.
    pub prose_min_chars: usize,
    /// A chrome phrase only marks a line this short (in words) as chrome: a long line that
    /// mentions "google news" is prose.
    pub chrome_line_max_words: usize,
    /// The headline has at least this many words, and at most `headline_max_words`.
    pub headline_min_words: usize,
    pub headline_max_words: usize,
    /// A short line between the headline and the body with at most this many words is a tag
    /// line (or an image caption), not body.
    pub tag_line_max_words: usize,
    /// A line of the page head with at most this many words (after the masthead) is the
    /// section label.
    pub section_max_words: usize,
    /// A short line right after a masthead title line is the name it introduces.
    pub masthead_name_max_words: usize,
}

impl Default for ScrapedSettings {
    fn default() -> Self {
        ScrapedSettings {
            prose_min_words: 12,
            prose_min_chars: 60,
            chrome_line_max_words: 10,
            headline_min_words: 4,
            headline_max_words: 30,
            tag_line_max_words: 6,
            section_max_words: 3,
            masthead_name_max_words: 4,
        }
    }
}

/// Thresholds of batch-level chrome learning.
#[derive(Debug, Clone)]
pub struct ChromeSettings {
    /// A line is site chrome when it recurs in at least this many pages of one site ...
    pub min_pages: usize,
    /// ... and in at least this share of them.
    pub min_share: f32,
    /// Lines longer than this (words) are never learnt as chrome: recurring prose is more
    /// likely a syndicated paragraph, which the article needs.
    pub max_words: usize,
    /// Pages of one site read for learning; more add little and cost memory.
    pub max_pages_per_site: usize,
}

impl Default for ChromeSettings {
    fn default() -> Self {
        ChromeSettings {
            min_pages: 2,
            min_share: 0.5,
            max_words: 15,
            max_pages_per_site: 200,
        }
    }
}

/// Thresholds of date reading.
#[derive(Debug, Clone)]
pub struct DateSettings {
    /// Years outside this range are not dates of news articles.
    pub min_year: i32,
    pub max_year: i32,
    /// Confidence given to each kind of evidence.
    pub confidence_json_ld: f32,
    pub confidence_meta: f32,
    pub confidence_time_element: f32,
    pub confidence_url: f32,
    pub confidence_dateline: f32,
    pub confidence_page_text: f32,
    pub confidence_text_inferred: f32,
    /// A page date more than this many days after the latest date the text allows is flagged.
    pub disagreement_days: i64,
}

impl Default for DateSettings {
    fn default() -> Self {
        DateSettings {
            min_year: 1990,
            max_year: 2100,
            confidence_json_ld: 0.95,
            confidence_meta: 0.9,
            confidence_time_element: 0.8,
            confidence_url: 0.75,
            confidence_dateline: 0.6,
            confidence_page_text: 0.5,
            confidence_text_inferred: 0.3,
            disagreement_days: 366,
        }
    }
}

/// All page-layer settings.
#[derive(Debug, Clone, Default)]
pub struct PageSettings {
    pub limits: Limits,
    pub extract: ExtractSettings,
    pub scraped: ScrapedSettings,
    pub chrome: ChromeSettings,
    pub dates: DateSettings,
}
