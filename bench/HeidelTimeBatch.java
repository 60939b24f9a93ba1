// HeidelTime over many documents in one JVM (bench/heideltime.py runs it).
//
//     java -cp de.unihd.dbs.heideltime.standalone.jar HeidelTimeBatch.java config.props manifest.tsv
//
// Each line of the manifest is "DCT<TAB>input file<TAB>output file" (DCT as YYYY-MM-DD). Every
// document is tagged as the jar's own command line does with "-dct DCT -t news -l english
// -c config.props" (English, news, TimeML output, TreeTagger), but the JVM start-up and
// HeidelTime's resources are paid once for the whole manifest, not once per document.
// Java 11+ runs this file from source (no separate compile step).

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.List;

public class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
            Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        for (String line : lines) {
            String[] parts = line.split("\t");
            String text = Files.readString(Path.of(parts[1]), StandardCharsets.UTF_8);
            String timeml = tagger.process(text, day.parse(parts[0]));
            Files.writeString(Path.of(parts[2]), timeml, StandardCharsets.UTF_8);
        }
    }
}
