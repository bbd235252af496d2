package org.zonelab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.scenario.Sha256;

/**
 * {@link OutputDirectory}: one holder at a time, links under zonelab's names refused or replaced but
 * never followed, only zonelab's own regular files deleted.
 */
class OutputDirectoryTest {
    @TempDir
    Path tmp;

    private Path victim() throws IOException {
        Path v = Files.createDirectories(tmp.resolve("victim"));
        Files.writeString(v.resolve("precious.txt"), "keep me\n");
        return v;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSecondTakeInTheSameJvmIsRefusedUntilTheFirstIsClosed() throws IOException {
        Path dir = tmp.resolve("out");
        try (OutputDirectory first = OutputDirectory.take(dir, false)) {
            assertTrue(first.created());
            DirectoryRefusedException e = assertThrows(DirectoryRefusedException.class,
                    () -> OutputDirectory.take(dir, false));
            assertEquals(dir + " is in use by another zonelab process; wait for it to finish, or choose another --out",
                    e.getMessage());
            // Another spelling of the same directory is the same directory.
            assertThrows(DirectoryRefusedException.class, () -> OutputDirectory.take(tmp.resolve("./out/."), false));
            AtomicFiles.write(first, "summary.csv", new byte[0]);
        }
        try (OutputDirectory again = OutputDirectory.take(dir, false)) {
            assertFalse(again.created(), "it was kept: it holds a file");
        }
    }

    @Test
    void aDirectoryCreatedAndLeftEmptyIsRemovedOnClose() throws IOException {
        Path dir = tmp.resolve("out");
        OutputDirectory.take(dir, false).close();
        assertFalse(Files.exists(dir));
        Path kept = Files.createDirectories(tmp.resolve("kept"));
        OutputDirectory.take(kept, false).close();
        assertEquals(List.of(OutputDirectory.LOCK), names(kept), "a directory it did not create stays, with the lock");
    }

    @Test
    void defaultDirectoriesGetTheirParentsAndOthersDoNot() throws IOException {
        Path dir = tmp.resolve("results/name/stamp");
        assertThrows(DirectoryRefusedException.class, () -> OutputDirectory.take(dir, false));
        assertFalse(Files.exists(tmp.resolve("results")));
        try (OutputDirectory out = OutputDirectory.take(dir, true)) {
            assertTrue(Files.isDirectory(out.path()));
        }
    }

    @Test
    void aLinkInsideAZonelabFolderIsRefused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out/charts"));
        Files.createSymbolicLink(dir.resolve("final-year.png"), victim().resolve("precious.txt"));
        DirectoryRefusedException e = assertThrows(DirectoryRefusedException.class,
                () -> OutputDirectory.take(tmp.resolve("out"), false));
        assertTrue(e.getMessage().startsWith(dir.resolve("final-year.png") + " is a symbolic link"), e.getMessage());
    }

