package io.noodle.eda.flow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.noodle.core.io.FileTrees;
import io.noodle.model.Stage;
import io.noodle.model.StageDependency;
import io.noodle.model.Study;
import io.noodle.model.derived.CaseNames;
import io.noodle.model.persistence.Snapshots;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.yaml.ImportReport;
import io.noodle.model.yaml.StudyYamlImporter;

/**
 * New studies: on a bundled design (mac8, fir8, mul16) of the local flow or on a design folder of the user's
 * (Verilog and an SDC, or a case's design snapshot), from a starting template: one stage (buffering then
 * resizing on the netlist), or the demo's five stages (all four ECO classes, a re-synthesis branch). Also a
 * copy of another study (its design and stages, none of its runs), a study from one case of a run (the case's
 * design becomes the base) and a study imported from a study YAML file. The study folder appears whole or
 * not at all; an existing one is never touched.
 */
public final class NewStudies {

    /** What the new study starts with. */
    public enum Template {
        ONE_STAGE("One stage: buffer the worst paths' fanout"),
        FIVE_STAGES("The demo's five stages: buffer, resize, re-synthesise, re-place, re-route");

        public final String label;

        Template(String label) {
            this.label = label;
        }
    }

    private NewStudies() {
    }

    /** Why a study of this name cannot be made in the workspace, or null. */
    public static String whyNot(Path workspace, String name) {
        if (!CaseNames.isSafe(name)) {
            return "a name of " + CaseNames.SAFE_NAME_RULE;
        }
        if (Files.exists(workspace.resolve(name))) {
            return workspace.resolve(name) + " exists already";
        }
        return null;
    }

    /**
     * Makes {@code <workspace>/<name>/} with the design copied in as {@code design/} and the study file.
     *
     * @return the study file
     */
    public static Path create(Path workspace, String name, String design, Template template) throws IOException {
        String why = whyNot(workspace, name);
        if (why != null) {
            throw new IOException("cannot make study '" + name + "': " + why);
        }
        Path folder = FileTrees.child(workspace, name);
        DemoStudy.writeWithDesign(folder, design, fromTemplate(name, design, template));
        return folder.resolve(name + ".noodle");
    }

    /**
     * Makes {@code <workspace>/<name>/} on a design folder of the user's: a design snapshot (it has
     * {@code design.properties}, e.g. a case's {@code design/}) is copied as it is; otherwise the folder's
     * Verilog files ({@code *.v}, read in name order) become the RTL of module {@code top} and its one SDC
     * file the constraints.
     *
     * @param top the top module of plain Verilog (ignored for a snapshot); see {@link #guessTop}
     * @return the study file
     */
    public static Path createFromFolder(Path workspace, String name, Path design, String top, Template template)
            throws IOException {
        String why = whyNot(workspace, name);
        if (why != null) {
            throw new IOException("cannot make study '" + name + "': " + why);
        }
        String base = checkDesignFolder(design, top);
        Study study = fromTemplate(name, base, template);
        study.setDescription("Close timing on " + base + " from " + design + " (" + template.label + ").");
        DemoStudy.writeWithDesign(FileTrees.child(workspace, name), target -> copyDesignFolder(design, top, target),
                study);
        return workspace.resolve(name).resolve(name + ".noodle");
    }

