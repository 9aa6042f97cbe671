package org.parley.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.parley.scenario.io.ScenarioReader;

class ScenarioDigestTest {
    private static final ScenarioReader READER = new ScenarioReader();

    private static Scenario small() {
        Stance s = new Stance("x", new Estimate(40, new Uncertainty.Range(30, 55)), Estimate.of(50), 1.5,
                "say \"why\"\n", List.of("s"));
        Actor a = new Actor("a", null, List.of("A"), new Estimate(10, new Uncertainty.StdDev(2)), null, List.of(),
                Map.of("x", s));
        Issue x = new Issue("x", null, null, Scale.DEFAULT, null, LocalDate.of(2024, 9, 30), List.of("s"));
        Metadata md = new Metadata("T", null, "d", List.of(new Source("s", "Src", null, null, null)));
        Map<String, Double> stances = new LinkedHashMap<>();
        stances.put("shift", 45.0);
        stances.put("hold", 10.0);
        GameSpec game = new GameSpec("g", CrisisTemplate.IIG_LOGIT, "b", "a", "x", stances, 2.5, List.of(),
                Map.of("win_probability", 0.6));
        LeverQuestion lever = new LeverQuestion("a", "x", LeverAttribute.POSITION, LeverTarget.parse(">= 50"),
                List.of("eu"), null, null, "q?");
        LeverQuestion onGame = new LeverQuestion("a", "x", LeverAttribute.SALIENCE,
                LeverTarget.parse("outcome != status quo"), List.of(), "g", "hold", "");
        return new Scenario(md, List.of(x), List.of(a, actorB()), List.of(game), List.of(lever, onGame));
    }

    private static Actor actorB() {
        return new Actor("b", null, List.of(), Estimate.of(1), null, List.of(),
                Map.of("x", new Stance("x", Estimate.of(90), Estimate.of(20), null, "", List.of())));
    }

    /**
     * Frozen canonical form: if this changes, bump ScenarioDigest.FORMAT (old digests no longer compare).
     * Format 2 (was 1): the games and levers sections entered the scenario and its digest. The game is written
     * in full, so its part is the same as the plain data of its entry was before the section was typed.
     */
    @Test
    void canonicalFormIsFrozen() {
        assertEquals("{\"format\":\"parley-scenario/2\",\"metadata\":{\"title\":\"T\",\"as_of\":null,"
                + "\"description\":\"d\",\"sources\":[{\"id\":\"s\",\"title\":\"Src\",\"publisher\":null,"
                + "\"date\":null,\"url\":null}]},\"issues\":[{\"id\":\"x\",\"label\":\"x\",\"description\":\"\","
                + "\"scale\":{\"min\":0.0,\"max\":100.0,\"min_meaning\":\"\",\"max_meaning\":\"\"},"
                + "\"status_quo\":null,\"deadline\":\"2024-09-30\",\"sources\":[\"s\"]}],\"actors\":[{\"id\":\"a\","
                + "\"name\":\"a\",\"aliases\":[\"A\"],\"capability\":{\"value\":10.0,\"sd\":2.0},\"notes\":\"\","
                + "\"sources\":[],\"positions\":[{\"issue\":\"x\",\"position\":{\"value\":40.0,\"range\":[30.0,55.0]},"
                + "\"salience\":{\"value\":50.0},\"risk\":1.5,\"rationale\":\"say \\\"why\\\"\\u000a\","
                + "\"sources\":[\"s\"]}]},{\"id\":\"b\",\"name\":\"b\",\"aliases\":[],\"capability\":{\"value\":1.0},"
                + "\"notes\":\"\",\"sources\":[],\"positions\":[{\"issue\":\"x\",\"position\":{\"value\":90.0},"
                + "\"salience\":{\"value\":20.0},\"risk\":null,\"rationale\":\"\",\"sources\":[]}]}],"
                + "\"games\":[{\"backers\":[],\"challenger\":\"b\",\"defender\":\"a\",\"id\":\"g\",\"issue\":\"x\","
                + "\"lambda\":2.5,\"parameters\":{\"win_probability\":0.6},\"stances\":{\"hold\":10.0,\"shift\":45.0},"
                + "\"template\":\"iig-logit\"}],\"levers\":[{\"actor\":\"a\",\"issue\":\"x\",\"attribute\":\"position\","
                + "\"target\":\">= 50\",\"models\":[\"eu\"],\"game\":null,\"stance\":null,\"question\":\"q?\"},"
                + "{\"actor\":\"a\",\"issue\":\"x\",\"attribute\":\"salience\",\"target\":\"outcome != status quo\","
                + "\"models\":[],\"game\":\"g\",\"stance\":\"hold\",\"question\":\"\"}]}",
                ScenarioDigest.canonicalForm(small()));
    }

