package io.noodle.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the hostile study files of {@link HostileInputSuiteTest}: YAML in this product's and Noodle 2's
 * formats, and XMI study files, each bad in one way a user or an attacker could make it bad. Generation is
 * seeded, so a failure is reproduced by its number.
 */
final class HostileInputs {

    /** One input: its file name (unique, plain) and its bytes. */
    record Input(String name, boolean xmi, byte[] bytes, String what) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** A file that a traversal or shell payload would create outside the workspace. */
    static final String PWNED = "pwned";

    /** This product's flat format: a legal two-stage study with small budgets. */
    static final String FLAT = """
            name: %NAME%
            base_case: %BASE%
            safety_domain: %DOMAIN%
            description: "%DESC%"
            ecos:
              - {name: %ECO%, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 9}]}
              - {name: combo, class: placement_local, parts: [%ECO%]}
            stages:
              - {name: %STAGE%, trial_budget: %BUDGET%, survivor_count: %SURV%, ecos: [%ECO%]}
              - {name: second, trial_budget: 2, survivor_count: 1, ecos: [combo], depends_on: [%DEP%]}
            """;

    /** Noodle 2's flat format. */
    static final String N2_FLAT = """
            name: %NAME%
            safety_domain: guarded
            base_case_name: %BASE%
            pdk: Nangate45
            eco_whitelist: [cell_resize, placement_density]
            rails:
              abort: {wns_ps: -5000, timeout_seconds: %TIMEOUT%}
            stages:
              - name: %STAGE%
                execution_mode: sta_only
                trial_budget: %BUDGET%
                survivor_count: %SURV%
                allowed_eco_classes: [topology_neutral, placement_local]
            """;

    /** Noodle 2's sectioned format. */
    static final String N2_SECTIONED = """
            study:
              name: %NAME%
              description: "%DESC%"
            design:
              pdk: ASAP7
              base_case_name: %BASE%
            safety:
              domain: sandbox
            execution:
              max_concurrent_trials: %SLOTS%
              trial_timeout_seconds: %TIMEOUT%
            stages:
              count: %COUNT%
              trial_budget: %BUDGET%
              survivor_count: %SURV%
            """;

    /** Names that must never reach a path, a shell or a terminal as they are (YAML double-quoted escapes). */
    static List<String> badNames(String outside) {
        return List.of("../../outside/" + PWNED, outside + "/" + PWNED, "a/b", "..", ".", "", " ", "a\\\\..\\\\b",
                "$(touch " + outside + "/" + PWNED + ")", "`touch " + outside + "/" + PWNED + "`",
                "x; touch " + outside + "/" + PWNED, "x|y", "x && y", "\\\"quoted\\\"", "it's", "x\\ny", "x\\0y",
                "x\\e[2Jy", "x\\u202ey", "x\\u009by", "x\\ty", "-rf", "--resume", "n".repeat(5000), "名前",
                "\\U0001F600", "x\\u2028y", "CON");
    }

    /** Values that are not the small whole numbers a count takes. */
    static final List<String> BAD_NUMBERS = List.of("-1", "0", "1e9", "2147483648", "9223372036854775808", "1e309",
            ".inf", "-.inf", ".nan", "0x7fffffff", "0o17", "1_000_000_000", "12abc", "~", "null", "true", "[1]",
            "{a: 1}", "''", "3.5", "99999999999999999999999");

    private HostileInputs() {
    }

    private static String fill(String t, String... kv) {
        String s = t;
        for (int i = 0; i < kv.length; i += 2) {
            s = s.replace("%" + kv[i] + "%", kv[i + 1]);
        }
        return s.replace("%NAME%", "h").replace("%BASE%", "h_base").replace("%DOMAIN%", "guarded")
                .replace("%DESC%", "a study").replace("%ECO%", "good").replace("%STAGE%", "first")
                .replace("%BUDGET%", "2").replace("%SURV%", "1").replace("%DEP%", "first").replace("%TIMEOUT%", "60")
                .replace("%SLOTS%", "1").replace("%COUNT%", "2");
    }

