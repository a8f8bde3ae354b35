package io.noodle.eda.parse;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.noodle.eda.heatmap.Heatmap;
import io.noodle.eda.heatmap.HeatmapCsv;
import io.noodle.model.EcoClass;
import io.noodle.model.EcoDefinition;
import io.noodle.model.NoodleFactory;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.persistence.StudyNames;
import io.noodle.model.yaml.StudyYamlExporter;
import io.noodle.model.yaml.StudyYamlImporter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Property-based tests (jqwik) of the study YAML importer and the tool-output parsers: for generated inputs,
 * bad ones end in a located error and nothing else, and good ones read back what was written. jqwik shrinks a
 * failing input to a small one and prints it with the seed that replays it.
 */
class ParserPropertiesTest {

    private static final NoodleFactory F = NoodleFactory.eINSTANCE;

    // ------------------------------------------------------------------ YAML importer

    /** YAML values: scalars of every kind (control characters, huge numbers, YAML 1.1 forms) and nested ones. */
    @Provide
    Arbitrary<String> yamlValues() {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(ParserPropertiesTest::quoted),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("~", "null", "true", "no", ".inf", "-.inf", ".nan", "0x1F", "0o17", "1_000", "1e999",
                        "99999999999999999999", "-0", "[]", "{}", "''", "\"\\u0000\"", "\"../..\"", "\"a/b\"",
                        "sandbox", "guarded", "locked", "topology_neutral", "global_disruptive", "full_route"));
        Arbitrary<String> list = scalar.list().ofMaxSize(4).map(l -> "[" + String.join(", ", l) + "]");
        return Arbitraries.oneOf(scalar, scalar, list, mappings(scalar, 3));
    }

    private static Arbitrary<String> mappings(Arbitrary<String> value, int maxKeys) {
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of("name", "base_case", "trial_budget",
                "survivor_count", "class", "ecos", "depends_on", "parts", "type", "execution_mode", "ranking", "policy",
                "rails", "stages", "timeout_seconds", "default", "min", "max", "choices"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
        return Combinators.combine(key, value).as((k, v) -> k + ": " + v).list().ofMaxSize(maxKeys)
                .map(l -> "{" + String.join(", ", l) + "}");
    }

    /** Whole study files: known top-level keys (of all three formats) with generated values. */
    @Provide
    Arbitrary<String> studyFiles() {
        Arbitrary<String> top = Arbitraries.of("name", "base_case", "base_case_name", "safety_domain", "description",
                "pdk", "ecos", "stages", "rails", "objective", "environment", "executor", "study", "design", "safety",
                "execution", "snapshot", "snapshot_path", "eco_whitelist", "workbench", "priors", "tags");
        Arbitrary<String> stage = mappings(yamlValues(), 6);
        Arbitrary<String> value = Arbitraries.oneOf(yamlValues(), stage.list().ofMaxSize(4)
                .map(l -> "[" + String.join(", ", l) + "]"));
        return Combinators.combine(top, value).as((k, v) -> k + ": " + v).list().ofMinSize(1).ofMaxSize(8)
                .map(lines -> String.join("\n", lines) + "\n");
    }

    @Property(tries = 400)
    void anyStudyFileImportsOrEndsInLocatedErrorsAndNoUnsafeNameEverPasses(@ForAll("studyFiles") String yaml)
            throws Exception {
        StudyYamlImporter.Result r = StudyYamlImporter.importFrom(new StringReader(yaml), null);
        int lines = (int) yaml.lines().count();
        for (var m : r.report().errors()) {
            check(m.line() >= 0 && m.line() <= lines + 1, "error outside the file: " + m + " in\n" + yaml);
        }
        if (r.study() == null) {
            check(!r.report().errors().isEmpty(), "refused without an error:\n" + yaml);
        } else {
            check(StudyNames.firstUnsafe(r.study()) == null, "an unsafe name imported:\n" + yaml);
        }
    }

    /** Legal studies: safe names, budgets and survivors in range, each stage after the one before it. */
    @Provide
    Arbitrary<Study> studies() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('_', '-', '.')
                .ofMinLength(1).ofMaxLength(20).filter(n -> Character.isLetterOrDigit(n.charAt(0)));
        Arbitrary<int[]> stage = Combinators.combine(Arbitraries.integers().between(1, 5000),
                Arbitraries.integers().between(1, 50)).as((b, s) -> new int[] { b, Math.min(b, s) });
        return Combinators.combine(name, name, stage.list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.of(EcoClass.values())).as((studyName, base, stages, cls) -> {
                    Study s = F.createStudy();
                    s.setName(studyName);
                    s.setBaseCaseName(base);
                    EcoDefinition e = F.createEcoDefinition();
                    e.setName("eco_x");
                    e.setEcoClass(cls);
                    s.getEcos().add(e);
                    for (int i = 0; i < stages.size(); i++) {
                        io.noodle.model.bench.SyntheticStudies.chainedStage(s, "s" + i, stages.get(i)[0],
                                stages.get(i)[1], "eco_x");
                    }
                    return s;
                });
    }

    @Property(tries = 200)
    void aStudyExportedAndImportedAgainIsTheSameStudy(@ForAll("studies") Study s) throws Exception {
        String yaml = StudyYamlExporter.toYaml(s);
        StudyYamlImporter.Result r = StudyYamlImporter.importFrom(new StringReader(yaml), null);
        check(r.study() != null, "did not import: " + r.report().messages() + "\n" + yaml);
        Study back = r.study();
        check(back.getName().equals(s.getName()) && back.getBaseCaseName().equals(s.getBaseCaseName()), yaml);
        check(back.getStages().size() == s.getStages().size(), yaml);
        for (int i = 0; i < s.getStages().size(); i++) {
            Stage a = s.getStages().get(i);
            Stage b = back.getStages().get(i);
            check(a.getName().equals(b.getName()) && a.getTrialBudget() == b.getTrialBudget()
                    && a.getSurvivorCount() == b.getSurvivorCount(), "stage " + i + " differs:\n" + yaml);
            check(b.getInputs().stream().map(Stage::getName).toList()
                    .equals(a.getInputs().stream().map(Stage::getName).toList()), "inputs of " + a.getName() + "\n" + yaml);
        }
        check(back.getEcos().get(0).getEcoClass() == s.getEcos().get(0).getEcoClass(), yaml);
    }

    // ------------------------------------------------------------------ report parsers

    @Provide
    Arbitrary<String> csvLike() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.doubles().map(String::valueOf),
                Arbitraries.integers().map(String::valueOf), Arbitraries.strings().ofMaxLength(5),
                Arbitraries.of("", "nan", "NaN", "1e309", "-", "1e-400", " 3 ", "0x10", "\r"));
        Arbitrary<String> line = cell.list().ofMaxSize(7).map(l -> String.join(",", l));
        return line.list().ofMaxSize(20).map(ls -> "x0,y0,x1,y1,value (%)\n" + String.join("\n", ls));
    }

    @Property(tries = 500)
    void aHeatmapCsvReadsOrFailsAtOneOfItsLines(@ForAll("csvLike") String text) {
        try {
            Heatmap h = HeatmapCsv.read("f.csv", text.getBytes(StandardCharsets.UTF_8), "p");
            h.stats(50);
        } catch (ParseFailure f) {
            check(f.source().line() >= 1 && f.source().line() <= text.split("\n", -1).length,
                    "failure outside the file: " + f.getMessage());
        }
    }

    @Property(tries = 200)
    void aHeatmapWrittenIsReadBackBinForBin(@ForAll @IntRange(min = 1, max = 30) int nx,
            @ForAll @IntRange(min = 1, max = 30) int ny, @ForAll long seed) throws Exception {
        java.util.Random rnd = new java.util.Random(seed);
        double[] v = new double[nx * ny];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.round(rnd.nextDouble() * 1_000_000) / 10_000.0; // 4 decimals, as the format writes them
        }
        Heatmap map = Heatmap.grid("rudy", "%", 0, 0, nx * 2.5, ny * 1.25, nx, ny, v);
        Path dir = Files.createTempDirectory("heatmap");
        try {
            HeatmapCsv.write(map, dir.resolve("m.csv"));
            Heatmap back = HeatmapCsv.read(dir.resolve("m.csv"), "rudy");
            check(back.size() == map.size() && "%".equals(back.unit()), "size or unit");
            for (int i = 0; i < v.length; i++) {
                check(Math.abs(back.values()[i] - v[i]) < 1e-9 && Math.abs(back.x1()[i] - map.x1()[i]) < 1e-4,
                        "bin " + i + ": " + back.values()[i] + " != " + v[i]);
            }
        } finally {
            io.noodle.core.io.FileTrees.delete(dir);
        }
    }

    @Provide
    Arbitrary<List<String>> reportLines() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of("Startpoint:", "Endpoint:", "slack", "(VIOLATED)",
                "(MET)", "data", "arrival", "required", "time", "Path", "Type:", "max", "min", "wns", "tns", "worst",
                "-", "|", "Delay", "Time", "Description", "ns", "ps", "clock", "library", "setup"),
                Arbitraries.doubles().between(-1e6, 1e6).map(d -> String.format(java.util.Locale.ROOT, "%.2f", d)),
                Arbitraries.strings().ofMaxLength(6));
        return word.list().ofMaxSize(8).map(w -> String.join(" ", w)).list().ofMaxSize(40);
    }

    @Property(tries = 500)
    void aTimingReportParsesOrFailsAtOneOfItsLines(@ForAll("reportLines") List<String> lines) {
        for (TimeUnit unit : new TimeUnit[] { TimeUnit.PS, null }) {
            try {
                StaReport.parse("f.rpt", new ArrayList<>(lines), unit).metrics().forEach(m -> check(
                        Double.isFinite(m.value()), "a metric that is not a number: " + m));
            } catch (ParseFailure f) {
                check(f.source().line() >= 0 && f.source().line() <= lines.size() + 1, "failure outside: " + f);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
