package org.parley.backtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.scenario.Issue;
import org.parley.scenario.Scenario;
import org.parley.scenario.io.ScenarioReader;

/**
 * Backtest cases from scenario files whose issues record their real {@code outcome}: one case per file (a folder is
 * read in name order, {@code .yaml}, {@code .yml} and {@code .json} files). Files without any outcome are skipped.
 */
public final class ScenarioCases {
    private ScenarioCases() {
    }

    /**
     * @throws org.parley.scenario.io.ScenarioFormatException with located problems for a malformed file
     * @throws IOException on read errors
     */
    public static List<BacktestCase> read(Path fileOrFolder) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> s = Files.list(fileOrFolder)) {
                s.filter(p -> p.getFileName().toString().matches("(?i).*\\.(ya?ml|json)")).sorted().forEach(files::add);
            }
        } else {
            files.add(fileOrFolder);
        }
        List<BacktestCase> out = new ArrayList<>();
        ScenarioReader reader = new ScenarioReader();
        for (Path f : files) {
            Scenario s = reader.read(f);
            Map<String, Double> outcomes = new LinkedHashMap<>();
            java.time.LocalDate decided = null;
            for (Issue i : s.issues()) {
                if (i.outcome() != null) {
                    outcomes.put(i.id(), i.outcome().value());
                    if (i.outcome().decided() != null && (decided == null || i.outcome().decided().isAfter(decided))) {
                        decided = i.outcome().decided();
                    }
                }
            }
            if (!outcomes.isEmpty()) {
                out.add(new BacktestCase(f.getFileName().toString(), s, outcomes, decided));
            }
        }
        return List.copyOf(out);
    }
}
