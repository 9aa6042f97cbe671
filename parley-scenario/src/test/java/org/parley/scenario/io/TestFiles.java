package org.parley.scenario.io;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Locates test resources as files (they are plain files under target/test-classes). */
final class TestFiles {
    private TestFiles() {
    }

    static Path resource(String name) {
        URL url = TestFiles.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("test resource missing: " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The module's docs folder lives in the repository root, beside the module (tests run in the module folder). */
    static Path docs(String name) {
        return Path.of("..", "docs", name);
    }
}
