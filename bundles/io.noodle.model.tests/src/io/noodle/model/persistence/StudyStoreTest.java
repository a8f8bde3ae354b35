package io.noodle.model.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.model.Case;
import io.noodle.model.NoodleFactory;
import io.noodle.model.GateVerdict;
import io.noodle.model.Study;
import io.noodle.model.RunResults;
import io.noodle.model.TestStudies;
import io.noodle.model.derived.SourceLine;
import io.noodle.model.results.LegacyResults;
import io.noodle.model.results.Results;
import io.noodle.model.results.RunFolder;

class StudyStoreTest {

    @TempDir
    Path dir;

    @Test
    void xmiRoundTripIsExact() throws Exception {
        Study s = TestStudies.importSample("flat-full.yaml", dir);
        Path folder = dir.resolve("mac8_timing");
        Path file = StudyStore.save(s, folder);
        assertEquals(folder.resolve("mac8_timing.noodle"), file);

        Study back = StudyStore.load(folder);
        assertTrue(EcoreUtil.equals(s, back), "loaded study equals the saved one");
        byte[] first = Files.readAllBytes(file);
        StudyStore.save(back, folder);
        assertArrayEquals(first, Files.readAllBytes(file), "saving the loaded study writes the same bytes");
        assertFalse(Files.exists(folder.resolve(RunFolder.RUNS)), "a study without results makes no run folder");
    }

    @Test
    void resultsKeptInsideAnOldStudyFileMoveToARunFolderOfTheirOwnWhenItIsLoaded() throws Exception {
        Study s = TestStudies.importSample("flat-full.yaml", dir);
        Case base = TestStudies.addCase(s, "mac8_base", null, -900);
        TestStudies.addCase(s, "mac8_base_0_0", "resize_worst", -700, base);
        GateVerdict gate = NoodleFactory.eINSTANCE.createGateVerdict();
        gate.setRail("gate0");
        gate.getCases().add(base);
        gate.getEvidence().add(new SourceLine("/r/sta.rpt", 12));
        s.getVerdicts().add(gate);
        Path folder = dir.resolve("mac8_timing");
        Path file = StudyStore.save(s, folder); // the layout of earlier versions: results inside
        assertTrue(Files.readString(file).contains("mac8_base_0_0"));

        Study back = StudyStore.load(folder);
        assertEquals(0, back.getCases().size(), "the design holds no results any more");
        assertEquals(0, back.getVerdicts().size());
        assertFalse(Files.readString(file).contains("mac8_base_0_0"), "the study file was saved without them");
        RunFolder run = RunFolder.latest(folder).orElseThrow();
        assertEquals("run-1", run.id());
        RunResults results = Results.load(run, back);
        assertEquals(LegacyResults.MIGRATED, results.getStatus());
        assertEquals(List.of("mac8_base", "mac8_base_0_0"), results.getCases().stream().map(Case::getName).toList());
        Case child = results.getCases().get(1);
        assertEquals(results.getCases().get(0), child.getParents().get(0), "lineage survives");
        assertEquals(-700, child.metric("wns").getValue());
        assertEquals("resize_worst", child.getApplied().get(0).getEcoName());
        assertEquals(0, child.getStageIndex(), "derived features work on results: the study is known");
        assertEquals("/r/sta.rpt:12", results.getVerdicts().get(0).getEvidence().get(0).toString());
        assertEquals(List.of(results.getCases().get(0)), results.getVerdicts().get(0).getCases());

        StudyStore.load(folder);
        assertEquals(1, RunFolder.all(folder).size(), "a second load moves nothing again");
    }

