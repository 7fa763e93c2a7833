//! HTML's element names against other markup's. The experts take tag-heavy
//! XML for HTML, above all in snippets that miss the XML declaration
//! (jEdit's upper-case `<MODE>`/`<RULES>` files, XSLT): whether the tags are
//! HTML's own says which it is.

/// HTML's elements (current and obsolete), and the SVG and MathML ones an
/// HTML page embeds, lower-case.
const HTML_ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "acronym",
    "address",
    "applet",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "base",
    "basefont",
    "bdi",
    "bdo",
    "big",
    "blink",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "datalist",
    "dd",
    "del",
    "details",
    "dfn",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "label",
    "legend",
    "li",
    "link",
    "main",
    "map",
    "mark",
    "marquee",
    "menu",
    "meta",
    "meter",
    "nav",
    "nobr",
    "noframes",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "output",
    "p",
    "param",
    "picture",
    "pre",
    "progress",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "script",
    "search",
    "section",
    "select",
    "slot",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "tt",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
    "svg",
    "g",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "defs",
    "use",
    "symbol",
    "lineargradient",
    "radialgradient",
    "stop",
    "clippath",
    "mask",
    "pattern",
    "image",
    "filter",
    "foreignobject",
    "desc",
    "marker",
    "math",
    "mi",
    "mo",
    "mn",
    "mrow",
    "msup",
    "msub",
    "mfrac",
    "msqrt",
];

/// Fewer tags than this say too little.
const MIN_TAGS: usize = 2;

/// Whether most of the tags in `text` (opening and closing, counted each
/// time) name no HTML element. Custom elements (`<my-widget>`, a hyphen in
/// the name) count as HTML; namespaced ones (`<xsl:template>`) do not.
pub fn mostly_foreign_tags(text: &str) -> bool {
    let b = text.as_bytes();
    let (mut tags, mut foreign) = (0usize, 0usize);
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let start = if b[i + 1] == b'/' { i + 2 } else { i + 1 };
        if start >= b.len() || !b[start].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let mut end = start;
        while end < b.len()
            && (b[end].is_ascii_alphanumeric() || matches!(b[end], b':' | b'_' | b'.' | b'-'))
        {
            end += 1;
        }
        let name = &text[start..end];
        tags += 1;
        let custom = name.contains('-') && !name.contains(':');
        if !custom && !HTML_ELEMENTS.iter().any(|e| e.eq_ignore_ascii_case(name)) {
            foreign += 1;
        }
        i = end;
    }
    tags >= MIN_TAGS && 2 * foreign > tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_html() {
        for text in [
            "<div class=\"card\">\n  <p>Hi <a href=\"/\">home</a></p>\n</div>",
            "<TABLE BORDER=1><TR><TD>old</TD></TR></TABLE>",
            "<my-widget><slot name=\"x\"></slot></my-widget>",
            "<svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/></svg>",
            "if (a < b && c) { x = 1; }",
            "<p>one tag only",
        ] {
            assert!(!mostly_foreign_tags(text), "{text:?}");
        }
    }

    #[test]
    fn other_markup_is_not() {
        for text in [
            "<MODE>\n  <PROPS>\n    <PROPERTY NAME=\"lineComment\" VALUE=\"--\"/>\n  </PROPS>",
            "<xsl:template match=\"/\">\n  <xsl:apply-templates/>\n</xsl:template>",
            "<LinearLayout android:orientation=\"vertical\">\n  <TextView/>\n</LinearLayout>",
            "<project>\n  <groupId>org.example</groupId>\n  <version>1.0</version>\n</project>",
        ] {
            assert!(mostly_foreign_tags(text), "{text:?}");
        }
    }
}
