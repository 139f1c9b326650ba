package org.onedoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package says what it is for and that its types are not null unless marked (issue 14, item 5): a
 * {@code package-info.java} with {@code @NullMarked} in each package of the main code and in each test-only package.
 * A test package that mirrors a main one must not have its own: it would shadow the main one's annotations (the
 * module's {@code @ApplicationModule}) on the test classpath.
 */
class PackageInfoTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TEST = Path.of("src/test/java");

    @Test
    void everyMainPackageIsDescribedAndNullMarked() throws IOException {
        assertThat(packagesWithoutNullMarkedInfo(MAIN, List.of()))
                .as("main packages without a null-marked " + "package-info.java")
                .isEmpty();
    }

    @Test
    void everyTestOnlyPackageIsDescribedAndNullMarkedAndNoMainOneIsShadowed() throws IOException {
        List<Path> mainPackages = packages(MAIN).stream().map(MAIN::relativize).toList();
        assertThat(packagesWithoutNullMarkedInfo(TEST, mainPackages))
                .as("test-only packages without a null-marked " + "package-info.java")
                .isEmpty();
        assertThat(packages(TEST).stream()
                        .filter(p -> mainPackages.contains(TEST.relativize(p)))
                        .filter(p -> Files.exists(p.resolve("package-info.java")))
                        .toList())
                .as("test packages whose package-info.java would shadow the main one")
                .isEmpty();
    }

    private static List<Path> packagesWithoutNullMarkedInfo(Path root, List<Path> skipped) throws IOException {
        return packages(root).stream()
                .filter(p -> !skipped.contains(root.relativize(p)))
                .filter(p -> !nullMarked(p.resolve("package-info.java")))
                .toList();
    }

    /** Directories holding at least one Java source. */
    private static List<Path> packages(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            return dirs.filter(Files::isDirectory)
                    .filter(PackageInfoTest::hasJava)
                    .toList();
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean nullMarked(Path info) {
        try {
            return Files.exists(info) && Files.readString(info).contains("@NullMarked");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
