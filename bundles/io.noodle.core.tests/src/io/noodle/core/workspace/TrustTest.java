package io.noodle.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folders trusted to run studies: remembered outside every workspace, adopted only when started empty. */
class TrustTest {

    @TempDir
    Path tmp;
    private String before;

    @BeforeEach
    void ownList() {
        before = System.getProperty("noodle.trustFile");
        System.setProperty("noodle.trustFile", tmp.resolve("config/trusted-folders").toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("noodle.trustFile");
        } else {
            System.setProperty("noodle.trustFile", before);
        }
    }

    @Test
    void aWorkspaceStartedEmptyIsAdoptedOneThatArrivesWithStudiesOrSettingsIsNot() throws Exception {
        Path fresh = tmp.resolve("fresh");
        Trust.adoptIfNew(fresh); // does not exist yet: ours
        assertTrue(Trust.isTrusted(fresh));
        assertTrue(Trust.isTrusted(fresh.resolve("some_study")), "what lies inside a trusted folder is trusted");

        Path theirs = Files.createDirectories(tmp.resolve("theirs/s"));
        Files.writeString(theirs.resolve("s.noodle"), "<study/>");
        Trust.adoptIfNew(tmp.resolve("theirs"));
        assertFalse(Trust.isTrusted(tmp.resolve("theirs")));
        assertTrue(Trust.untrustedMessage(tmp.resolve("theirs")).contains("Fix: if you trust where it came from, run "
                + "'noodle trust " + tmp.resolve("theirs").toRealPath() + "'"));

        Path settings = Files.createDirectories(tmp.resolve("prefs/.metadata/.plugins/org.eclipse.core.runtime/.settings"));
        Files.writeString(settings.resolve("io.noodle.eda.prefs"), "flow.program=/tmp/evil\n");
        Trust.adoptIfNew(tmp.resolve("prefs"));
        assertFalse(Trust.isTrusted(tmp.resolve("prefs")), "a flow program named in its settings");

        Trust.trust(tmp.resolve("theirs"));
        assertTrue(Trust.isTrusted(tmp.resolve("theirs/s")));
        assertEquals(List.of(fresh.toAbsolutePath(), tmp.resolve("theirs").toRealPath()), Trust.trusted());
        assertTrue(Trust.revoke(tmp.resolve("theirs")));
        assertFalse(Trust.isTrusted(tmp.resolve("theirs/s")));
        assertFalse(Trust.isTrusted(tmp.resolve("fresh-er")), "a prefix of a name is not a folder it lies in");
    }

    @Test
    void aLinkIntoAnUntrustedFolderIsJudgedByWhereItLeads() throws Exception {
        Path theirs = Files.createDirectories(tmp.resolve("theirs/s"));
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Trust.trust(mine);
        Path link = Files.createSymbolicLink(mine.resolve("link"), theirs);
        assertFalse(Trust.isTrusted(link));
        // a study linked into a trusted workspace: its origin is where the link leads, not the workspace
        assertEquals(theirs.toRealPath(), Trust.originOf(link, mine));
        assertEquals(mine.toRealPath(), Trust.originOf(Files.createDirectories(mine.resolve("own")), mine));
    }

    @Test
    void studiesDeepInATreeOrLinksMakeAWorkspaceArriveUntrusted() throws Exception {
        Path deep = Files.createDirectories(tmp.resolve("deep/group/sub/s"));
        Files.writeString(deep.resolve("s.noodle"), "<study/>");
        Trust.adoptIfNew(tmp.resolve("deep"));
        assertFalse(Trust.isTrusted(tmp.resolve("deep")), "a study three folders down");

        Path linked = Files.createDirectories(tmp.resolve("linked"));
        Files.createSymbolicLink(linked.resolve("s"), Files.createDirectories(tmp.resolve("elsewhere")));
        Trust.adoptIfNew(linked);
        assertFalse(Trust.isTrusted(linked), "a link could lead to studies");

        Path plain = Files.createDirectories(tmp.resolve("plain/.metadata"));
        Files.writeString(plain.resolve(".lock"), "");
        Trust.adoptIfNew(tmp.resolve("plain"));
        assertTrue(Trust.isTrusted(tmp.resolve("plain")), "only the product's own lock: started empty");
    }
}
