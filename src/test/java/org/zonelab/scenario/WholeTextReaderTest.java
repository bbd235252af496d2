package org.zonelab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/** The linear reader gives SnakeYAML exactly the events and positions its own reader gives. */
class WholeTextReaderTest {
    private static final String TRICKY = "\uFEFFa: 1\r\nb: \"two\r\n  lines\"\rc: [x, y]\n"
            + "d: \u00e9\u4e2d\ud83d\ude00 text\u0085e: |\n  block\n  text\n"
            + "f: &anchor {g: 1}\nh: *anchor\n# comment\u2028i: 'q'\n  \n" + "j: " + "z".repeat(5000) + "\r";

    private static List<String> events(StreamReader reader) {
        ParserImpl parser = new ParserImpl(reader, new LoaderOptions());
        List<String> out = new ArrayList<>();
        while (parser.peekEvent() != null) {
            Event e = parser.getEvent();
            out.add(e + " " + mark(e.getStartMark()) + " " + mark(e.getEndMark()));
            if (e.is(Event.ID.StreamEnd)) {
                break;
            }
        }
        return out;
    }

    private static String mark(Mark m) {
        return m.getIndex() + "/" + m.getLine() + ":" + m.getColumn();
    }

    @Test
    void eventsAndMarksMatchSnakeYamlsStreamReader() {
        List<String> expected = events(new StreamReader(TRICKY));
        assertEquals(expected, events(new WholeTextReader(TRICKY)));
        assertEquals(true, expected.size() > 20, "the text exercises many events");
    }

    @Test
    void peekingBeyondTheEndGivesNul() {
        WholeTextReader r = new WholeTextReader("ab");
        assertEquals('a', r.peek());
        assertEquals('b', r.peek(1));
        assertEquals(0, r.peek(2));
        r.forward(5);
        assertEquals(0, r.peek());
        assertEquals("", r.prefix(3));
        assertEquals(2, r.getIndex());
    }
}