    /** Every YAML input. */
    static List<Input> yaml(String outside, long seed) {
        List<Input> out = new ArrayList<>();
        Random rnd = new Random(seed);
        // 1. names in every slot that becomes a path, a command argument or a terminal line
        for (String bad : badNames(outside)) {
            String q = "\"" + bad + "\"";
            for (String slot : List.of("NAME", "BASE", "STAGE", "ECO")) {
                add(out, FLAT, "flat " + slot + "=" + bad, slot, q, slot.equals("STAGE") ? "DEP" : "_", q);
            }
            for (String slot : List.of("NAME", "BASE", "STAGE")) {
                add(out, N2_FLAT, "n2 flat " + slot + "=" + bad, slot, q);
            }
            add(out, N2_SECTIONED, "n2 sectioned NAME=" + bad, "NAME", q);
        }
        // 2. numbers that are not counts
        for (String bad : BAD_NUMBERS) {
            add(out, FLAT, "flat trial_budget=" + bad, "BUDGET", bad);
            add(out, FLAT, "flat survivor_count=" + bad, "SURV", bad);
            add(out, N2_FLAT, "n2 flat trial_budget=" + bad, "BUDGET", bad);
            add(out, N2_FLAT, "n2 flat timeout_seconds=" + bad, "TIMEOUT", bad);
            add(out, N2_SECTIONED, "n2 sectioned stages.count=" + bad, "COUNT", bad);
            add(out, N2_SECTIONED, "n2 sectioned max_concurrent_trials=" + bad, "SLOTS", bad);
        }
        // 3. structure: wrong types, cycles, unknown references, YAML's own traps
        String flat = fill(FLAT);
        String[][] edits = {
                { "stages as a string", "stages:\n", "stages: oops\nx:\n" },
                { "stages as a number", "stages:\n", "stages: 5\nx:\n" },
                { "ecos as a mapping", "ecos:\n", "ecos: {a: 1}\nx:\n" },
                { "name as a list", "name: h\n", "name: [a, b]\n" },
                { "depends_on as a scalar", "depends_on: [first]", "depends_on: first" },
                { "depends_on an unknown stage", "depends_on: [first]", "depends_on: [nowhere]" },
                { "a stage depending on itself", "ecos: [combo], depends_on: [first]", "ecos: [combo], depends_on: [second]" },
                { "two stages in a cycle", "ecos: [good]}", "ecos: [good], depends_on: [second]}" },
                { "a compound ECO containing itself", "parts: [good]", "parts: [combo]" },
                { "a compound ECO of an unknown part", "parts: [good]", "parts: [ghost]" },
                { "an unknown ECO in a stage", "ecos: [good]}", "ecos: [ghost]}" },
                { "an unknown ECO class", "class: topology_neutral", "class: nuclear" },
                { "an unknown safety domain", "safety_domain: guarded", "safety_domain: yolo" },
                { "duplicate stage names", "name: second,", "name: first," },
                { "a duplicate key", "base_case: h_base\n", "base_case: h_base\nbase_case: other\n" },
                { "a merge key", "stages:\n", "defaults: &d {trial_budget: 9}\nstages:\n" },
                { "a merge key used", "{name: second,", "{<<: *d, name: second," },
                { "a second document", "stages:\n", "---\nstages:\n" },
                { "tabs for indentation", "  - {name: first", "\t- {name: first" },
                { "an unclosed flow mapping", "ecos: [combo], depends_on: [first]}", "ecos: [combo], depends_on: [first]" },
                { "an undefined alias", "trial_budget: 2, survivor_count: 1, ecos: [combo]", "trial_budget: *nope, survivor_count: 1, ecos: [combo]" },
                { "a parameter whose min exceeds max", "min: 1, max: 9", "min: 9, max: 1" },
                { "a parameter default outside its range", "default: \"1\"", "default: \"100\"" },
                { "a parameter of an unknown type", "type: int", "type: quaternion" },
                { "survivors above the budget", "survivor_count: 1, ecos: [good]", "survivor_count: 9, ecos: [good]" },
                { "a negative rail", "safety_domain: guarded\n", "safety_domain: guarded\nrails: {catastrophic_failures: -3, max_runtime_hours: -1}\n" },
                { "a snapshot that is a device", "safety_domain: guarded\n", "safety_domain: guarded\nsnapshot: {path: /dev/zero}\n" },
                { "a snapshot that is the root", "safety_domain: guarded\n", "safety_domain: guarded\nsnapshot: {path: /}\n" },
                { "a snapshot path with a NUL", "safety_domain: guarded\n", "safety_domain: guarded\nsnapshot: {path: \"a\\0b\"}\n" },
                { "an environment variable with a bad name", "safety_domain: guarded\n", "safety_domain: guarded\nenvironment: {\"A B\": x, \"$(id)\": y}\n" },
                { "an environment value with a NUL", "safety_domain: guarded\n", "safety_domain: guarded\nenvironment: {A: \"x\\0y\"}\n" },
                { "an executor we do not have", "safety_domain: guarded\n", "safety_domain: guarded\nexecutor: \"local+$(id)\"\n" },
                { "an unknown key with an escape sequence", "safety_domain: guarded\n", "safety_domain: guarded\n\"k\\e[2J\\u202e\": 1\n" }, };
        for (String[] e : edits) {
            if (!flat.contains(e[1])) {
                throw new IllegalStateException("template lacks '" + e[1] + "' for " + e[0]);
            }
            out.add(input(out, e[0], flat.replaceFirst(java.util.regex.Pattern.quote(e[1]),
                    java.util.regex.Matcher.quoteReplacement(e[2]))));
        }
        out.add(input(out, "a compound chain of 20000 links", chain(20_000)));
        out.add(input(out, "an alias bomb", aliasBomb()));
        out.add(input(out, "lists nested 10000 deep", "name: h\nbase_case: b\ndescription: " + "[".repeat(10_000) + "\n"));
        out.add(input(out, "mappings nested 3000 deep", "name: h\nbase_case: b\nx: " + "{a: ".repeat(3000) + "1"
                + "}".repeat(3000) + "\n"));
        out.add(input(out, "a 5 MB line", "name: h\nbase_case: b\ndescription: \"" + "x".repeat(5 << 20) + "\"\n"));
        out.add(input(out, "a 5 MB file of stages", "name: h\nbase_case: b\nstages:\n"
                + "  - {name: s, trial_budget: 1, survivor_count: 1}\n".repeat(110_000)));
        out.add(input(out, "an empty file", ""));
        out.add(input(out, "comments only", "# nothing\n# here\n"));
        out.add(input(out, "a scalar document", "just a string\n"));
        out.add(input(out, "a list document", "- a\n- b\n"));
        out.add(bytes(out, "a byte-order mark", concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, flat)));
        out.add(bytes(out, "UTF-16", flat.getBytes(StandardCharsets.UTF_16)));
        out.add(bytes(out, "invalid UTF-8 in a name", concat(flat.substring(0, 6), new byte[] { (byte) 0xC3, (byte) 0x28,
                (byte) 0xFF }, flat.substring(7))));
        out.add(bytes(out, "a raw NUL byte", concat(flat.substring(0, 8), new byte[] { 0 }, flat.substring(8))));
        out.add(input(out, "CRLF line ends", flat.replace("\n", "\r\n")));
        out.add(input(out, "a lone CR in a value", flat.replace("a study", "a\rstudy")));
        // 4. truncated files: each template cut at seeded places
        for (String t : List.of(flat, fill(N2_FLAT), fill(N2_SECTIONED))) {
            for (int i = 0; i < 12; i++) {
                int cut = 1 + rnd.nextInt(t.length() - 1);
                out.add(input(out, "truncated at " + cut, t.substring(0, cut)));
            }
        }
        return out;
    }

    private static String chain(int links) {
        StringBuilder y = new StringBuilder("name: h\nbase_case: b\necos:\n  - {name: e0, class: topology_neutral}\n");
        for (int i = 1; i < links; i++) {
            y.append("  - {name: e").append(i).append(", class: topology_neutral, parts: [e").append(i - 1).append("]}\n");
        }
        return y.append("stages:\n  - {name: s, trial_budget: 1, survivor_count: 1, ecos: [e").append(links - 1)
                .append("]}\n").toString();
    }

    private static String aliasBomb() {
        StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        return y.append("name: h\nbase_case: b\ndescription: *a9\n").toString();
    }

    /** Every XMI input, made from a good study file of this product ({@code good}). */
    static List<Input> xmi(String good, String outside, long seed) {
        List<Input> out = new ArrayList<>();
        Random rnd = new Random(seed);
        for (int i = 0; i < 12; i++) {
            int cut = 1 + rnd.nextInt(good.length() - 1);
            out.add(xml(out, "truncated at " + cut, good.substring(0, cut)));
        }
        for (String bad : BAD_NUMBERS) {
            out.add(xml(out, "trialBudget=" + bad, rep(good, "trialBudget=\"\\d+\"", "trialBudget=\""
                    + bad.replace("\"", "&quot;") + "\"")));
        }
        for (String bad : List.of("../../outside/" + PWNED, outside + "/" + PWNED, "a/b", "..", "", "&#x1b;[2J",
                "x&#x202e;y", "$(touch " + outside + "/" + PWNED + ")", "x&#10;y", "n".repeat(5000))) {
            out.add(xml(out, "study name=" + bad, rep(good, " name=\"[^\"]*\"", " name=\"" + bad + "\"")));
            out.add(xml(out, "stage name=" + bad, rep(good, "<stages name=\"[^\"]*\"", "<stages name=\"" + bad
                    + "\"")));
            out.add(xml(out, "base case=" + bad, rep(good, "baseCaseName=\"[^\"]*\"", "baseCaseName=\"" + bad
                    + "\"")));
        }
        String root = good.substring(good.indexOf("<noodle:Study"));
        String decl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        out.add(xml(out, "an invalid character reference", rep(good, " name=\"[^\"]*\"", " name=\"x&#0;y\"")));
        out.add(xml(out, "an entity bomb", decl + "<!DOCTYPE s [<!ENTITY a \"xxxxxxxxxx\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                + "&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;"
                + "&c;\">]>\n" + rep(root, " name=\"[^\"]*\"", " name=\"&d;\"")));
        out.add(xml(out, "an external entity (XXE)", decl + "<!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + rep(root, " name=\"[^\"]*\"", " name=\"&x;\"")));
        out.add(xml(out, "an external DTD on a FIFO", decl + "<!DOCTYPE s SYSTEM \"file://" + outside + "/fifo\">\n"
                + root));
        for (String href : List.of("http://127.0.0.1:9/x.noodle#//@ecos.0", "file://" + outside + "/fifo#//@ecos.0",
                "other.noodle#//@ecos.0", "/etc/passwd#//@ecos.0")) {
            out.add(xml(out, "an href to " + href, rep(good, "</ecos>", "<parts href=\"" + href
                    + "\"/></ecos>")));
        }
        out.add(xml(out, "a foreign root element", decl + "<html><body>not a study</body></html>\n"));
        out.add(xml(out, "an unknown element", rep(good, "<rails/>", "<rails/><bogus a=\"1\"/>")));
        out.add(xml(out, "an unknown attribute", rep(good, " name=\"", " bogus=\"1\" name=\"")));
        out.add(xml(out, "an unknown enum literal", rep(good, "<stages ", "<stages executionMode=\"warp\" ")));
        out.add(xml(out, "elements nested 20000 deep", decl + rep(root, "<rails/>", "<rails>"
                + "<x>".repeat(20_000) + "</x>".repeat(20_000) + "</rails>")));
        out.add(xml(out, "an empty file", ""));
        out.add(xml(out, "not XML", "name: h\nbase_case: b\n"));
        out.add(new Input("x" + out.size(), true, good.getBytes(StandardCharsets.UTF_16LE), "UTF-16 without a mark"));
        out.add(new Input("x" + out.size(), true, concat(good.substring(0, 100), new byte[] { (byte) 0xFF, (byte) 0xFE },
                good.substring(100)), "invalid UTF-8"));
        out.add(xml(out, "a 5 MB attribute", rep(good, " name=\"[^\"]*\"", " name=\"h\" description=\""
                + "d".repeat(5 << 20) + "\"")));
        return out;
    }

    /** {@code text} with the first match of {@code regex} replaced by {@code with}, taken literally. */
    private static String rep(String text, String regex, String with) {
        return text.replaceFirst(regex, java.util.regex.Matcher.quoteReplacement(with));
    }

    private static void add(List<Input> out, String template, String what, String... kv) {
        out.add(input(out, what, fill(template, kv)));
    }

    private static Input input(List<Input> out, String what, String text) {
        return new Input("h" + out.size(), false, text.getBytes(StandardCharsets.UTF_8), what);
    }

    private static Input bytes(List<Input> out, String what, byte[] b) {
        return new Input("h" + out.size(), false, b, what);
    }

    private static Input xml(List<Input> out, String what, String text) {
        return new Input("x" + out.size(), true, text.getBytes(StandardCharsets.UTF_8), what);
    }

    private static byte[] concat(Object... parts) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (Object p : parts) {
            byte[] x = p instanceof byte[] a ? a : ((String) p).getBytes(StandardCharsets.UTF_8);
            b.write(x, 0, x.length);
        }
        return b.toByteArray();
    }
}
