/**
 * Sentence alignment of translations: {@link org.parallax.align.parallel.ParallelAligner} aligns the
 * sentences (or lines) of two documents, or two lists of segments, into beads
 * ({@link org.parallax.align.parallel.Bead}) with a band-limited dynamic programme over the Gale-Church
 * length model, cross-lingual anchors and a dictionary learned from the texts;
 * {@link org.parallax.align.parallel.ParallelAlignment} holds the beads and their
 * {@link org.parallax.align.Link}s; {@link org.parallax.align.parallel.TmxWriter} writes TMX 1.4b.
 *
 * <pre>{@code
 * ParallelAlignment a = ParallelAligner.builder().unit(Unit.LINE).build().align(italian, english);
 * LinkFormats.writeTsv(a.links(), out);
 * TmxWriter.write(a, tmx);
 * }</pre>
 */
package org.parallax.align.parallel;
