package io.noodle.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * EMF's generator, headless. Modes:
 * <ul>
 * <li>{@code init <model.ecore> <model.genmodel>}: writes a new genmodel for the ecore with the project's
 * settings (run once; the genmodel is then maintained as a file);</li>
 * <li>{@code generate <model.genmodel> <bundles-dir>}: regenerates the model and edit code, replacing
 * {@code src-gen/} of io.noodle.model and io.noodle.model.edit and the edit bundle's plugin.properties;</li>
 * <li>{@code check <model.genmodel> <bundles-dir>}: generates into a temporary folder and fails (exit 1)
 * when the committed files differ, naming them and the command that fixes them.</li>
 * </ul>
 */
public final class GenerateModel {

    static final String MODEL_BUNDLE = "io.noodle.model";
    static final String EDIT_BUNDLE = "io.noodle.model.edit";
    /** What the generator writes that we keep, per bundle, relative to the bundle folder. */
    static final Map<String, List<String>> KEPT = Map.of(
            MODEL_BUNDLE, List.of("src-gen"),
            EDIT_BUNDLE, List.of("src-gen", "plugin.properties"));

    private GenerateModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: GenerateModel init|generate|check <file> <file-or-dir>");
            System.exit(2);
        }
        int rc = switch (args[0]) {
        case "init" -> init(Path.of(args[1]), Path.of(args[2]));
        case "generate" -> generate(Path.of(args[1]), Path.of(args[2]));
        case "check" -> check(Path.of(args[1]), Path.of(args[2]));
        default -> {
            System.err.println("unknown mode " + args[0]);
            yield 2;
        }
        };
        if (rc != 0) {
            System.exit(rc);
        }
    }

    private static ResourceSet resourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        return rs;
    }

    static int init(Path ecore, Path genmodelFile) throws IOException {
        ResourceSet rs = resourceSet();
        Resource ecoreRes = rs.getResource(URI.createFileURI(ecore.toAbsolutePath().normalize().toString()), true);
        EPackage pkg = (EPackage) ecoreRes.getContents().get(0);
        GenModel gm = GenModelFactory.eINSTANCE.createGenModel();
        gm.initialize(List.of(pkg));
        gm.setModelName("Noodle");
        gm.setModelPluginID(MODEL_BUNDLE);
        gm.setModelDirectory("/" + MODEL_BUNDLE + "/src-gen");
        gm.setEditPluginID(EDIT_BUNDLE);
        gm.setEditDirectory("/" + EDIT_BUNDLE + "/src-gen");
        gm.setEditPluginClass("io.noodle.model.provider.NoodleEditPlugin");
        gm.setEditorDirectory("");
        gm.setTestsDirectory("");
        gm.setComplianceLevel(GenJDKLevel.JDK110_LITERAL);
        gm.setImporterID("org.eclipse.emf.importer.ecore");
        gm.setCopyrightFields(false);
        gm.setCreationIcons(false);
        gm.setCreationCommands(true);
        gm.setCodeFormatting(false);
        gm.setBundleManifest(true);
        gm.setUpdateClasspath(false);
        gm.getForeignModel().add(genmodelFile.toAbsolutePath().normalize().getParent().relativize(ecore.toAbsolutePath().normalize()).toString());
        GenPackage gp = gm.getGenPackages().get(0);
        gp.setBasePackage("io.noodle");
        gp.setPrefix("Noodle");
        gp.setDisposableProviderFactory(true);
        Resource out = rs.createResource(URI.createFileURI(genmodelFile.toAbsolutePath().normalize().toString()));
        out.getContents().add(gm);
        out.save(Map.of());
        System.out.println("wrote " + genmodelFile);
        return 0;
    }

    /**
     * Generates model and edit code for the genmodel into {@code root/<bundle>/...}.
     *
     * @return the genmodel as reconciled with its .ecore, serialized (what the .genmodel file should hold)
     */
    static byte[] generateInto(Path genmodelFile, Path root) throws IOException {
        ResourceSet rs = resourceSet();
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        for (String bundle : KEPT.keySet()) {
            EcorePlugin.getPlatformResourceMap().put(bundle,
                    URI.createFileURI(root.resolve(bundle).toAbsolutePath() + "/"));
        }
        Resource res = rs.getResource(URI.createFileURI(genmodelFile.toAbsolutePath().normalize().toString()), true);
        GenModel gm = (GenModel) res.getContents().get(0);
        gm.reconcile();
        gm.setCanGenerate(true);
        Diagnostic valid = gm.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("the genmodel is not valid: " + valid);
        }
        Generator generator = new Generator();
        generator.setInput(gm);
        for (Object type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic d = generator.generate(gm, type, new BasicMonitor());
            if (d.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("generation failed: " + d);
            }
        }
        gm.setCanGenerate(false); // not a setting of the file, only of this run
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        res.save(bytes, Map.of());
        return bytes.toByteArray();
    }

    static int generate(Path genmodel, Path bundles) throws IOException {
        Path tmp = Files.createTempDirectory("noodle-codegen");
        try {
            byte[] reconciled = generateInto(genmodel, tmp);
            Files.write(genmodel, reconciled);
            for (var e : KEPT.entrySet()) {
                for (String kept : e.getValue()) {
                    Path target = bundles.resolve(e.getKey()).resolve(kept);
                    deleteTree(target);
                    copyTree(tmp.resolve(e.getKey()).resolve(kept), target);
                    System.out.println("generated " + bundles.relativize(target));
                }
            }
            return 0;
        } finally {
            deleteTree(tmp);
        }
    }

    static int check(Path genmodel, Path bundles) throws IOException {
        Path tmp = Files.createTempDirectory("noodle-codegen");
        try {
            byte[] reconciled = generateInto(genmodel, tmp);
            List<String> differences = new ArrayList<>();
            if (!java.util.Arrays.equals(reconciled, Files.readAllBytes(genmodel))) {
                differences.add("differs from its .ecore: " + genmodel.getFileName());
            }
            for (var e : KEPT.entrySet()) {
                for (String kept : e.getValue()) {
                    Map<String, byte[]> want = read(tmp.resolve(e.getKey()).resolve(kept));
                    Map<String, byte[]> have = read(bundles.resolve(e.getKey()).resolve(kept));
                    for (String f : union(want, have)) {
                        byte[] w = want.get(f);
                        byte[] h = have.get(f);
                        String name = e.getKey() + "/" + kept + (f.isEmpty() ? "" : "/" + f);
                        if (w == null) {
                            differences.add("not generated any more: " + name);
                        } else if (h == null) {
                            differences.add("missing: " + name);
                        } else if (!java.util.Arrays.equals(w, h)) {
                            differences.add("differs: " + name);
                        }
                    }
                }
            }
            if (differences.isEmpty()) {
                System.out.println("generated model and edit sources are up to date with " + genmodel.getFileName());
                return 0;
            }
            System.err.println("The generated sources are out of date with " + genmodel + ":");
            differences.forEach(d -> System.err.println("  " + d));
            System.err.println("Regenerate them with releng/generate-model.sh (never edit src-gen/ by hand).");
            return 1;
        } finally {
            deleteTree(tmp);
        }
    }

    private static List<String> union(Map<String, byte[]> a, Map<String, byte[]> b) {
        TreeMap<String, Boolean> all = new TreeMap<>();
        a.keySet().forEach(k -> all.put(k, true));
        b.keySet().forEach(k -> all.put(k, true));
        return new ArrayList<>(all.keySet());
    }

    /** Relative path to content of every file below {@code p} (p itself when it is a file, as ""). */
    private static Map<String, byte[]> read(Path p) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        if (Files.isRegularFile(p)) {
            out.put("", Files.readAllBytes(p));
        } else if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile).forEach(f -> {
                    try {
                        out.put(p.relativize(f).toString(), Files.readAllBytes(f));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
