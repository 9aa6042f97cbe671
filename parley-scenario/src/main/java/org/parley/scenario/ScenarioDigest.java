package org.parley.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The canonical SHA-256 digest of a scenario, for provenance: two scenarios that are {@code equals} have the same
 * digest, and changing any number or text changes it. It depends only on the {@link Scenario} value, so it does
 * not depend on YAML formatting, comments, the order of keys in a mapping, or JSON versus YAML.
 *
 * <p>Definition: SHA-256 of the UTF-8 bytes of {@link #canonicalForm(Scenario)}, written as 64 lowercase hex
 * digits. The canonical form is one line of compact JSON with no white space between tokens:
 * <pre>
 * {"format":"parley-scenario/2",
 *  "metadata":{"title":T,"as_of":D,"description":T,"sources":[{"id":T,"title":T,"publisher":T,"date":D,"url":T},...]},
 *  "issues":[{"id":T,"label":T,"description":T,"scale":{"min":N,"max":N,"min_meaning":T,"max_meaning":T},
 *             "status_quo":E,"deadline":D,"sources":[T,...]},...],
 *  "actors":[{"id":T,"name":T,"aliases":[T,...],"capability":E,"notes":T,"sources":[T,...],
 *             "positions":[{"issue":T,"position":E,"salience":E,"risk":N,"rationale":T,"sources":[T,...]},...]},...],
 *  "games":[{"backers":[T,...],"challenger":T,"defender":T,"id":T,"issue":T,"lambda":N,"parameters":M,
 *            "stances":M,"template":T},...],
 *  "levers":[{"actor":T,"issue":T,"attribute":T,"target":T,"models":[T,...],"game":T,"stance":T,"question":T},...]}
 * </pre>
 * where keys appear exactly in this order; T is a JSON string (escaping only {@code "}, {@code \} and control
 * characters, the latter as {@code \}{@code u00xx} with lowercase hex; no Unicode normalisation); N is
 * {@link Double#toString(double)} of the value; D is an ISO date {@code "YYYY-MM-DD"}; any absent optional value is
 * {@code null}; M is a mapping of names to N with the names sorted ({@link String#compareTo}); E is {@code {"value":N}}, {@code {"value":N,"range":[N,N]}} or {@code {"value":N,"sd":N}}. Issues,
 * actors, sources, aliases and source references keep their order (it is part of the scenario's value); an
 * actor's positions are sorted by issue id ({@link String#compareTo}), since a stance map's order is not.
 * A game's keys are sorted; {@code backers} appears only when the entry lists backers, {@code lambda} only for a
 * template that takes one ({@code iig-logit}), {@code parameters} only when some are overridden; the template is
 * its id. A lever's attribute is its label and its target the canonical expression ({@link LeverTarget#toString()}).
 *
 * An issue's {@code "decision"} (after {@code "sources"}) and the top-level {@code "decision"} (after
 * {@code "levers"}) appear only when the scenario has them, in the form of {@code decision(...)} below, so the
 * digest of a scenario without decision structures is what it was before they existed.
 *
 * <p>Format history: {@code parley-scenario/1} had no games or levers; {@code parley-scenario/2} adds them (a
 * changed game specification or lever question changes what an analysis computes, so it must change the digest).
 * Version 2 first wrote each game as the plain data of its entry (keys sorted, numbers as N) and each lever's
 * target as written; since the sections are read into typed records, a game is written from its record as above
 * and a target in canonical form. For an entry that spells out its stances (and, for {@code iig-logit}, its
 * lambda) and a target written canonically, as in every example scenario, the bytes are the same as before.
 * The reserved top-level section {@code sweeps} is not part of a {@link Scenario} and does not enter the digest.
 * Complexity: linear in the scenario size.
 */
public final class ScenarioDigest {
    /** The canonical form's version tag, written first in it. */
    public static final String FORMAT = "parley-scenario/2";

    private ScenarioDigest() {
    }

    /** The lowercase hex SHA-256 of {@link #canonicalForm(Scenario)}. */
    public static String sha256(Scenario scenario) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(canonicalForm(scenario).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    /** The canonical serialisation the digest is taken of (see the class comment). */
    public static String canonicalForm(Scenario scenario) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("{\"format\":");
        str(sb, FORMAT);
        Metadata m = scenario.metadata();
        sb.append(",\"metadata\":{\"title\":");
        str(sb, m.title());
        sb.append(",\"as_of\":");
        date(sb, m.asOf());
        sb.append(",\"description\":");
        str(sb, m.description());
        sb.append(",\"sources\":[");
        for (int i = 0; i < m.sources().size(); i++) {
            Source s = m.sources().get(i);
            sb.append(i == 0 ? "" : ",").append("{\"id\":");
            str(sb, s.id());
            sb.append(",\"title\":");
            str(sb, s.title());
            sb.append(",\"publisher\":");
            str(sb, s.publisher());
            sb.append(",\"date\":");
            date(sb, s.date());
            sb.append(",\"url\":");
            str(sb, s.url());
            sb.append('}');
        }
        sb.append("]},\"issues\":[");
        for (int i = 0; i < scenario.issues().size(); i++) {
            Issue issue = scenario.issues().get(i);
            sb.append(i == 0 ? "" : ",").append("{\"id\":");
            str(sb, issue.id());
            sb.append(",\"label\":");
            str(sb, issue.label());
            sb.append(",\"description\":");
            str(sb, issue.description());
            Scale sc = issue.scale();
            sb.append(",\"scale\":{\"min\":").append(Double.toString(sc.min()));
            sb.append(",\"max\":").append(Double.toString(sc.max()));
            sb.append(",\"min_meaning\":");
            str(sb, sc.minMeaning());
            sb.append(",\"max_meaning\":");
            str(sb, sc.maxMeaning());
            sb.append("},\"status_quo\":");
            estimate(sb, issue.statusQuo());
            sb.append(",\"deadline\":");
            date(sb, issue.deadline());
            sb.append(",\"sources\":");
            strings(sb, issue.sourceIds());
            if (issue.decision() != null) {
                sb.append(",\"decision\":");
                decision(sb, issue.decision());
            }
            sb.append('}');
        }
        sb.append("],\"actors\":[");
        for (int i = 0; i < scenario.actors().size(); i++) {
            Actor a = scenario.actors().get(i);
            sb.append(i == 0 ? "" : ",").append("{\"id\":");
            str(sb, a.id());
            sb.append(",\"name\":");
            str(sb, a.name());
            sb.append(",\"aliases\":");
            strings(sb, a.aliases());
            sb.append(",\"capability\":");
            estimate(sb, a.capability());
            sb.append(",\"notes\":");
            str(sb, a.notes());
            sb.append(",\"sources\":");
            strings(sb, a.sourceIds());
            sb.append(",\"positions\":[");
            List<Map.Entry<String, Stance>> stances = new ArrayList<>(a.stances().entrySet());
            stances.sort(Map.Entry.comparingByKey());
            for (int j = 0; j < stances.size(); j++) {
                Stance s = stances.get(j).getValue();
                sb.append(j == 0 ? "" : ",").append("{\"issue\":");
                str(sb, stances.get(j).getKey());
                sb.append(",\"position\":");
                estimate(sb, s.position());
                sb.append(",\"salience\":");
                estimate(sb, s.salience());
                sb.append(",\"risk\":").append(s.riskAttitude() == null ? "null" : Double.toString(s.riskAttitude()));
                sb.append(",\"rationale\":");
                str(sb, s.rationale());
                sb.append(",\"sources\":");
                strings(sb, s.sourceIds());
                sb.append('}');
            }
            sb.append("]}");
        }
        sb.append("],\"games\":[");
        for (int i = 0; i < scenario.games().size(); i++) {
            sb.append(i == 0 ? "" : ",");
            game(sb, scenario.games().get(i));
        }
        sb.append("],\"levers\":[");
        for (int i = 0; i < scenario.levers().size(); i++) {
            LeverQuestion l = scenario.levers().get(i);
            sb.append(i == 0 ? "" : ",").append("{\"actor\":");
            str(sb, l.actor());
            sb.append(",\"issue\":");
            str(sb, l.issue());
            sb.append(",\"attribute\":");
            str(sb, l.attribute().label());
            sb.append(",\"target\":");
            str(sb, l.target().toString());
            sb.append(",\"models\":");
            strings(sb, l.models());
            sb.append(",\"game\":");
            str(sb, l.game());
            sb.append(",\"stance\":");
            str(sb, l.stance());
            sb.append(",\"question\":");
            str(sb, l.question());
            sb.append('}');
        }
        sb.append(']');
        if (scenario.decision() != null) {
            sb.append(",\"decision\":");
            decision(sb, scenario.decision());
        }
        sb.append('}');
        return sb.toString();
    }

    /**
     * A decision structure: {@code {"bodies":[{"rule":T,"threshold":N,"votes":M},...],"procedure":T,
     * "reversion":N,"setter":T,"sources":[T,...]}} (bodies in order, votes sorted by actor id).
     */
    private static void decision(StringBuilder sb, DecisionStructure d) {
        sb.append("{\"bodies\":[");
        for (int i = 0; i < d.bodies().size(); i++) {
            VotingBody b = d.bodies().get(i);
            sb.append(i == 0 ? "" : ",").append("{\"rule\":");
            str(sb, b.rule().id());
            sb.append(",\"threshold\":").append(Double.toString(b.threshold())).append(",\"votes\":");
            numbers(sb, b.votes());
            sb.append('}');
        }
        sb.append("],\"procedure\":");
        str(sb, d.procedure());
        sb.append(",\"reversion\":").append(d.reversionPoint() == null ? "null" : Double.toString(d.reversionPoint()));
        sb.append(",\"setter\":");
        str(sb, d.agendaSetter());
        sb.append(",\"sources\":");
        strings(sb, d.sourceIds());
        sb.append('}');
    }

    /**
     * A game with its keys in sorted order; {@code backers} only when given, {@code lambda} only for a template
     * that takes one, {@code parameters} only when some are given; stance and parameter names sorted.
     */
    private static void game(StringBuilder sb, GameSpec g) {
        sb.append('{');
        if (g.backers() != null) {
            sb.append("\"backers\":");
            strings(sb, g.backers());
            sb.append(',');
        }
        sb.append("\"challenger\":");
        str(sb, g.challenger());
        sb.append(",\"defender\":");
        str(sb, g.defender());
        sb.append(",\"id\":");
        str(sb, g.id());
        sb.append(",\"issue\":");
        str(sb, g.issue());
        if (g.template().takesLambda()) {
            sb.append(",\"lambda\":").append(Double.toString(g.lambda()));
        }
        if (!g.parameters().isEmpty()) {
            sb.append(",\"parameters\":");
            numbers(sb, g.parameters());
        }
        sb.append(",\"stances\":");
        numbers(sb, g.stances());
        sb.append(",\"template\":");
        str(sb, g.template().id());
        sb.append('}');
    }

    /** A name → number mapping with the names sorted ({@link String#compareTo}). */
    private static void numbers(StringBuilder sb, Map<String, Double> m) {
        List<String> keys = new ArrayList<>(m.keySet());
        keys.sort(null);
        sb.append('{');
        for (int i = 0; i < keys.size(); i++) {
            sb.append(i == 0 ? "" : ",");
            str(sb, keys.get(i));
            sb.append(':').append(Double.toString(m.get(keys.get(i))));
        }
        sb.append('}');
    }

    private static void estimate(StringBuilder sb, Estimate e) {
        if (e == null) {
            sb.append("null");
            return;
        }
        sb.append("{\"value\":").append(Double.toString(e.value()));
        if (e.uncertainty() instanceof Uncertainty.Range r) {
            sb.append(",\"range\":[").append(Double.toString(r.low())).append(',')
                    .append(Double.toString(r.high())).append(']');
        } else if (e.uncertainty() instanceof Uncertainty.StdDev sd) {
            sb.append(",\"sd\":").append(Double.toString(sd.sd()));
        }
        sb.append('}');
    }

    private static void strings(StringBuilder sb, List<String> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            str(sb, list.get(i));
        }
        sb.append(']');
    }

    private static void date(StringBuilder sb, LocalDate d) {
        if (d == null) {
            sb.append("null");
        } else {
            str(sb, d.toString());
        }
    }

    private static void str(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
