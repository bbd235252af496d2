package org.zonelab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The join of agent-log parts counts the records it copies, for the manifest's {@code rows}. */
class AgentLogFilesTest {
    private static long records(String part, ByteArrayOutputStream out) throws IOException {
        return AgentLogFiles.copyRecords(new ByteArrayInputStream(part.getBytes(StandardCharsets.UTF_8)), out);
    }

    @Test
    void aLineEndInsideQuotesIsNotARecordAndTheBytesAreCopiedAsTheyAre() throws IOException {
        String plain = "a,1\nb,2\n";
        String quoted = "a,\"two\nlines\",1\nb,\"say \"\"hi\"\"\",2\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(plain.lines().count(), records(plain, out));
        // The quoted part has as many records as the plain one, though one more line.
        assertEquals(records(plain, new ByteArrayOutputStream()), records(quoted, out));
        assertEquals(plain + quoted, out.toString(StandardCharsets.UTF_8));
        assertEquals(0, records("", new ByteArrayOutputStream()));
    }
}
