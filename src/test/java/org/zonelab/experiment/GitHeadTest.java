package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.scenario.TestFiles;

/** The checked-out commit is read from .git's files, for plain checkouts and linked worktrees alike. */
class GitHeadTest {
    private static final String A = "0123456789abcdef0123456789abcdef01234567";
    private static final String B = "89abcdef0123456789abcdef0123456789abcdef";

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return TestFiles.write(tmp, name, text);
    }

    @Test
    void aBranchIsReadFromItsLooseRefFromAFolderBelowTheCheckout() throws IOException {
        write("repo/.git/HEAD", "ref: refs/heads/main\n");
        write("repo/.git/refs/heads/main", A + "\n");
        Files.createDirectories(tmp.resolve("repo/target/classes"));
        assertEquals(A, GitHead.commit(tmp.resolve("repo/target/classes")));
    }

    @Test
    void aPackedBranchAndADetachedHeadAreRead() throws IOException {
        write("repo/.git/HEAD", "ref: refs/heads/main\n");
        write("repo/.git/packed-refs", "# pack-refs with: peeled\n" + B + " refs/heads/other\n" + A + " refs/heads/main\n");
        assertEquals(A, GitHead.commit(tmp.resolve("repo")));
        write("repo/.git/HEAD", B + "\n");
        assertEquals(B, GitHead.commit(tmp.resolve("repo")));
    }

    @Test
    void aLinkedWorktreeReadsItsHeadAndTheCommonRefs() throws IOException {
        write("main/.git/worktrees/wt/HEAD", "ref: refs/heads/feature\n");
        write("main/.git/worktrees/wt/commondir", "../..\n");
        write("main/.git/refs/heads/feature", B + "\n");
        write("wt/.git", "gitdir: " + tmp.resolve("main/.git/worktrees/wt") + "\n");
        assertEquals(B, GitHead.commit(tmp.resolve("wt")));
    }

    @Test
    void anUnbornBranchOrAnUnreadableGitFileGivesNoCommit() throws IOException {
        // The temporary folder may itself sit in a checkout: only folders with a .git are looked at here.
        write("unborn/.git/HEAD", "ref: refs/heads/main\n");
        assertNull(GitHead.commit(tmp.resolve("unborn")));
        write("odd/.git", "not a gitdir line\n");
        assertNull(GitHead.commit(tmp.resolve("odd")));
    }
}
