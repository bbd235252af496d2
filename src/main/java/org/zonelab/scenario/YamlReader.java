package org.zonelab.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.zonelab.scenario.Node.Entry;
import org.zonelab.scenario.Node.ListNode;
import org.zonelab.scenario.Node.MapNode;
import org.zonelab.scenario.Node.ScalarNode;

/**
 * Reads one YAML document into a tree of {@link Node}s that remember their positions. It uses
 * Jackson's streaming YAML parser only, so no class is ever instantiated from a tag; explicit tags
 * are refused. Size, nesting, aliases and the expanded node count are bounded, so hostile files
 * (billion laughs, deep nesting) are refused quickly, and the text is scanned in linear time whatever
 * the length of its lines ({@link WholeTextReader}). Anchors and aliases work on scalars as on maps
 * and lists ({@code x: &i 0.5 ... y: *i}).
 */
final class YamlReader {
    /** Largest YAML file, in bytes (and code points): {@link InputFiles#MAX_SCENARIO_BYTES}. */
    static final int MAX_BYTES = InputFiles.MAX_SCENARIO_BYTES;
    /** Deepest nesting of maps and lists. */
    static final int MAX_DEPTH = 50;
    /** Most alias uses ({@code *name}) in one file. */
    static final int MAX_ALIASES = 50;
    /** Most nodes in a file, counting each use of an alias in full. */
    static final long MAX_NODES = 100_000;

    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
    private static final Factory FACTORY = buildFactory();

    private final Path file;
    private final Parser parser;
    private final Map<String, Node> anchors = new HashMap<>();
    private int aliases;
    private long nodes;

