package org.parley.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The crisis templates a {@code games:} entry may name, with the id written in the file and the names of the
 * parameters an entry may override under {@code parameters:}. Data only: the templates themselves (their game
 * trees, the mapping from a scenario to their numbers, the solving) live in {@code parley-analysis}, whose tests
 * check that these names are exactly the ones its mapping produces.
 */
public enum CrisisTemplate {
    /** International Interaction Game, complete information, backward induction (Bueno de Mesquita &amp; Lalman 1992). */
    IIG("iig", Names.IIG),
    /** The same tree with logit choice at each node, agent QRE at a given lambda (Signorino 1999). */
    IIG_LOGIT("iig-logit", Names.IIG),
    /** Two-type crisis with a costly signal (sinking costs; Fearon 1997). */
    COERCION("coercion", Names.TWO_TYPE),
    /** Two-type crisis with a public commitment and audience cost (tying hands; Fearon 1994, 1997). */
    TYING_HANDS("tying-hands", Names.TWO_TYPE);

    /** The parameter names of each family, in the order the templates' documentation lists them. */
    private static final class Names {
        /** The eight outcomes of the International Interaction Game, as they appear in utility names. */
        static final List<String> IIG_OUTCOMES = List.of("sq", "acq_a", "acq_b", "neg", "cap_a", "cap_b", "war_a",
                "war_b");
        static final List<String> IIG = iig();
        static final List<String> TWO_TYPE = List.of("prior_resolve", "u_shift", "u_escalation", "u_back_down",
                "v_shift", "v_escalate_resolved", "v_back_down_resolved", "v_back_down_irresolute",
                "v_escalate_irresolute", "signal_cost_resolved", "signal_cost_irresolute", "audience_cost",
                "win_probability", "escalation_cost_scale", "concession", "resolved_cost_factor",
                "irresolute_cost_factor", "signal_cost_scale");

        private static List<String> iig() {
            List<String> names = new ArrayList<>();
            for (String side : List.of("a", "b")) {
                for (String outcome : IIG_OUTCOMES) {
                    names.add("u_" + side + "_" + outcome);
                }
            }
            names.addAll(List.of("win_probability", "escalation_cost_scale", "status_quo", "first_strike",
                    "attacked_cost_factor", "attack_cost_factor"));
            return List.copyOf(names);
        }
    }

    private final String id;
    private final List<String> overridableParameters;

    CrisisTemplate(String id, List<String> overridableParameters) {
        this.id = id;
        this.overridableParameters = overridableParameters;
    }

    /** The id written in a {@code games:} entry, e.g. {@code iig-logit}. */
    public String id() {
        return id;
    }

    /** Every name that may appear under an entry's {@code parameters:} for this template. */
    public List<String> overridableParameters() {
        return overridableParameters;
    }

    /** Whether an entry of this template takes a {@code lambda} (the logit precision). */
    public boolean takesLambda() {
        return this == IIG_LOGIT;
    }

    /**
     * The template with this id (surrounding blanks and case ignored).
     *
     * @throws IllegalArgumentException naming the accepted ids
     */
    public static CrisisTemplate parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (CrisisTemplate c : values()) {
            if (c.id.equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("template: expected one of iig, iig-logit, coercion, tying-hands; got '"
                + text + "'");
    }
}