    @Test
    void aFileWhereAFolderGoesOrAFolderWhereAFileGoesIsRefused() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Files.writeString(a.resolve("charts"), "not a folder");
        assertThrows(DirectoryRefusedException.class, () -> OutputDirectory.take(a, false));
        Path b = Files.createDirectories(tmp.resolve("b/manifest.json"));
        assertThrows(DirectoryRefusedException.class, () -> OutputDirectory.take(b.getParent(), false));
    }

    @Test
    void aHardLinkedLockFileIsRefused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path victim = victim().resolve("precious.txt");
        Files.createLink(dir.resolve(OutputDirectory.LOCK), victim);
        DirectoryRefusedException e = assertThrows(DirectoryRefusedException.class, () -> OutputDirectory.take(dir, false));
        assertTrue(e.getMessage().contains("hard links"), e.getMessage());
        assertEquals("keep me\n", Files.readString(victim), "the lock file's pid was not written into it");
    }

    @Test
    void aCommitReplacesALinkPlantedAfterTheTakeInsteadOfWritingThroughIt() throws IOException {
        Path victim = victim().resolve("precious.txt");
        try (OutputDirectory out = OutputDirectory.take(tmp.resolve("out"), false)) {
            Files.createSymbolicLink(out.file("summary.csv"), victim);
            Files.createDirectories(out.path().resolve("charts"));
            Files.createSymbolicLink(out.file("charts/final-year.png"), victim);
            AtomicFiles.write(out, "summary.csv", "new\n".getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(out, "charts/final-year.png", "png".getBytes(StandardCharsets.UTF_8));
            assertFalse(Files.isSymbolicLink(out.file("summary.csv")));
            assertEquals("new\n", Files.readString(out.file("summary.csv")));
            assertEquals("png", Files.readString(out.file("charts/final-year.png")));
        }
        assertEquals("keep me\n", Files.readString(victim));
    }

    @Test
    void aFolderOrPartPlantedAsALinkAfterTheTakeIsNeverWrittenThroughOrEmptied() throws IOException {
        Path victim = victim();
        try (OutputDirectory out = OutputDirectory.take(tmp.resolve("out"), false)) {
            Files.createSymbolicLink(out.path().resolve("charts"), victim);
            assertThrows(DirectoryRefusedException.class, () -> out.create("charts/final-year.png"));
            Files.createSymbolicLink(out.path().resolve(SweepJournal.FOLDER), victim);
            assertThrows(DirectoryRefusedException.class, () -> SweepJournal.delete(out));
            Files.createSymbolicLink(out.file(".events.csv.00000.part"), victim.resolve("precious.txt"));
            assertThrows(IOException.class, () -> out.createPart(".events.csv.00000.part"));
            assertThrows(DirectoryRefusedException.class, () -> out.delete(".events.csv.00000.part"));
            assertThrows(DirectoryRefusedException.class, () -> out.open(".events.csv.00000.part"));
        }
        assertEquals(List.of("precious.txt"), names(victim));
        assertEquals("keep me\n", Files.readString(victim.resolve("precious.txt")));
    }

    @Test
    void deletingTheJournalRemovesOnlyItsOwnRegularFiles() throws IOException {
        try (OutputDirectory out = OutputDirectory.take(tmp.resolve("out"), false)) {
            Path folder = Files.createDirectories(out.path().resolve(SweepJournal.FOLDER));
            for (String n : List.of("journal.tsv", "run-0000003.ts", ".run-0000004.ts.0123abcd-0000-4000-8000-0123456789ab.tmp",
                    "notes.txt")) {
                Files.writeString(folder.resolve(n), n);
            }
            SweepJournal.delete(out);
            assertEquals(List.of("notes.txt"), names(folder), "someone else's file, and so the folder, stay");
            Files.delete(folder.resolve("notes.txt"));
            Files.writeString(folder.resolve("journal.tsv"), "x");
            SweepJournal.delete(out);
            assertFalse(Files.exists(folder));
        }
    }

    @Test
    void aJournalLargerThanItsLimitIsRefusedWithoutBeingRead() throws IOException {
        try (OutputDirectory out = OutputDirectory.take(tmp.resolve("out"), false)) {
            Path folder = Files.createDirectories(out.path().resolve(SweepJournal.FOLDER));
            try (var f = new java.io.RandomAccessFile(folder.resolve(SweepJournal.FILE).toFile(), "rw")) {
                f.setLength(SweepJournal.MAX_BYTES + 1L); // sparse: costs no disk, and would cost 512 MB to read
            }
            DirectoryRefusedException e = assertThrows(DirectoryRefusedException.class, () -> SweepJournal.resume(out));
            assertTrue(e.getMessage().contains("larger than " + SweepJournal.MAX_BYTES + " bytes"), e.getMessage());
        }
    }

    @Test
    void aNewFileIsDiscardedUnlessCommittedAndItsHashIsOfItsBytes() throws IOException {
        try (OutputDirectory out = OutputDirectory.take(tmp.resolve("out"), false)) {
            try (NewFile f = out.create("runs.csv")) {
                f.write("a,b\n".getBytes(StandardCharsets.UTF_8));
                assertEquals(1, names(out.path()).stream().filter(n -> OutputDirectory.TEMPORARY.matcher(n).matches())
                        .count(), "written under a temporary name");
            }
            assertEquals(List.of(OutputDirectory.LOCK), names(out.path()));
            try (NewFile f = out.create("runs.csv")) {
                f.write("a,b\n".getBytes(StandardCharsets.UTF_8));
                assertEquals(Sha256.hex("a,b\n".getBytes(StandardCharsets.UTF_8)), f.commit());
            }
            assertEquals(AtomicFiles.sha256(out.file("runs.csv")), Sha256.hex("a,b\n".getBytes(StandardCharsets.UTF_8)));
            try (OutputStream part = out.createPart(".events.csv.00001.part")) {
                part.write('x');
            }
            assertThrows(IOException.class, () -> out.createPart(".events.csv.00001.part"), "never reused");
        }
    }

    @Test
    void namesStayInsideTheDirectory() throws IOException {
        try (OutputDirectory out = OutputDirectory.take(tmp.resolve("out"), false)) {
            for (String bad : List.of("../x.csv", "/etc/passwd", "sub/x.csv", "charts/../x", "charts/", "..", "")) {
                assertThrows(IllegalArgumentException.class, () -> out.create(bad), bad);
            }
            assertThrows(IllegalArgumentException.class, () -> out.createPart("events.csv"));
        }
    }
}
