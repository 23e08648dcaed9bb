package org.parallax.report;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.io.Resources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Assembles the report page: head with inline CSS, a Content Security Policy that allows only the inline
 * style and the page's own script (by its SHA-256 hash), a table of contents, the sections, the list of
 * files and the footer. Package-private.
 */
final class PageWriter {
    /** A rendered section. */
    record Rendered(String id, String title, String markup) {}

    static final String CSS = resource("report.css");
    static final String JS = resource("report.js");
    static final String SOURCE_CSS = resource("source.css");

    private PageWriter() {}

    static String resource(String name) {
        return Resources.text(PageWriter.class, name);
    }

    /** The version of parallax, from the jar manifest ("development build" when run from classes). */
    static String version() {
        String v = PageWriter.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /** The inline style element (CDATA-wrapped so that the page is also well-formed XML). */
    static String style(String css) { return "<style>/*<![CDATA[*/\n" + css + "/*]]>*/</style>\n"; }

    /** The text of the inline script element; its hash goes into the Content Security Policy. */
    static String scriptText() { return "//<![CDATA[\n" + JS + "//]]>"; }

    /** The Content Security Policy of a page: nothing from anywhere, inline style, and (when given) one inline script by hash. */
    static String csp(String script) {
        StringBuilder sb = new StringBuilder("default-src 'none'; base-uri 'none'; form-action 'none'; style-src 'unsafe-inline'; img-src data:");
        if (script != null) sb.append("; script-src '").append(sha256(script)).append('\'');
        return sb.toString();
    }

    static String sha256(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String page(String title, Corpus corpus, List<Rendered> sections, List<SectionContent.ReportTable> tables,
                       Map<String, String> sourceNames, Instant timestamp) {
        String script = scriptText();
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(Html.escape(csp(script))).append("\"/>\n")
                .append("<meta name=\"generator\" content=\"parallax ").append(Html.escape(version())).append("\"/>\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<link rel=\"icon\" href=\"data:,\"/>\n")
                .append(style(CSS))
                .append("</head>\n<body>\n");
        long tokens = 0;
        for (Document d : corpus) tokens += d.summary().tokens();
        TreeSet<String> langs = new TreeSet<>();
        for (Document d : corpus) langs.add(d.language().code());
        sb.append("<header class=\"page\" id=\"top\"><h1>").append(Html.escape(title)).append("</h1>\n<p class=\"meta\">")
                .append(corpus.size()).append(corpus.size() == 1 ? " document" : " documents").append(" \u00b7 ")
                .append(langs.size()).append(langs.size() == 1 ? " language (" : " languages (")
                .append(Html.escape(String.join(", ", langs))).append(") \u00b7 ").append(tokens).append(" tokens outside boilerplate")
                .append("</p></header>\n");
        sb.append("<nav id=\"toc\" aria-label=\"Sections\"><ol>");
        for (Rendered r : sections) {
            sb.append("<li><a href=\"#").append(r.id()).append("\">").append(Html.escape(r.title())).append("</a></li>");
        }
        sb.append("<li><a href=\"#files\">Files</a></li></ol></nav>\n<main>\n");
        for (Rendered r : sections) {
            sb.append("<section class=\"report-section\" id=\"").append(r.id()).append("\">\n<h2>")
                    .append(Html.escape(r.title())).append("</h2>\n").append(r.markup()).append("</section>\n");
        }
        files(sb, corpus, tables, sourceNames);
        sb.append("</main>\n<footer class=\"page\"><p>Written by parallax ").append(Html.escape(version()))
                .append(". Everything this page shows is in this folder: it works offline and loads nothing from the network.</p>\n");
        if (timestamp != null) {
            // the only place that depends on the clock; left out unless a timestamp is given
            sb.append("<p class=\"generated\" id=\"generated\">Generated ").append(Html.escape(timestamp.toString())).append("</p>\n");
        }
        sb.append("</footer>\n<script>").append(script).append("</script>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void files(StringBuilder sb, Corpus corpus, List<SectionContent.ReportTable> tables, Map<String, String> sourceNames) {
        sb.append("<section class=\"report-section\" id=\"files\">\n<h2>Files</h2>\n")
                .append("<p>Every table of this report, complete and with full precision, as CSV (RFC 4180) and JSON, ")
                .append("and the source documents with numbered lines.</p>\n")
                .append("<div class=\"scroll\"><table class=\"data\">\n<thead><tr><th scope=\"col\">table</th><th scope=\"col\">section</th>")
                .append("<th scope=\"col\">rows</th><th scope=\"col\">CSV</th><th scope=\"col\">JSON</th></tr></thead>\n<tbody>\n");
        for (SectionContent.ReportTable t : tables) {
            sb.append("<tr><td>");
            if (t.shown()) sb.append("<a href=\"#t-").append(t.base()).append("\">").append(Html.escape(t.base())).append("</a>");
            else sb.append(Html.escape(t.base()));
            sb.append("</td><td><a href=\"#").append(t.section()).append("\">").append(Html.escape(t.section())).append("</a></td>")
                    .append("<td class=\"num\">").append(t.table().size()).append("</td>")
                    .append("<td><a href=\"").append(Html.escape(t.csv())).append("\">").append(Html.escape(t.csv())).append("</a></td>")
                    .append("<td><a href=\"").append(Html.escape(t.json())).append("\">").append(Html.escape(t.json())).append("</a></td></tr>\n");
        }
        sb.append("</tbody></table></div>\n<h3>Source documents</h3>\n<ul class=\"sources\">\n");
        for (Document d : corpus) {
            sb.append("<li><a href=\"").append(ReportBuilder.SOURCES).append('/').append(Html.escape(sourceNames.get(d.id()))).append("\">")
                    .append(Html.escape(d.id())).append("</a> \u2013 ").append(Html.escape(d.title())).append("</li>\n");
        }
        sb.append("</ul>\n</section>\n");
    }
}