    /**
     * Why a folder cannot be the design of a new study (with the fix), or null. {@code top} matters for plain
     * Verilog only.
     */
    public static String whyNotDesign(Path design, String top) {
        try {
            checkDesignFolder(design, top);
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** A design copied into a study's folder, to become its base case: the folder (relative) and the module. */
    public record NewDesign(String folder, String top, String sha256) {
    }

    /**
     * Copies a design into a fresh folder of the study ({@code design-2}, {@code design-3}, …; the design the study
     * had stays where it is, so an undo finds it again): a bundled design by its name, or a folder of the user's
     * (a snapshot as it is; plain Verilog with its SDC as module {@code top}).
     *
     * @param bundled a bundled design's name, or null for {@code folder}
     */
    public static NewDesign copyDesignInto(Path studyFolder, String bundled, Path folder, String top) throws IOException {
        String module = bundled != null ? bundled : checkDesignFolder(folder, top);
        if (bundled != null && !DemoStudy.DESIGNS.contains(bundled)) {
            throw new IOException("no bundled design '" + bundled + "'; there are " + DemoStudy.DESIGNS);
        }
        int n = 2;
        while (Files.exists(studyFolder.resolve("design-" + n))) {
            n++;
        }
        String name = "design-" + n;
        Path target = FileTrees.child(studyFolder, name);
        Path tmp = Files.createTempDirectory(studyFolder, "." + name + ".");
        try {
            if (bundled != null) {
                DemoStudy.copyDesign(bundled, tmp);
            } else {
                copyDesignFolder(folder, top, tmp);
            }
            Files.move(tmp, target);
        } finally {
            FileTrees.delete(tmp);
        }
        return new NewDesign(name, DesignFolder.read(target).top(), io.noodle.model.persistence.Snapshots.sha256(target));
    }

    /** Checks a design folder; returns the module it implements (the base case's name). */
    private static String checkDesignFolder(Path design, String top) throws IOException {
        if (!Files.isDirectory(design)) {
            throw new IOException(design + " is not a folder");
        }
        if (Files.isRegularFile(design.resolve(DesignFolder.PROPERTIES))) {
            return DesignFolder.read(design).top();
        }
        List<Path> verilog = files(design, ".v");
        if (verilog.isEmpty()) {
            throw new IOException(design + " has no Verilog file (*.v) and is no design snapshot ("
                    + DesignFolder.PROPERTIES + ")");
        }
        sdc(design);
        if (top == null || top.isBlank()) {
            throw new IOException("name the top module of " + design + (guessTop(design) == null ? ""
                    : " (it looks like " + guessTop(design) + ")"));
        }
        if (!declared(verilog).contains(top)) {
            throw new IOException("no module '" + top + "' is declared in the Verilog of " + design + "; it declares "
                    + declared(verilog));
        }
        FlowScripts.ident(top, "top module");
        return top;
    }

    private static void copyDesignFolder(Path design, String top, Path target) throws IOException {
        Files.createDirectories(target);
        if (top == null || Files.isRegularFile(design.resolve(DesignFolder.PROPERTIES))) { // a snapshot: as it is
            List<Path> all;
            try (Stream<Path> s = Files.walk(design)) {
                all = s.sorted().toList();
            }
            for (Path p : all) {
                Path out = target.resolve(design.relativize(p).toString());
                if (Files.isSymbolicLink(p)) {
                    throw new IOException(p + " is a symbolic link; a design snapshot holds plain files only");
                }
                if (Files.isDirectory(p)) {
                    Files.createDirectories(out);
                } else {
                    Files.copy(p, out);
                }
            }
            return;
        }
        StringBuilder rtl = new StringBuilder();
        for (Path v : files(design, ".v")) {
            rtl.append("// ---- ").append(v.getFileName()).append('\n').append(Files.readString(v)).append('\n');
        }
        Files.createDirectories(target.resolve("source"));
        Files.writeString(target.resolve("source").resolve(top + ".v"), rtl);
        Files.copy(sdc(design), target.resolve(DesignFolder.CONSTRAINTS));
        DesignFolder.writeProperties(target, top);
    }

    private static Path sdc(Path design) throws IOException {
        List<Path> sdc = files(design, ".sdc");
        if (sdc.size() == 1) {
            return sdc.get(0);
        }
        Path named = design.resolve(DesignFolder.CONSTRAINTS);
        if (Files.isRegularFile(named)) {
            return named;
        }
        throw new IOException(sdc.isEmpty() ? design + " has no constraints file (*.sdc with the clock)"
                : design + " has " + sdc.size() + " SDC files " + sdc.stream().map(p -> p.getFileName().toString())
                        .toList() + "; keep one, or name the one to use " + DesignFolder.CONSTRAINTS);
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static final Pattern MODULE = Pattern.compile("(?m)^\\s*module\\s+([A-Za-z_][A-Za-z0-9_$]*)");
    private static final Pattern INSTANCE = Pattern.compile(
            "(?m)^\\s*([A-Za-z_][A-Za-z0-9_$]*)\\s*(?:#\\s*\\([^;]*?\\)\\s*)?[A-Za-z_][A-Za-z0-9_$]*\\s*\\(");

    private static Set<String> declared(List<Path> verilog) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (Path v : verilog) {
            Matcher m = MODULE.matcher(stripComments(Files.readString(v)));
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** The modules a folder's Verilog declares, in file order; empty when there is none or it cannot be read. */
    public static List<String> declaredModules(Path design) {
        try {
            return List.copyOf(declared(files(design, ".v")));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The module of a folder's Verilog that no other module instantiates, when there is exactly one; else
     * null (the user names it).
     */
    public static String guessTop(Path design) {
        try {
            List<Path> verilog = files(design, ".v");
            Set<String> modules = declared(verilog);
            Set<String> used = new LinkedHashSet<>();
            for (Path v : verilog) {
                Matcher m = INSTANCE.matcher(stripComments(Files.readString(v)));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
            List<String> tops = new ArrayList<>(modules);
            tops.removeAll(used);
            return tops.size() == 1 ? tops.get(0) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String stripComments(String v) {
        return v.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", "");
    }

    /**
     * A copy of a study under a new name: its design snapshot (copied when it sits inside the study's folder,
     * else referred to where it is), its stages, ECOs, rails and priors; none of its runs.
     *
     * @return the new study file
     */
    public static Path duplicate(Path workspace, Path studyFile, String name) throws IOException {
        Study study = load(studyFile);
        Path design = study.getSnapshot() == null ? null : Snapshots.resolve(study.getSnapshot());
        return copyOf(workspace, study, name, design, study.getBaseCaseName());
    }

    /**
     * A study like {@code studyFile}'s whose base is one of its cases: the case's design snapshot
     * ({@code caseDesign}, a folder of a run) is copied in and the base case takes the case's name.
     */
    public static Path fromCase(Path workspace, Path studyFile, String caseName, Path caseDesign, String name)
            throws IOException {
        if (caseDesign == null || !Files.isRegularFile(caseDesign.resolve(DesignFolder.PROPERTIES))) {
            throw new IOException("case " + caseName + " has no design snapshot to start from"
                    + (caseDesign == null ? "" : " (" + caseDesign + ")") + "; only a finished case has one");
        }
        Study study = load(studyFile);
        study.setDescription("From case " + caseName + " of " + study.getName() + ". "
                + (study.getDescription() == null ? "" : study.getDescription()));
        return copyOf(workspace, study, name, caseDesign, caseName);
    }

    private static Study load(Path studyFile) throws IOException {
        try {
            return StudyStore.load(studyFile);
        } catch (io.noodle.model.persistence.StudyLoadException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Path copyOf(Path workspace, Study study, String name, Path design, String base) throws IOException {
        String why = whyNot(workspace, name);
        if (why != null) {
            throw new IOException("cannot make study '" + name + "': " + why);
        }
        study.setName(name);
        study.setBaseCaseName(base);
        study.getCases().clear();
        study.getVerdicts().clear();
        Path folder = FileTrees.child(workspace, name);
        if (design != null && Files.isDirectory(design)) {
            study.getSnapshot().setPath("design"); // a copy of its own: the new study's runs never touch the old one
            DemoStudy.writeWithDesign(folder, target -> copyDesignFolder(design, null, target), study);
        } else {
            if (design != null) {
                study.getSnapshot().setPath(design.toString()); // a single file: referred to where it is
            }
            Files.createDirectories(workspace);
            Path tmp = Files.createTempDirectory(workspace, "." + name + ".");
            try {
                StudyStore.save(study, tmp);
                Files.move(tmp, folder);
            } finally {
                FileTrees.delete(tmp);
            }
        }
        return folder.resolve(name + ".noodle");
    }

    /** A study imported from a study YAML file, and what the import said. */
    public record Imported(Path file, List<ImportReport.Message> messages) {
    }

    /** A study YAML file that does not import: what the importer said, each message located. */
    public static final class NotImported extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient List<ImportReport.Message> messages;
        private final transient Path file;

        NotImported(Path file, List<ImportReport.Message> messages) {
            super(messages.stream().filter(ImportReport.Message::error).count() + " error(s); nothing was imported");
            this.file = file;
            this.messages = List.copyOf(messages);
        }

        public List<ImportReport.Message> messages() {
            return messages;
        }

        /** The messages as {@code file:line:column: severity: text} lines, then the count. */
        public String located() {
            StringBuilder b = new StringBuilder();
            messages.forEach(m -> b.append(m.format(file)).append('\n'));
            return b.append(getMessage()).toString();
        }
    }

    /**
     * Imports a study YAML file as {@code <workspace>/<its name>/<its name>.noodle}. Refused, with every
     * located error in the message, when the file does not import. The study's folder is created atomically: of
     * two imports of one name one wins and the other is refused; an existing study is replaced only with
     * {@code replace} (its study file, atomically; its runs are kept).
     */
    public static Imported importYaml(Path workspace, Path yaml, boolean replace) throws IOException {
        if (!Files.isRegularFile(yaml)) {
            throw new IOException(yaml + ": no such file");
        }
        StudyYamlImporter.Result r = StudyYamlImporter.importFile(yaml);
        if (r.study() == null) {
            throw new NotImported(yaml, r.report().messages());
        }
        Study study = r.study();
        completeFromCatalogue(study);
        if (!CaseNames.isSafe(study.getName())) {
            throw new IOException(yaml + ": study name '" + study.getName() + "' cannot be a folder name (use "
                    + CaseNames.SAFE_NAME_RULE + ")");
        }
        Path folder = FileTrees.child(workspace, study.getName());
        if (replace && Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // the study file is replaced at once (written beside it, then renamed); its runs stay
            return new Imported(StudyStore.save(study, folder), r.report().messages());
        }
        Files.createDirectories(workspace);
        try {
            Files.createDirectory(folder); // the claim: of two imports of one name, one creates the folder
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new IOException(folder + " exists already; nothing was overwritten. Fix: import with --replace to "
                    + "replace its study file (its runs are kept), or rename the study in " + yaml.getFileName(), e);
        }
        try {
            return new Imported(StudyStore.save(study, folder), r.report().messages());
        } catch (IOException | RuntimeException e) {
            FileTrees.delete(folder); // nothing half-made stays to block the next import
            throw e;
        }
    }

    /** {@link #importYaml(Path, Path, boolean)} that never replaces a study. */
    public static Imported importYaml(Path workspace, Path yaml) throws IOException {
        return importYaml(workspace, yaml, false);
    }

    /**
     * An ECO the local flow implements, named in a study without (some of) its parameters, takes the catalogue's:
     * each missing parameter with its type, range or choices and default, and a declared one without a default
     * or range gets the catalogue's, so that the planner has variants to sweep (an ECO named bare would
     * otherwise run once, however large the budget). Values the study gives are kept.
     */
    static void completeFromCatalogue(Study study) {
        for (io.noodle.model.EcoDefinition e : study.getEcos()) {
            LocalEco local = LocalEco.byName(e.getName());
            if (local == null) {
                continue;
            }
            for (io.noodle.model.EcoParameter full : local.definition().getParameters()) {
                io.noodle.model.EcoParameter mine = e.getParameters().stream()
                        .filter(p -> p.getName().equals(full.getName())).findFirst().orElse(null);
                if (mine == null) {
                    e.getParameters().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(full));
                    continue;
                }
                if (mine.getType() == io.noodle.model.ParameterType.CHOICE) {
                    continue; // the study's own variants
                }
                if (mine.getDefaultValue() == null) {
                    mine.setDefaultValue(full.getDefaultValue());
                }
                if (mine.getMin() == null && mine.getMax() == null && full.getMin() != null) {
                    mine.setType(full.getType());
                    mine.setMin(full.getMin());
                    mine.setMax(full.getMax());
                }
            }
        }
    }

    private static Study fromTemplate(String name, String design, Template template) throws IOException {
        Study study = DemoStudy.template();
        study.setName(name);
        study.setBaseCaseName(design);
        study.setDescription("Close timing on the bundled design " + design + " (" + template.label + ").");
        study.getTags().clear();
        study.getTags().add(design);
        if (template == Template.ONE_STAGE) {
            Stage first = study.getStages().get(0);
            List<Stage> others = List.copyOf(study.getStages().subList(1, study.getStages().size()));
            List<StageDependency> deps = List.copyOf(study.getDependencies());
            study.getDependencies().removeAll(deps);
            study.getStages().removeAll(others);
            first.setTrialBudget(Math.max(first.getTrialBudget(), 2));
        }
        return study;
    }
}
