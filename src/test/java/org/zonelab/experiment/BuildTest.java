package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zonelab.output.Version;

class BuildTest {
    @Test
    void theBuildIsIdentifiedByTheHashOfItsCode() {
        String sha = Build.sha256();
        assertTrue(sha.matches("[0-9a-f]{64}"), sha);
        assertEquals(sha, Build.sha256());
        assertEquals(Version.current(), Build.version(), "one source of the version");
        assertEquals("zonelab " + Build.version() + " (build " + sha.substring(0, 12) + ")", Build.identity());
    }
}
