package org.parley.backtest.deu;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parley.backtest.BacktestCase;
import org.parley.scenario.Actor;
import org.parley.scenario.DecisionStructure;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.Metadata;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.scenario.Stance;
import org.parley.scenario.VotingBody;
import org.parley.scenario.VotingRule;

/**
 * Reads DEU-style CSV (one row per issue; codebook names {@code prnr}, {@code isnr}, {@code proc}, {@code counvte},
 * {@code pXX}/{@code sXX} per actor, {@code rp} reference point, {@code out} outcome) into one
 * {@link BacktestCase} per proposal, with the EU procedure as each issue's {@link DecisionStructure}.
 *
 * <p>Conventions (those of the published baselines, ../shared/models/README.md §6.2): an actor takes part in an issue
 * when its position is given and its salience is positive; the status quo is the reference point {@code rp} where
 * coded; scales are 0–100.
 *
 * <p>Decision structures (Steunenberg 1994; Crombez 1996, 1997; Thomson et al. 2006): the Council is one body of the
 * member states taking part, deciding by qualified majority ({@code counvte = QMV}: the era's vote weights, the
 * threshold the same share of the present members' votes as of the full Council's: 62/87 for EU-15, 232/321 for
 * EU-25, 255/345 for EU-27, 260/352 for EU-28; the era is read from which states have positions) or unanimously;
 * under co-decision ({@code proc = COD}) the European Parliament is a second body that must accept; under
 * consultation and the other procedures it is an influencer. The Commission is the agenda setter when it takes part.
 */
public final class DeuImporter {
    /** Actor codes in DEU order with display names. */
    static final Map<String, String> ACTORS = actors();

    /** Nice Treaty Council votes (2004–2014). */
    static final Map<String, Integer> NICE_VOTES = votes("de 29 fr 29 it 29 uk 29 es 27 pl 27 ro 14 nl 13 be 12 cz 12"
            + " el 12 hu 12 pt 12 at 10 bu 10 se 10 dk 7 ie 7 lt 7 sk 7 fi 7 cr 7 cy 4 ee 4 lv 4 lu 4 si 4 mt 3");
    /** Council votes before 2004 (EU-15). */
    static final Map<String, Integer> EU15_VOTES = votes("de 10 fr 10 it 10 uk 10 es 8 be 5 el 5 nl 5 pt 5 at 4 se 4"
            + " dk 3 ie 3 fi 3 lu 2");
    private static final Set<String> JOINED_2004 = Set.of("cy", "cz", "ee", "hu", "lv", "lt", "mt", "pl", "sk", "si");
    private static final Set<String> JOINED_2007 = Set.of("bu", "ro");

    /**
     * @param capability what capability is
     * @param gdp        actor code → GDP capability (needed for {@link CapabilityMeasure#GDP})
     */
    public record Options(CapabilityMeasure capability, Map<String, Double> gdp) {
        public Options {
            Objects.requireNonNull(capability, "capability");
            gdp = gdp == null ? Map.of() : Map.copyOf(gdp);
            if (capability == CapabilityMeasure.GDP && gdp.isEmpty()) {
                throw new IllegalArgumentException("capability GDP needs the GDP table");
            }
        }
    }

    private DeuImporter() {
    }

