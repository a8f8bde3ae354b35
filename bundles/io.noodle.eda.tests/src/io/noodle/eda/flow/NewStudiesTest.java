package io.noodle.eda.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.engine.exec.SlotPool;
import io.noodle.engine.registry.RunRegistry;
import io.noodle.engine.run.RunResult;
import io.noodle.engine.run.StudyRunner;
import io.noodle.model.Study;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.validation.LegalityReport;

/**
 * New studies from a bundled design, a design folder of the user's, another study, a case of a run or a study
 * YAML file: legal, with their design, never over another. A study on a user's Verilog runs on the real tools.
 */
class NewStudiesTest {

    @TempDir
    Path ws;
    /** Where the user's own files are, outside the workspace. */
    @TempDir
    Path elsewhere;

    @Test
    void aStudyFromABundledDesignAndATemplateIsLegalAndHoldsItsDesign() throws Exception {
        Path file = NewStudies.create(ws, "fir_one", "fir8", NewStudies.Template.ONE_STAGE);
        assertEquals(ws.resolve("fir_one/fir_one.noodle"), file);
        Study s = StudyStore.load(file);
        assertEquals("fir_one", s.getName());
        assertEquals("fir8", s.getBaseCaseName());
        assertEquals(1, s.getStages().size());
        assertEquals(0, s.getDependencies().size());
        assertTrue(LegalityReport.of(s).isLegal(), LegalityReport.of(s).toText());
        assertTrue(Files.isRegularFile(ws.resolve("fir_one/design/design.properties")));
        assertTrue(Files.readString(ws.resolve("fir_one/design/design.properties")).contains("fir8"));

        Study five = StudyStore.load(NewStudies.create(ws, "mul_five", "mul16", NewStudies.Template.FIVE_STAGES));
        assertEquals(5, five.getStages().size());
        assertTrue(LegalityReport.of(five).isLegal());

        var e = assertThrows(java.io.IOException.class, () -> NewStudies.create(ws, "fir_one", "mac8",
                NewStudies.Template.ONE_STAGE));
        assertTrue(e.getMessage().contains("exists already"), e.getMessage());
        assertTrue(NewStudies.whyNot(ws, "../x").startsWith("a name of"));
        try (var left = Files.list(ws)) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().startsWith(".")).count(),
                    "no temporary folder left behind");
        }
    }

    /** A user's design: a top module in one file, the block it instantiates in another, and one SDC. */
    private Path usersDesign() throws Exception {
        Path d = Files.createDirectories(elsewhere.resolve("users-design"));
        Files.writeString(d.resolve("a_top.v"), """
                // the top: registers around a multiplier block
                module pipe_mul (input clk, input rst, input [5:0] a, input [5:0] b, output reg [11:0] p);
                  reg [5:0] ra, rb;
                  wire [11:0] m;
                  /* a block of another file */
                  mul_block #(.W(6)) u_mul (.x(ra), .y(rb), .z(m));
                  always @(posedge clk) begin
                    if (rst) begin ra <= 0; rb <= 0; p <= 0; end
                    else begin ra <= a; rb <= b; p <= m; end
                  end
                endmodule
                """);
        Files.writeString(d.resolve("b_block.v"), """
                module mul_block #(parameter W = 4) (input [W-1:0] x, input [W-1:0] y, output [2*W-1:0] z);
                  assign z = x * y;
                endmodule
                """);
        Files.writeString(d.resolve("timing.sdc"), """
                create_clock -name clk -period 2.0 [get_ports clk]
                set_input_delay 0.2 -clock clk [get_ports {rst a[*] b[*]}]
                set_output_delay 0.2 -clock clk [get_ports {p[*]}]
                """);
        return d;
    }

    @Test
    void aStudyOnAUsersVerilogAndSdcRunsOnTheRealTools() throws Exception {
        Path d = usersDesign();
        assertEquals("pipe_mul", NewStudies.guessTop(d), "the module nobody instantiates");
        assertTrue(NewStudies.whyNotDesign(d, "").contains("it looks like pipe_mul"), NewStudies.whyNotDesign(d, ""));
        assertTrue(NewStudies.whyNotDesign(d, "nope").contains("no module 'nope'"), NewStudies.whyNotDesign(d, "nope"));
        Files.writeString(d.resolve("other.sdc"), "create_clock -period 5 [get_ports clk]\n");
        assertTrue(NewStudies.whyNotDesign(d, "pipe_mul").contains("2 SDC files [other.sdc, timing.sdc]"),
                NewStudies.whyNotDesign(d, "pipe_mul"));
        Files.delete(d.resolve("other.sdc"));
        assertEquals(null, NewStudies.whyNotDesign(d, "pipe_mul"));

        Path file = NewStudies.createFromFolder(ws, "mine", d, "pipe_mul", NewStudies.Template.ONE_STAGE);
        Study s = StudyStore.load(file);
        assertEquals("pipe_mul", s.getBaseCaseName());
        assertTrue(LegalityReport.of(s).isLegal(), LegalityReport.of(s).toText());
        DesignFolder design = DesignFolder.read(file.getParent().resolve("design"));
        assertEquals("pipe_mul", design.top());
        String rtl = Files.readString(design.rtl());
        assertTrue(rtl.contains("module pipe_mul") && rtl.contains("module mul_block"), rtl);

        SlotPool pool = new SlotPool(2);
        StudyRunner r = new StudyRunner(s, file.getParent(), new LocalFlow(Toolchain.defaults()),
                new LocalProcessExecutor(pool, 2), new RunRegistry(pool), StudyRunner.Start.FRESH);
        RunResult result = r.run(new NullProgressMonitor());
        assertEquals(RunResult.Status.SUCCEEDED, result.status(), result.message());
        CaseRecord base = r.finishedCases().stream().filter(c -> c.name().equals("pipe_mul")).findFirst().orElseThrow();
        assertTrue(base.metric("wns") != null && base.metric("cell_count") != null, base.metrics().toString());
        assertTrue(r.finishedCases().size() > 1, "the stage derived cases: " + r.finishedCases());

        // the run's case becomes the base of a new study; duplicating copies the design, never the runs
        CaseRecord child = r.finishedCases().stream().filter(c -> c.stage() == 0 && c.failure() == null).findFirst()
                .orElseThrow();
        Path fromCase = NewStudies.fromCase(ws, file, child.name(), Path.of(child.design()), "from_case");
        Study fc = StudyStore.load(fromCase);
        assertEquals(child.name(), fc.getBaseCaseName());
        assertEquals("design", fc.getSnapshot().getPath());
        assertArrayEquals(Files.readAllBytes(Path.of(child.design()).resolve(DesignFolder.NETLIST)),
                Files.readAllBytes(fromCase.getParent().resolve("design").resolve(DesignFolder.NETLIST)));
        assertTrue(LegalityReport.of(fc).isLegal(), LegalityReport.of(fc).toText());

        Path dup = NewStudies.duplicate(ws, file, "mine_copy");
        Study copy = StudyStore.load(dup);
        assertEquals("mine_copy", copy.getName());
        assertEquals(s.getStages().size(), copy.getStages().size());
        assertEquals(s.getSnapshot().getSha256(), copy.getSnapshot().getSha256(), "the same design");
        assertTrue(Files.isDirectory(file.getParent().resolve("runs")));
        assertTrue(Files.notExists(dup.getParent().resolve("runs")), "no run is copied");
        assertThrows(java.io.IOException.class, () -> NewStudies.duplicate(ws, file, "mine"));
    }

    /**
     * ECOs named without their parameters take the catalogue's, with ranges and variants: a budget of 4 plans
     * four distinct trials (named bare, buffer_fanout used to run the same script four times). Noodle 2's
     * cell_resize, whose file gives only the multipliers to try, gets the catalogue's range for its paths.
     */
    @Test
    void ecosNamedWithoutParametersTakeTheCataloguesAndEveryTrialDiffers() throws Exception {
        Path yaml = elsewhere.resolve("bare.yaml");
        Files.writeString(yaml, "name: bare\nbase_case: b\nsafety_domain: guarded\n"
                + "ecos:\n  - {name: buffer_fanout, class: placement_local}\n"
                + "stages:\n  - {name: a, trial_budget: 4, survivor_count: 1, ecos: [buffer_fanout]}\n");
        Study s = io.noodle.model.persistence.StudyStore.load(NewStudies.importYaml(ws, yaml).file());
        var eco = s.getEcos().get(0);
        assertEquals(List.of("min_fanout", "paths"), eco.getParameters().stream().map(p -> p.getName()).toList());
        assertEquals(2.0, eco.getParameters().get(0).getMin());
        var base = new io.noodle.model.results.CaseRecord("b", -1, 0, List.of(), null, java.util.Map.of(), "succeeded",
                null, null, null, List.of(), "/d", List.of(), 0);
        var plan = io.noodle.engine.run.TrialPlanner.plan(s, s.getStages().get(0), List.of(base), List.of(eco));
        assertEquals(4, plan.size());
        assertEquals(4, plan.stream().map(t -> t.arguments()).distinct().count(), plan.toString());

        Path n2 = elsewhere.resolve("n2.yaml");
        Files.writeString(n2, "study: {name: n2bare}\ndesign: {pdk: osu018, base_case_name: b, snapshot_path: d}\n"
                + "ecos: {base: {cell_resize: {parameters: {size_multiplier: [2.0, 4.0]}}}}\n");
        Study n = io.noodle.model.persistence.StudyStore.load(NewStudies.importYaml(ws, n2).file());
        var resize = n.getEcos().get(0);
        assertEquals("2.0", resize.getParameters().get(0).getDefaultValue(), "the file's variants kept");
        assertEquals(List.of("2.0", "4.0"), resize.getParameters().get(0).getChoices());
        assertEquals(200.0, resize.getParameters().get(1).getMax(), "max_paths: the catalogue's range");
        assertEquals("20", resize.getParameters().get(1).getDefaultValue());
    }

    @Test
    void aYamlImportsOnceAndABrokenOneSaysWhereAndWritesNothing() throws Exception {
        Path yaml = elsewhere.resolve("s.yaml");
        Files.writeString(yaml, "name: imp\nbase_case: b\nsafety_domain: sandbox\ncolour: blue\n"
                + "stages:\n  - {name: a, trial_budget: 1}\n");
        NewStudies.Imported imported = NewStudies.importYaml(ws, yaml);
        assertEquals(ws.resolve("imp/imp.noodle"), imported.file());
        assertEquals("unknown key 'colour' ignored", imported.messages().get(0).text());
        var again = assertThrows(java.io.IOException.class, () -> NewStudies.importYaml(ws, yaml));
        assertTrue(again.getMessage().contains("exists already") && again.getMessage().contains("--replace"),
                again.getMessage());
        // --replace replaces the study file and keeps the runs
        Files.createDirectories(ws.resolve("imp/runs/run-1"));
        Files.writeString(yaml, Files.readString(yaml).replace("trial_budget: 1", "trial_budget: 4"));
        NewStudies.importYaml(ws, yaml, true);
        assertEquals(4, io.noodle.model.persistence.StudyStore.load(ws.resolve("imp")).getStages().get(0)
                .getTrialBudget());
        assertTrue(Files.isDirectory(ws.resolve("imp/runs/run-1")));

        // eight imports of one new name at once: exactly one creates it, the others are refused
        Files.writeString(yaml, Files.readString(yaml).replace("name: imp", "name: raced"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        var latch = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Boolean>> tries = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tries.add(pool.submit(() -> {
                latch.await();
                try {
                    NewStudies.importYaml(ws, yaml);
                    return true;
                } catch (java.io.IOException e) {
                    return false;
                }
            }));
        }
        latch.countDown();
        int won = 0;
        for (var t : tries) {
            won += t.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, won);

        Files.writeString(yaml, "name: other\nbase_case: b\nstages:\n  - name: a\n    trial_budget: lots\n");
        var bad = assertThrows(NewStudies.NotImported.class, () -> NewStudies.importYaml(ws, yaml));
        assertTrue(bad.located().startsWith(yaml + ":5:19: error: stages[0].trial_budget"), bad.located());
        assertTrue(Files.notExists(ws.resolve("other")));
    }
}