    private YamlReader(Path file, Parser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** Jackson's YAML factory, making parsers that scan with a {@link WholeTextReader}. */
    private static final class Factory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        Factory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        Parser parser(String text) {
            IOContext context = _createContext(_createContentReference(text), false);
            return new Parser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, text,
                    new ParserImpl(new WholeTextReader(text), _loaderOptions));
        }
    }

    /** Jackson's YAML parser, also telling the anchor of a scalar (which Jackson itself drops). */
    private static final class Parser extends YAMLParser {
        Parser(IOContext context, int features, int yamlFeatures, ObjectCodec codec, String text, ParserImpl events) {
            super(context, features, yamlFeatures, codec, new StringReader(text), events);
        }

        /** The anchor of the current scalar value ({@code &name 0.5}), or null. */
        String scalarAnchor() {
            return !_currentIsAlias && _lastEvent instanceof ScalarEvent s ? s.getAnchor() : null;
        }
    }

    private static Factory buildFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return new Factory(YAMLFactory.builder()
                .loaderOptions(options)
                // Our own depth check (MAX_DEPTH) fires first, with a clearer message.
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(2 * MAX_DEPTH)
                        .maxStringLength(MAX_BYTES)
                        .maxNumberLength(100)
                        .build()));
    }

    /**
     * Reads the single YAML document in these bytes.
     *
     * @return the root node, or null when the file holds no document (empty or only comments)
     * @throws ScenarioException on any encoding, syntax or limit problem
     */
    static Node read(Path file, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ScenarioException(Position.start(file),
                    "file is " + bytes.length + " bytes; scenario files are limited to " + MAX_BYTES + " bytes (5 MB)");
        }
        String text = decodeUtf8(file, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        refuseControlCharacters(file, text);
        try (Parser parser = FACTORY.parser(text)) {
            // Duplicate keys are reported by the tree builder, with both lines.
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            YamlReader reader = new YamlReader(file, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            Node root = reader.value(first, 0);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw new ScenarioException(reader.here(), "a scenario file holds one YAML document; found a second one");
            }
            return root;
        } catch (JacksonException e) {
            throw syntaxError(file, e);
        } catch (IOException e) {
            throw new ScenarioException(file, 1, 1, "cannot read: " + e.getMessage(), e);
        }
    }

    private Node value(JsonToken token, int depth) throws IOException {
        Position pos = here();
        refuseTag(pos);
        String anchor = parser.isCurrentAlias() ? null
                : token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? parser.getObjectId()
                : parser.scalarAnchor();
        Node node;
        if (token == JsonToken.VALUE_STRING && parser.isCurrentAlias()) {
            return alias(pos, parser.getText());
        }
        switch (token) {
            case START_OBJECT -> node = map(pos, depth + 1);
            case START_ARRAY -> node = list(pos, depth + 1);
            case VALUE_STRING -> node = new ScalarNode(pos, ScalarNode.Kind.TEXT, parser.getText(), null);
            case VALUE_NUMBER_INT -> node = integer(pos);
            case VALUE_NUMBER_FLOAT -> node = real(pos, parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> node = new ScalarNode(pos, ScalarNode.Kind.BOOLEAN, parser.getText(), null);
            case VALUE_NULL -> node = new ScalarNode(pos, ScalarNode.Kind.NULL, "null", null);
            default -> throw new ScenarioException(pos, "unexpected YAML content (" + token + ")");
        }
        count(pos, node instanceof ScalarNode ? 1 : 0);
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private Node real(Position pos, String text) throws IOException {
        String t = text.trim();
        if (t.matches("[-+]?\\.(inf|Inf|INF)")) {
            return new ScalarNode(pos, ScalarNode.Kind.REAL, text,
                    t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (t.matches("\\.(nan|NaN|NAN)")) {
            return new ScalarNode(pos, ScalarNode.Kind.REAL, text, Double.NaN);
        }
        try {
            return new ScalarNode(pos, ScalarNode.Kind.REAL, text, parser.getDoubleValue());
        } catch (JacksonException | NumberFormatException e) {
            return new ScalarNode(pos, ScalarNode.Kind.TEXT, text, null);
        }
    }

    private Node integer(Position pos) throws IOException {
        Number n;
        try {
            n = parser.getNumberValue();
        } catch (JacksonException e) {
            // Jackson could not decode the digits; keep the text so validation can report it.
            return new ScalarNode(pos, ScalarNode.Kind.TEXT, parser.getText(), null);
        }
        if (!(n instanceof BigInteger)) {
            n = BigInteger.valueOf(n.longValue());
        }
        return new ScalarNode(pos, ScalarNode.Kind.INTEGER, parser.getText(), n);
    }

    private Node alias(Position pos, String name) {
        Node target = anchors.get(name);
        if (target == null) {
            throw new ScenarioException(pos, "alias *" + Text.shorten(name) + " refers to no earlier anchor &"
                    + Text.shorten(name));
        }
        if (++aliases > MAX_ALIASES) {
            throw new ScenarioException(pos, "too many YAML aliases (more than " + MAX_ALIASES + " in one file)");
        }
        count(pos, target.weight());
        // A scalar is cheap to copy: give it the alias's position, so that an error points at its use.
        return target instanceof ScalarNode s ? new ScalarNode(pos, s.kind(), s.text(), s.number()) : target;
    }

    private MapNode map(Position pos, int depth) throws IOException {
        checkDepth(pos, depth);
        Map<String, Entry> entries = new LinkedHashMap<>();
        long weight = 1;
        count(pos, 1);
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            Position keyPos = here();
            refuseTag(keyPos);
            String key = parser.currentName();
            Entry previous = entries.get(key);
            if (previous != null) {
                throw new ScenarioException(keyPos, "duplicate key " + Text.quote(key) + " (first defined at line "
                        + previous.keyPos().line() + "); each key may appear once");
            }
            Node v = value(parser.nextToken(), depth);
            weight += v.weight();
            entries.put(key, new Entry(key, keyPos, v));
        }
        if (t != JsonToken.END_OBJECT) {
            throw new ScenarioException(here(), "unexpected YAML content in a map (" + t + ")");
        }
        return new MapNode(pos, entries, weight);
    }

    private ListNode list(Position pos, int depth) throws IOException {
        checkDepth(pos, depth);
        List<Node> items = new ArrayList<>();
        long weight = 1;
        count(pos, 1);
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new ScenarioException(here(), "unexpected end of file inside a list");
            }
            Node v = value(t, depth);
            weight += v.weight();
            items.add(v);
        }
        return new ListNode(pos, items, weight);
    }

    private void checkDepth(Position pos, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ScenarioException(pos, "maps and lists are nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private void count(Position pos, long n) {
        nodes += n;
        if (nodes > MAX_NODES) {
            throw new ScenarioException(pos, "too many values (more than " + MAX_NODES
                    + ", counting each use of an alias in full)");
        }
    }

    private void refuseTag(Position pos) throws IOException {
        String tag = parser.getTypeId();
        if (tag != null) {
            throw new ScenarioException(pos, "YAML tags are not allowed (found " + displayTag(tag)
                    + "); write plain values");
        }
    }

    private static String displayTag(String tag) {
        if (tag.startsWith(YAML_TAG_PREFIX)) {
            return "!!" + tag.substring(YAML_TAG_PREFIX.length());
        }
        return tag.startsWith("!") ? tag : "!" + tag;
    }

    private Position here() {
        return position(file, parser.currentTokenLocation());
    }

    private static Position position(Path file, JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return Position.start(file);
        }
        return new Position(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    private static ScenarioException syntaxError(Path file, JacksonException e) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException m) {
            Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            Position pos = mark == null ? Position.start(file)
                    : new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
            String problem = m.getProblem() != null ? m.getProblem() : m.getContext();
            String context = m.getContext() != null && m.getProblem() != null ? " (" + m.getContext() + ")" : "";
            return new ScenarioException(pos.file(), pos.line(), pos.column(),
                    "YAML syntax error: " + problem + context, e);
        }
        String msg = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getOriginalMessage();
        Position pos = position(file, e.getLocation());
        return new ScenarioException(pos.file(), pos.line(), pos.column(),
                "YAML error: " + firstLine(msg), e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable YAML";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * Refuses characters that YAML does not allow in a file (C0 controls other than tab and line breaks,
     * DEL, C1 controls other than NEL, surrogates, U+FFFE and U+FFFF), at their line and column.
     */
    private static void refuseControlCharacters(Path file, String text) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!StreamReader.isPrintable(c)) {
                throw new ScenarioException(file, line, col, String.format("the character U+%04X is not allowed in "
                        + "a YAML file; remove it, or write it as an escape such as \\x%02X inside double quotes",
                        c, c & 0xFF));
            }
            if (c == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
            i += Character.charCount(c);
        }
    }

    /** Decodes strict UTF-8, reporting the line and column of the first malformed byte. */
    static String decodeUtf8(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1;
            int col = 1;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            throw new ScenarioException(file, line, col, String.format(
                    "the file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8",
                    bytes[in.position()] & 0xFF, in.position()));
        }
        out.flip();
        return out.toString();
    }
}
