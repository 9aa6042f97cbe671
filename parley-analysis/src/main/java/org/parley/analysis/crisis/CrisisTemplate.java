package org.parley.analysis.crisis;

import java.util.Locale;

/** The crisis templates, with the id used in the {@code games:} section. */
public enum CrisisTemplate {
    /** International Interaction Game, complete information, backward induction (Bueno de Mesquita &amp; Lalman 1992). */
    IIG("iig"),
    /** The same tree with logit choice at each node, agent QRE at a given lambda (Signorino 1999). */
    IIG_LOGIT("iig-logit"),
    /** Two-type crisis with a costly signal (sinking costs; Fearon 1997). */
    COERCION("coercion"),
    /** Two-type crisis with a public commitment and audience cost (tying hands; Fearon 1994, 1997). */
    TYING_HANDS("tying-hands");

    private final String id;

    CrisisTemplate(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the accepted ids */
    public static CrisisTemplate parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (CrisisTemplate c : values()) {
            if (c.id.equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("template: expected one of iig, iig-logit, coercion, tying-hands; got '" + text + "'");
    }
}
