// Parallax notebook: the API imported for JShell. Start with bin/jshell.
import java.nio.file.*;
import java.util.*;
import org.parallax.core.*;
import org.parallax.core.anchor.*;
import org.parallax.core.io.*;
import org.parallax.core.table.*;
import org.parallax.align.*;
import org.parallax.align.eval.*;
import org.parallax.align.parallel.*;
import org.parallax.stats.*;
import org.parallax.stats.framing.*;
import org.parallax.stats.salience.*;
import org.parallax.report.*;
import org.parallax.report.chart.*;
System.out.println("Parallax: the API is imported. Try:  var seeds = Corpus.seeds();  System.out.println(seeds);");
