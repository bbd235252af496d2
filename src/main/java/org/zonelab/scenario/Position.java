package org.zonelab.scenario;

import java.nio.file.Path;

/** Where something is in a file: 1-based line and column. */
record Position(Path file, int line, int column) {

    static Position start(Path file) {
        return new Position(file, 1, 1);
    }
}
