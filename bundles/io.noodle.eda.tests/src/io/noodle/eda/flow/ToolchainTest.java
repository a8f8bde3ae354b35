package io.noodle.eda.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tool and technology settings: defaults, round trips, and the errors that say what is missing and where. */
class ToolchainTest {

    @Test
    void missingSettingsTakeTheDefaults() {
        Toolchain t = Toolchain.fromMap(Map.of());
        assertEquals("osu018", t.technology());
        assertEquals("", t.sta());
        assertEquals(Toolchain.defaults(), t);
        Toolchain custom = Toolchain.fromMap(Map.of("technology", "osu035", "sta", "/opt/sta", "pdkFolder", "/pdk"));
        assertEquals(custom, Toolchain.fromMap(custom.toMap()));
        assertEquals(Path.of("/pdk"), custom.pdkFolder());
    }

    @Test
    void theToolchainCheckUsesTheConfiguredPrograms(@TempDir Path tmp) throws IOException {
        Path sta = tmp.resolve("my-sta");
        Files.writeString(sta, "#!/bin/sh\necho 2.9.9-custom\n");
        sta.toFile().setExecutable(true);
        Toolchain t = new Toolchain("", sta.toString(), "", "osu018", null, "", "", null, "");
        assertEquals(Map.of("sta", sta), t.configuredPaths());
        var status = t.check().check(io.noodle.core.toolchain.Tool.standardTools().stream()
                .filter(x -> x.id().equals("sta")).findFirst().orElseThrow(), new org.eclipse.core.runtime.NullProgressMonitor());
        assertEquals(sta, status.path(), status.toString());
        assertEquals("2.9.9-custom", status.version());
    }

    @Test
    void theInstalledTechnologyIsFoundBesideQflow() throws IOException {
        Technology t = Toolchain.defaults().findTechnology();
        assertEquals("osu018", t.name());
        assertTrue(t.liberty().getFileName().toString().endsWith(".lib"));
        assertTrue(t.lef().getFileName().toString().endsWith(".lef"));
        assertEquals("BUFX2", t.setupValue("bufcell"));
    }

    @Test
    void aMissingTechnologySaysWhereItLookedAndHowToFixIt(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("mytech"));
        Files.writeString(tmp.resolve("mytech/mytech.sh"), "set bufcell=BUF\n");
        IOException e = assertThrows(IOException.class, () -> Technology.find("mytech", tmp, null));
        assertTrue(e.getMessage().contains(tmp.resolve("mytech") + ": missing a Liberty .lib a LEF .lef"), e.getMessage());
        assertTrue(e.getMessage().contains("Preferences > Noodle > Toolchain"), e.getMessage());
        assertThrows(IOException.class, () -> Technology.find("../etc", tmp, null));
        IOException tool = assertThrows(IOException.class, () -> Toolchain.program("/nonexistent/sta", "sta"));
        assertTrue(tool.getMessage().contains("not an executable program"), tool.getMessage());
        IOException path = assertThrows(IOException.class, () -> Toolchain.program("", "no-such-tool-noodle"));
        assertTrue(path.getMessage().contains("was not found on the PATH"), path.getMessage());
    }
}