    /** Reads the two-column GDP table ({@code actor,gdp_capability}). */
    public static Map<String, Double> readGdp(Path file) throws IOException {
        Map<String, Double> m = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                m.put(rec.get(0).trim(), number(rec.get(1), file, rec, "gdp_capability"));
            }
        }
        return m;
    }

    /**
     * Reads the issues file into one case per proposal, in file order.
     *
     * @throws IOException on read errors
     * @throws IllegalArgumentException naming the file, line and column of a malformed value
     */
    public static List<BacktestCase> read(Path file, Options options) throws IOException {
        Map<String, List<CSVRecord>> byProposal = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (String col : List.of("prnr", "isnr", "proc", "counvte", "rp", "out")) {
                if (!p.getHeaderMap().containsKey(col)) {
                    throw new IllegalArgumentException(file + ":1: missing column " + col);
                }
            }
            for (CSVRecord rec : p) {
                byProposal.computeIfAbsent(rec.get("prnr"), k -> new ArrayList<>()).add(rec);
            }
        }
        List<BacktestCase> out = new ArrayList<>();
        for (Map.Entry<String, List<CSVRecord>> e : byProposal.entrySet()) {
            BacktestCase c = proposal(file, e.getKey(), e.getValue(), options);
            if (!c.outcomes().isEmpty()) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private static BacktestCase proposal(Path file, String id, List<CSVRecord> rows, Options options) {
        List<Issue> issues = new ArrayList<>();
        String era = era(rows);
        Map<String, Map<String, Stance>> stances = new LinkedHashMap<>();
        Map<String, Double> outcomes = new LinkedHashMap<>();
        for (CSVRecord rec : rows) {
            String issueId = rec.get("isnr");
            Double rp = optional(rec.get("rp"), file, rec, "rp");
            Double outcome = optional(rec.get("out"), file, rec, "out");
            for (String a : ACTORS.keySet()) {
                Double x = optional(rec.get("p" + a), file, rec, "p" + a);
                Double s = optional(rec.get("s" + a), file, rec, "s" + a);
                if (x == null) {
                    continue;
                }
                if (s != null && s > 0) {
                    stances.computeIfAbsent(a, k -> new LinkedHashMap<>())
                            .put(issueId, new Stance(issueId, Estimate.of(x), Estimate.of(s), null, "", List.of()));
                }
            }
            if (stances.values().stream().noneMatch(m -> m.containsKey(issueId))) {
                continue; // nobody takes part: no model can forecast it (the published baselines skip it too)
            }
            Issue issue = new Issue(issueId, rec.get("prname") + " (" + issueId + ")", "", new Scale(0, 100, "", ""),
                    rp == null ? null : Estimate.of(rp), null, List.of());
            issues.add(issue);
            if (outcome != null) {
                outcomes.put(issueId, outcome);
            }
        }
        // decision structures once every stance of the proposal is known
        Map<String, CSVRecord> rowOf = new LinkedHashMap<>();
        rows.forEach(rec -> rowOf.put(rec.get("isnr"), rec));
        issues.replaceAll(i -> i.withDecision(structure(rowOf.get(i.id()), era, stances, i.id())));
        Set<String> present = stances.keySet();
        List<Actor> actors = new ArrayList<>();
        for (String a : ACTORS.keySet()) {
            if (present.contains(a)) {
                actors.add(new Actor(a, ACTORS.get(a), List.of(), Estimate.of(capability(a, era, options)), "",
                        List.of(), stances.get(a)));
            }
        }
        Scenario s = new Scenario(new Metadata(rows.get(0).get("prname") + " (" + id + ")", null, "", List.of()),
                issues, actors);
        return new BacktestCase(id, s, outcomes, null);
    }

    /** The Council era from the states with positions: EU-15, EU-25, EU-27 or EU-28. */
    private static String era(List<CSVRecord> rows) {
        boolean j2004 = false, j2007 = false, j2013 = false;
        for (CSVRecord rec : rows) {
            for (String a : ACTORS.keySet()) {
                if (!rec.get("p" + a).isBlank()) {
                    j2004 |= JOINED_2004.contains(a);
                    j2007 |= JOINED_2007.contains(a);
                    j2013 |= a.equals("cr");
                }
            }
        }
        return j2013 ? "EU-28" : j2007 ? "EU-27" : j2004 ? "EU-25" : "EU-15";
    }

    private static double qmvShare(String era) {
        return switch (era) {
            case "EU-15" -> 62.0 / 87;
            case "EU-25" -> 232.0 / 321;
            case "EU-27" -> 255.0 / 345;
            default -> 260.0 / 352;
        };
    }

    private static double capability(String actor, String era, Options o) {
        return switch (o.capability()) {
            case EQUAL -> 1.0;
            case GDP -> {
                Double g = o.gdp().get(actor);
                if (g == null) {
                    throw new IllegalArgumentException("no GDP capability for actor " + actor);
                }
                yield g;
            }
            case COUNCIL_VOTES -> {
                Map<String, Integer> v = era.equals("EU-15") ? EU15_VOTES : NICE_VOTES;
                yield v.containsKey(actor) ? v.get(actor) : v.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            }
        };
    }

    private static DecisionStructure structure(CSVRecord rec, String era, Map<String, Map<String, Stance>> stances,
                                               String issueId) {
        String proc = rec.get("proc").trim().toUpperCase(Locale.ROOT);
        boolean unanimity = rec.get("counvte").trim().equalsIgnoreCase("Unan");
        Map<String, Integer> table = era.equals("EU-15") ? EU15_VOTES : NICE_VOTES;
        Map<String, Double> council = new LinkedHashMap<>();
        for (String a : ACTORS.keySet()) {
            if (table.containsKey(a) && takesPart(stances, a, issueId)) {
                council.put(a, (double) table.get(a));
            }
        }
        if (council.isEmpty()) {
            return null;
        }
        double total = council.values().stream().mapToDouble(Double::doubleValue).sum();
        List<VotingBody> bodies = new ArrayList<>();
        bodies.add(unanimity ? VotingBody.weighted(VotingRule.UNANIMITY, council, total)
                : VotingBody.weighted(VotingRule.QUALIFIED_MAJORITY, council, qmvShare(era) * total));
        if (proc.equals("COD") && takesPart(stances, "ep", issueId)) {
            bodies.add(VotingBody.of(VotingRule.SINGLE, List.of("ep")));
        }
        String setter = takesPart(stances, "com", issueId) ? "com" : null;
        return new DecisionStructure(bodies, setter, null, proc + "/" + (unanimity ? "Unan" : "QMV"));
    }

    private static boolean takesPart(Map<String, Map<String, Stance>> stances, String actor, String issueId) {
        return stances.containsKey(actor) && stances.get(actor).containsKey(issueId);
    }

    private static Double optional(String text, Path file, CSVRecord rec, String column) {
        return text == null || text.isBlank() ? null : number(text, file, rec, column);
    }

    private static double number(String text, Path file, CSVRecord rec, String column) {
        try {
            double v = Double.parseDouble(text.trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException("not finite");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + (rec.getRecordNumber() + 1) + ": column " + column
                    + ": not a number: '" + text + "'", e);
        }
    }

    private static Map<String, Integer> votes(String spec) {
        String[] t = spec.split(" ");
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < t.length; i += 2) {
            m.put(t[i], Integer.parseInt(t[i + 1]));
        }
        return Map.copyOf(m);
    }

    private static Map<String, String> actors() {
        String[] codes = {"com", "ep", "at", "be", "bu", "cr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "el", "hu", "ie",
            "it", "lv", "lt", "lu", "mt", "nl", "pl", "pt", "ro", "si", "sk", "es", "se", "uk"};
        String[] names = {"European Commission", "European Parliament", "Austria", "Belgium", "Bulgaria", "Croatia",
            "Cyprus", "Czechia", "Denmark", "Estonia", "Finland", "France", "Germany", "Greece", "Hungary", "Ireland",
            "Italy", "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands", "Poland", "Portugal", "Romania",
            "Slovenia", "Slovakia", "Spain", "Sweden", "United Kingdom"};
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) {
            m.put(codes[i], names[i]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
