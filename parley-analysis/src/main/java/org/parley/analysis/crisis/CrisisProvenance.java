package org.parley.analysis.crisis;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parley.games.ExtensiveGame;
import org.parley.provenance.InputKind;
import org.parley.provenance.Provenance;
import org.parley.provenance.RunContext;
import org.parley.scenario.CrisisTemplate;

/** The provenance of a crisis result: component {@code crisis/<template>}, version, every parameter exactly. */
final class CrisisProvenance {
    private CrisisProvenance() {
    }

    /** The component name of a template, e.g. {@code crisis/coercion}. */
    static String component(CrisisTemplate t) {
        return "crisis/" + t.id();
    }

    /**
     * @param run the run (its scenario's hash); null for parameters given directly, then the game's hash is the input
     */
    static Provenance of(RunContext run, CrisisTemplate t, List<Param> params, ExtensiveGame game) {
        RunContext r = run != null ? run : RunContext.of(InputKind.GAME, game.hash());
        SortedMap<String, String> p = new TreeMap<>();
        for (Param x : params) {
            p.put(x.name(), x.value().toString());
        }
        return r.provenance(component(t), CrisisAnalysis.VERSION, p);
    }
}
