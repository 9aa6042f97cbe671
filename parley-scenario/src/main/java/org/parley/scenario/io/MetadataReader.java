package org.parley.scenario.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.scenario.Metadata;
import org.parley.scenario.Source;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/**
 * The {@code metadata:} section: title, as-of date, description and the sources (whose ids it defines in the
 * {@link SourceCatalog}). Warns about a source dated after the scenario's as-of date.
 */
final class MetadataReader {
    private final ReadTools tools;
    private final SourceCatalog sources;

    MetadataReader(ReadTools tools, SourceCatalog sources) {
        this.tools = tools;
        this.sources = sources;
    }

    /** The metadata; null when it has an error (reported). */
    Metadata read(KeyedNode f) {
        if (!(f.value() instanceof MappingNode m)) {
            tools.log().error(f.value(), "'metadata' must be a mapping (title, as_of, description, sources), got "
                    + NodeReader.describe(f.value()), "");
            return null;
        }
        int before = tools.log().errorCount();
        Map<String, KeyedNode> mf = tools.nodes().fields(m, ScenarioSection.METADATA);
        String title = tools.nodes().text(mf.get("title"));
        LocalDate asOf = mf.containsKey("as_of") ? tools.dates().date(mf.get("as_of")) : null;
        String description = tools.nodes().text(mf.get("description"));
        List<Source> list = new ArrayList<>();
        KeyedNode sf = mf.get("sources");
        if (sf != null) {
            for (MappingNode sm : tools.nodes().listOfMappings(sf, "sources",
                    "a source ({id, title, publisher, date, url})")) {
                Source s = source(sm, asOf);
                if (s != null) {
                    list.add(s);
                }
            }
        }
        return tools.log().errorCount() == before ? new Metadata(title, asOf, description, list) : null;
    }

    private Source source(MappingNode m, LocalDate asOf) {
        int before = tools.log().errorCount();
        Map<String, KeyedNode> f = tools.nodes().fields(m, ScenarioSection.SOURCE);
        String id = sources.define(f.get("id"));
        String title = tools.nodes().text(f.get("title"));
        String publisher = tools.nodes().text(f.get("publisher"));
        LocalDate date = f.containsKey("date") ? tools.dates().date(f.get("date")) : null;
        String url = tools.nodes().text(f.get("url"));
        if (date != null && asOf != null && date.isAfter(asOf)) {
            tools.log().warn(f.get("date").value(), "source '" + id + "' is dated " + date
                    + ", after the scenario's as_of " + asOf, "evidence after as_of is out of scope; check either date");
        }
        return tools.log().errorCount() == before ? new Source(id, title, publisher, date, url) : null;
    }
}
