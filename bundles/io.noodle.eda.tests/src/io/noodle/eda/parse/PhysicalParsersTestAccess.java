package io.noodle.eda.parse;

/** Lets tests of other packages use the small hand-checked DEF. */
public final class PhysicalParsersTestAccess {

    private PhysicalParsersTestAccess() {
    }

    public static byte[] smallDef() {
        return PhysicalParsersTest.SMALL_DEF.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
