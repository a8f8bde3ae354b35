package io.noodle.eda.flow;

import java.io.IOException;

import io.noodle.model.EcoDefinition;
import io.noodle.model.Study;

/** Lets tests of other packages use the ECO catalogue of {@link Trials}. */
public final class TrialsAccess {

    private TrialsAccess() {
    }

    public static EcoDefinition eco(String name) throws IOException {
        return Trials.eco(name);
    }

    public static Study catalogue() throws IOException {
        return Trials.catalogue();
    }
}
