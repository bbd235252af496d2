package org.zonelab.scenario;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character reader over a whole text held in memory, in linear time. SnakeYAML's own
 * {@link StreamReader} refills its window 1023 characters at a time and copies the unread part of the
 * window on every refill; while the scanner looks ahead over one long token (a 4 MB line: a comment, a
 * key, a plain or quoted value) nothing is read, so every refill copies the whole token read so far, and
 * scanning is quadratic in the token's length (19 s and 1.6 GB for a 4 MB one-line scenario). This reader
 * keeps every code point of the text in one array, so looking ahead costs nothing. It counts lines and
 * columns exactly as {@code StreamReader} does. The caller checks beforehand that the text has only
 * printable characters ({@link StreamReader#isPrintable(int)}), which {@code StreamReader} checks as it
 * reads.
 */
final class WholeTextReader extends StreamReader {
    private static final String NAME = "'reader'";

    private final int[] data;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    WholeTextReader(String text) {
        super("");
        this.data = text.codePoints().toArray();
    }

    @Override
    public Mark getMark() {
        return new Mark(NAME, index, line, column, data, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && pointer < data.length; i++) {
            int c = data[pointer++];
            index++;
            documentIndex++;
            if (Constant.LINEBR.has(c) || (c == '\r' && pointer < data.length && data[pointer] != '\n')) {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return peek(0);
    }

    @Override
    public int peek(int ahead) {
        int at = pointer + ahead;
        return at >= 0 && at < data.length ? data[at] : 0;
    }

    @Override
    public String prefix(int length) {
        if (length == 0 || pointer >= data.length) {
            return "";
        }
        return new String(data, pointer, Math.min(length, data.length - pointer));
    }

    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        pointer += length;
        index += length;
        documentIndex += length;
        column += length;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }
}