    @Test
    void malformedXmlIsALocatedError() throws Exception {
        Path f = dir.resolve("bad.noodle");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<noodle:Study xmlns:noodle=\"http://noodle.io/model/1.0\" name=\"x\">\n  <stages name=\"a\"\n</noodle:Study>\n");
        StudyLoadException e = assertThrows(StudyLoadException.class, () -> StudyStore.load(f));
        assertEquals(f.toAbsolutePath(), e.file());
        assertTrue(e.line() >= 3, "line " + e.line());
        assertTrue(e.getMessage().startsWith(f.toAbsolutePath() + ":" + e.line()), e.getMessage());
        assertTrue(!e.getMessage().contains("\tat "), "no stack trace in the message");
    }

    @Test
    void aForeignFileIsRefusedWithWhatItHolds() throws Exception {
        Path f = dir.resolve("other.noodle");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<html><body>hello</body></html>\n");
        StudyLoadException e = assertThrows(StudyLoadException.class, () -> StudyStore.load(f));
        assertTrue(e.getMessage().startsWith(f.toAbsolutePath().toString()), e.getMessage());
        Path g = dir.resolve("case.noodle");
        Files.writeString(g, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<noodle:Case xmlns:noodle=\"http://noodle.io/model/1.0\" name=\"c\"/>\n");
        StudyLoadException e2 = assertThrows(StudyLoadException.class, () -> StudyStore.load(g));
        assertTrue(e2.getMessage().endsWith("the file holds a Case, not a study"), e2.getMessage());
    }

    @Test
    void aYamlStudyFileIsReferredToImport() throws Exception {
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, "name: x\nsafety_domain: sandbox\n");
        StudyLoadException e = assertThrows(StudyLoadException.class, () -> StudyStore.load(f));
        assertTrue(e.getMessage().startsWith(f.toAbsolutePath().toString()) && e.getMessage().contains("noodle import "
                + f), e.getMessage());
    }

    @Test
    void aFolderNeedsExactlyOneStudyFile() throws Exception {
        StudyLoadException none = assertThrows(StudyLoadException.class, () -> StudyStore.load(dir));
        assertTrue(none.getMessage().contains("holds no .noodle study file"), none.getMessage());
        Files.writeString(dir.resolve("a.noodle"), "x");
        Files.writeString(dir.resolve("b.noodle"), "x");
        StudyLoadException two = assertThrows(StudyLoadException.class, () -> StudyStore.load(dir));
        assertTrue(two.getMessage().contains("several study files"), two.getMessage());
    }

    @Test
    void aSaveThatFailsHalfWayLeavesTheOldStudyIntact() throws Exception {
        Study s = TestStudies.diamond();
        Path file = StudyStore.save(s, dir);
        byte[] before = Files.readAllBytes(file);
        // a dependency on a stage that lives in no resource cannot be serialized: the save fails while writing
        TestStudies.addCase(s, "d_base", null, -5);
        var orphan = NoodleFactory.eINSTANCE.createStage();
        orphan.setName("orphan");
        s.getDependencies().get(3).setTo(orphan);
        assertThrows(Exception.class, () -> StudyStore.save(s, dir));
        assertArrayEquals(before, Files.readAllBytes(file), "the study file still holds the last good save");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void writeAtomicallyReplacesTheWholeFile() throws Exception {
        Path f = dir.resolve("x.txt");
        StudyStore.writeAtomically(f, "first version, long".getBytes());
        StudyStore.writeAtomically(f, "second".getBytes());
        assertEquals("second", Files.readString(f));
    }

    @Test
    void savingKeepsTheUsersUmaskAndTheModeOfTheFileItReplaces(@TempDir Path tmp) throws Exception {
        Path plain = Files.createFile(tmp.resolve("plain")); // what the umask gives a new file
        Path f = tmp.resolve("study.noodle");
        StudyStore.writeAtomically(f, "one".getBytes());
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(f), "not 0600");
        var shared = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(f, shared);
        StudyStore.writeAtomically(f, "two".getBytes());
        assertEquals(shared, Files.getPosixFilePermissions(f));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("plain", "study.noodle"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left");
        }
    }

    private static final String SELF = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<noodle:Study xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
            + "xmlns:noodle=\"http://noodle.io/model/1.0\" name=\"s\" baseCaseName=\"b\">\n"
            + "  <ecos name=\"step\">%s</ecos>\n</noodle:Study>\n";

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aStudyFileReferringToAnotherDocumentIsRefusedWithoutReadingIt(@TempDir Path tmp) throws Exception {
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(200);
            Path fifo = tmp.resolve("fifo");
            assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
            for (String target : List.of("http://127.0.0.1:" + listener.getLocalPort() + "/x.noodle#//@ecos.0",
                    fifo.toUri() + "#//@ecos.0", "other.noodle#//@ecos.0", "contained:other.noodle#//@ecos.0")) {
                Path f = tmp.resolve("s.noodle");
                // a cross-reference (parts), or a reference in place of a contained ECO
                Files.writeString(f, target.startsWith("contained:")
                        ? SELF.formatted("").replace("<ecos name=\"step\"></ecos>", "<ecos href=\""
                                + target.substring("contained:".length()) + "\"/>")
                        : SELF.formatted("<parts href=\"" + target + "\"/>"));
                StudyLoadException e = assertThrows(StudyLoadException.class, () -> StudyStore.load(f));
                assertTrue(e.getMessage().contains("refers to another document") && e.getMessage().contains("Fix:"),
                        e.getMessage());
                assertThrows(java.net.SocketTimeoutException.class, listener::accept, "no request was made");
            }
            // a DOCTYPE (the door to external entities and DTDs) is refused with its line
            Path f = tmp.resolve("s.noodle");
            Files.writeString(f, SELF.formatted("").replace("<noodle:Study", "<!DOCTYPE x SYSTEM \"" + fifo.toUri()
                    + "\">\n<noodle:Study"));
            StudyLoadException e = assertThrows(StudyLoadException.class, () -> StudyStore.load(f));
            assertEquals(2, e.line(), e.getMessage());
            assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        }
    }
}