    /**
     * The example scenarios keep the digests they had before the games: and levers: sections were typed (figures
     * from the command's output at commit ce23400); a change here breaks every recorded provenance.
     */
    @Test
    void exampleScenariosKeepTheirDigests() {
        Map<String, String> before = Map.of(
                "eu-car-emissions-1994.yaml", "36e55938c74194f8b048d6c1a44bfffc626dfc4a2bb2f935ecb5dfb64985e3b6",
                // the Korea files state who decides since issue 8; without a decision their digests were
                // a64ab8d8... (small deal) and d12627e8... (korea-2019), as before decisions existed
                "korea-2019-small-deal.yaml", "779b42b9f33f12e89eae5f9b78cb77feabd209e0bfe0352320fc60f03afee5f3",
                "korea-2019.yaml", "b21baefb2c857828d90baf3af6195e65ac777f85e8cf348a4c581b19629018b9",
                "paris-2015-finance.yaml", "1279a1150d1fa2f076f279e203727f48c4551efbc01f4426f2d82b4bb7191ec5");
        java.nio.file.Path examples = java.nio.file.Path.of("..", "examples");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(examples),
                "examples/ not found beside the module; skipped");
        before.forEach((file, sha) -> assertEquals(sha, ScenarioDigest.sha256(READER.read(examples.resolve(file))),
                file));
    }

    private static final String WITH_ANALYSES = """
            metadata: {title: T}
            issues: [{id: x}]
            actors:
              - {id: a, capability: 10, positions: {x: [40, 50]}}
              - {id: b, capability: 20, positions: {x: [80, 60]}}
            games:
              - {id: g1, template: coercion, challenger: a, defender: b, issue: x, stances: {hold: 80, shift: 60},
                 parameters: {prior_resolve: 0.4, audience_cost: 3}}
              - {id: g2, template: iig-logit, challenger: a, defender: b, issue: x, stances: {hold: 80}}
            levers:
              - {actor: b, issue: x, attribute: position, target: ">= 50", models: [median, eu]}
              - {actor: b, issue: x, attribute: salience, target: p_deal >= 0.5, game: g1, question: How much?}
            """;

    @Test
    void gamesAndLeversEnterTheDigest() {
        Scenario s = READER.read(WITH_ANALYSES, "a");
        Scenario none = READER.read(WITH_ANALYSES.substring(0, WITH_ANALYSES.indexOf("games:")), "b");
        assertNotEquals(ScenarioDigest.sha256(s), ScenarioDigest.sha256(none));
        for (String[] change : new String[][] {{"prior_resolve: 0.4", "prior_resolve: 0.5"}, {"hold: 80,", "hold: 79,"},
                {"p_deal >= 0.5", "p_deal >= 0.6"}, {"models: [median, eu]", "models: [eu]"},
                {"template: coercion", "template: tying-hands"}, {"question: How much?", "question: other"},
                {"stances: {hold: 80}}", "stances: {hold: 80}, lambda: 2}"}, {"attribute: salience", "attribute: capability"}}) {
            Scenario c = READER.read(WITH_ANALYSES.replace(change[0], change[1]), "c");
            assertNotEquals(ScenarioDigest.sha256(s), ScenarioDigest.sha256(c), change[0]);
        }
    }

    @Test
    void howAGameOrTargetIsWrittenDoesNotEnterTheDigest() {
        String base = ScenarioDigest.sha256(READER.read(WITH_ANALYSES, "a"));
        for (String[] same : new String[][] {
                {"parameters: {prior_resolve: 0.4, audience_cost: 3}", "parameters: {audience_cost: 3.0, prior_resolve: 0.4}"},
                {"stances: {hold: 80}}", "stances: {hold: 80}, lambda: 1}"},
                {"stances: {hold: 80}}", "}"},
                {"template: coercion", "template: Coercion"},
                {"target: p_deal >= 0.5", "target: p_deal>=0.50"}}) {
            assertEquals(base, ScenarioDigest.sha256(READER.read(WITH_ANALYSES.replace(same[0], same[1]), "b")),
                    same[1]);
        }
    }

    @Test
    void digestIsLowercaseHexSha256OfTheCanonicalForm() throws Exception {
        String d = ScenarioDigest.sha256(small());
        assertTrue(d.matches("[0-9a-f]{64}"), d);
        byte[] expected = java.security.MessageDigest.getInstance("SHA-256")
                .digest(ScenarioDigest.canonicalForm(small()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(java.util.HexFormat.of().formatHex(expected), d);
    }

    @Test
    void stanceOrderDoesNotMatterButActorOrderDoes() {
        Scenario base = READER.read("""
                metadata: {title: T}
                issues: [{id: x}, {id: y}]
                actors:
                  - {id: a, capability: 1, positions: {x: [1, 1], y: [2, 2]}}
                  - {id: b, capability: 1, positions: {x: [3, 3]}}
                """, "a");
        Scenario stancesSwapped = READER.read("""
                metadata: {title: T}
                issues: [{id: x}, {id: y}]
                actors:
                  - {id: a, capability: 1, positions: {y: [2, 2], x: [1, 1]}}
                  - {id: b, capability: 1, positions: {x: [3, 3]}}
                """, "b");
        assertEquals(base, stancesSwapped);
        assertEquals(ScenarioDigest.sha256(base), ScenarioDigest.sha256(stancesSwapped));
        List<Actor> reversed = new ArrayList<>(base.actors());
        java.util.Collections.reverse(reversed);
        Scenario actorsSwapped = new Scenario(base.metadata(), base.issues(), reversed);
        assertNotEquals(ScenarioDigest.sha256(base), ScenarioDigest.sha256(actorsSwapped));
    }

    /** Every number of the fixture, changed in its last bit, changes the digest; so does every text field. */
    @Test
    void everySingleChangeChangesTheDigest() {
        Scenario s = READER.read(harbourText(), "harbour.yaml");
        List<Scenario> variants = variants(s);
        Set<String> digests = new HashSet<>();
        digests.add(ScenarioDigest.sha256(s));
        for (Scenario v : variants) {
            assertNotEquals(s, v);
            digests.add(ScenarioDigest.sha256(v));
        }
        assertEquals(variants.size() + 1, digests.size(), "all digests distinct");
        assertTrue(variants.size() >= 30, "covers many fields: " + variants.size());
    }

    private static String harbourText() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(
                    ScenarioDigestTest.class.getClassLoader().getResource("scenarios/harbour.yaml").toURI()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Estimate bump(Estimate e) {
        return new Estimate(Math.nextUp(e.value()), e.uncertainty());
    }

    /** Single-field changes: every number (value and uncertainty) nudged by one ulp, some texts and dates. */
    private static List<Scenario> variants(Scenario s) {
        List<Scenario> out = new ArrayList<>();
        Metadata m = s.metadata();
        out.add(new Scenario(new Metadata(m.title() + " ", m.asOf(), m.description(), m.sources()), s.issues(),
                s.actors()));
        out.add(new Scenario(new Metadata(m.title(), m.asOf().plusDays(1), m.description(), m.sources()),
                s.issues(), s.actors()));
        for (int i = 0; i < s.issues().size(); i++) {
            Issue is = s.issues().get(i);
            Scale sc = is.scale();
            List<UnaryOperator<Issue>> edits = new ArrayList<>();
            edits.add(x -> new Issue(x.id(), x.label(), x.description(),
                    new Scale(sc.min() - 1, sc.max(), sc.minMeaning(), sc.maxMeaning()), x.statusQuo(), x.deadline(),
                    x.sourceIds()));
            edits.add(x -> new Issue(x.id(), x.label(), x.description(),
                    new Scale(sc.min(), Math.nextUp(sc.max()), sc.minMeaning(), sc.maxMeaning()), x.statusQuo(),
                    x.deadline(), x.sourceIds()));
            edits.add(x -> new Issue(x.id(), x.label() + "!", x.description(), sc, x.statusQuo(), x.deadline(),
                    x.sourceIds()));
            edits.add(x -> new Issue(x.id(), x.label(), x.description(), sc, bump(x.statusQuo()), x.deadline(),
                    x.sourceIds()));
            edits.add(x -> new Issue(x.id(), x.label(), x.description(), sc, null, x.deadline(), x.sourceIds()));
            if (is.statusQuo().uncertainty() instanceof Uncertainty.Range r) {
                edits.add(x -> new Issue(x.id(), x.label(), x.description(), sc,
                        new Estimate(x.statusQuo().value(), new Uncertainty.Range(Math.nextDown(r.low()), r.high())),
                        x.deadline(), x.sourceIds()));
            }
            for (UnaryOperator<Issue> edit : edits) {
                List<Issue> issues = new ArrayList<>(s.issues());
                issues.set(i, edit.apply(is));
                out.add(new Scenario(m, issues, s.actors()));
            }
        }
        for (int a = 0; a < s.actors().size(); a++) {
            Actor ac = s.actors().get(a);
            List<Actor> changed = new ArrayList<>();
            changed.add(new Actor(ac.id(), ac.name(), ac.aliases(), bump(ac.capability()), ac.notes(),
                    ac.sourceIds(), ac.stances()));
            changed.add(new Actor(ac.id(), ac.name() + "?", ac.aliases(), ac.capability(), ac.notes(),
                    ac.sourceIds(), ac.stances()));
            if (ac.capability().uncertainty() instanceof Uncertainty.StdDev sd) {
                changed.add(new Actor(ac.id(), ac.name(), ac.aliases(),
                        new Estimate(ac.capability().value(), new Uncertainty.StdDev(Math.nextUp(sd.sd()))),
                        ac.notes(), ac.sourceIds(), ac.stances()));
            }
            for (String issueId : ac.stances().keySet()) {
                Stance st = ac.stances().get(issueId);
                List<Stance> stanceEdits = List.of(
                        new Stance(issueId, bump(st.position()), st.salience(), st.riskAttitude(), st.rationale(),
                                st.sourceIds()),
                        new Stance(issueId, st.position(), bump(st.salience()), st.riskAttitude(), st.rationale(),
                                st.sourceIds()),
                        new Stance(issueId, st.position(), st.salience(),
                                st.riskAttitude() == null ? 1.0 : Math.nextUp(st.riskAttitude()), st.rationale(),
                                st.sourceIds()),
                        new Stance(issueId, st.position(), st.salience(), st.riskAttitude(), st.rationale() + ".",
                                st.sourceIds()));
                for (Stance e : stanceEdits) {
                    Map<String, Stance> stances = new LinkedHashMap<>(ac.stances());
                    stances.put(issueId, e);
                    changed.add(new Actor(ac.id(), ac.name(), ac.aliases(), ac.capability(), ac.notes(),
                            ac.sourceIds(), stances));
                }
            }
            for (Actor c : changed) {
                List<Actor> actors = new ArrayList<>(s.actors());
                actors.set(a, c);
                out.add(new Scenario(m, s.issues(), actors));
            }
        }
        return out;
    }

    /** Written as YAML or JSON with shuffled keys and random styles, a random scenario reads back equal. */
    @Property(tries = 150)
    void randomScenariosSurviveWritingAndReading(@ForAll long seed) {
        Scenario s = RandomScenarios.scenario(seed);
        String yaml = RandomScenarios.write(s, false, seed * 31 + 1);
        String json = RandomScenarios.write(s, true, seed * 31 + 2);
        Scenario fromYaml = READER.read(yaml, "random.yaml");
        Scenario fromJson = READER.read(json, "random.json");
        assertEquals(s, fromYaml, yaml);
        assertEquals(s, fromJson, json);
        assertEquals(ScenarioDigest.sha256(s), ScenarioDigest.sha256(fromYaml));
        assertEquals(ScenarioDigest.sha256(s), ScenarioDigest.sha256(fromJson));
    }

    /** A random scenario's digest changes when any one number of it is nudged by one ulp. */
    @Property(tries = 100)
    void nudgingOneNumberChangesTheDigest(@ForAll long seed) {
        Scenario s = RandomScenarios.scenario(seed);
        String d = ScenarioDigest.sha256(s);
        for (int a = 0; a < s.actors().size(); a++) {
            Actor ac = s.actors().get(a);
            for (Map.Entry<String, Stance> e : ac.stances().entrySet()) {
                Stance st = e.getValue();
                Map<String, Stance> stances = new LinkedHashMap<>(ac.stances());
                Estimate pos = st.position();
                Estimate nudged = new Estimate(pos.value() == 0 ? Double.MIN_VALUE : Math.nextDown(pos.value()),
                        Uncertainty.None.INSTANCE);
                stances.put(e.getKey(), new Stance(st.issueId(), nudged, st.salience(), st.riskAttitude(),
                        st.rationale(), st.sourceIds()));
                List<Actor> actors = new ArrayList<>(s.actors());
                actors.set(a, new Actor(ac.id(), ac.name(), ac.aliases(), ac.capability(), ac.notes(),
                        ac.sourceIds(), stances));
                assertNotEquals(d, ScenarioDigest.sha256(new Scenario(s.metadata(), s.issues(), actors)));
            }
        }
    }
}
