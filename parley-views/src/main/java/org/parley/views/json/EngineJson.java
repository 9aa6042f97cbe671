package org.parley.views.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.parley.games.Action;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.Game;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.MixedStrategyProfile;
import org.parley.games.Profile;
import org.parley.games.StrategicGame;
import org.parley.games.UnsupportedGameException;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.Completion;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.Equilibrium;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.QreResult;
import org.parley.games.solve.Representation;
import org.parley.games.solve.SolverOptions;
import org.parley.games.verify.LogitResidual;
import org.parley.games.verify.Regret;
import org.parley.games.verify.Tolerance;
import org.parley.provenance.Provenance;

/**
 * The JSON form of the game engine's objects inside results. A game is never written, only referred to by its
 * SHA-256; reading needs the game ({@link KnownGames}, passed as a reader attribute) and checks every profile on it
 * again, so that a JSON file can never bring in an equilibrium that was not verified.
 *
 * <ul>
 *   <li>{@link Rational}: a string, {@code "3"} or {@code "-3/4"}.</li>
 *   <li>{@link Game} (inside a result): its hash, a string of 64 hex digits.</li>
 *   <li>{@link Profile}: {@code {"kind": "mixed"|"behavior", "game": hash, "arithmetic": "EXACT"|"DOUBLE",
 *       "values": [...]}} with the flat profile in Gambit's order (per player: strategies, or information sets
 *       then actions), exact values as rational strings and doubles as numbers. The kind follows from the game
 *       (a table has mixed profiles, a tree behaviour profiles) and is checked on reading.</li>
 *   <li>{@link Infoset}, {@link Action} (inside a failed check): {@code {"game": hash, "player": i, "infoset": h}}
 *       and the same with {@code "action": a}, indices from 0, {@code "player": null} for chance.</li>
 *   <li>{@link Equilibrium} (inside a crisis result): the record's fields; reading checks the profile again (exactly
 *       for exact profiles; for doubles the recomputed max regret must be the recorded one).</li>
 *   <li>{@link EquilibriumResult}, {@link QreResult}: see docs/JSON-FORMAT.md; reading verifies every profile
 *       again (regret, or the logit residual).</li>
 * </ul>
 */
final class EngineJson {
    private EngineJson() {
    }

    static void register(SimpleModule m) {
        m.addSerializer(Rational.class, new RationalSerializer());
        m.addDeserializer(Rational.class, new RationalDeserializer());
        m.addSerializer(Game.class, new GameSerializer());
        m.addDeserializer(Game.class, new GameDeserializer<>(Game.class));
        m.addDeserializer(StrategicGame.class, new GameDeserializer<>(StrategicGame.class));
        m.addDeserializer(ExtensiveGame.class, new GameDeserializer<>(ExtensiveGame.class));
        m.addSerializer(Profile.class, new ProfileSerializer());
        m.addDeserializer(Profile.class, new ProfileDeserializer<>(Profile.class));
        m.addDeserializer(MixedStrategyProfile.class, new ProfileDeserializer<>(MixedStrategyProfile.class));
        m.addDeserializer(MixedBehaviorProfile.class, new ProfileDeserializer<>(MixedBehaviorProfile.class));
        m.addSerializer(EquilibriumResult.class, new EquilibriumResultSerializer());
        m.addDeserializer(EquilibriumResult.class, new EquilibriumResultDeserializer());
        m.addDeserializer(Equilibrium.class, new EquilibriumDeserializer());
        m.addDeserializer(QreResult.class, new QreResultDeserializer());
        m.addSerializer(Infoset.class, new InfosetSerializer());
        m.addDeserializer(Infoset.class, new InfosetDeserializer());
        m.addSerializer(Action.class, new ActionSerializer());
        m.addDeserializer(Action.class, new ActionDeserializer());
    }

    /** The games the current read may refer to (none unless the caller passed some). */
    static KnownGames games(DeserializationContext ctxt) {
        Object g = ctxt.getAttribute(KnownGames.class);
        return g instanceof KnownGames k ? k : KnownGames.NONE;
    }

    static Game resolve(DeserializationContext ctxt, String hash) throws IOException {
        return games(ctxt).find(hash).orElseThrow(() -> new JsonReadException(null, "game " + hash
                + " is not among the games given to the reader; results are read back against their game"));
    }

    static final class RationalSerializer extends JsonSerializer<Rational> {
        @Override
        public void serialize(Rational r, JsonGenerator gen, SerializerProvider p) throws IOException {
            gen.writeString(r.toString());
        }
    }

    static final class RationalDeserializer extends JsonDeserializer<Rational> {
        @Override
        public Rational deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            try {
                return Rational.parse(text == null ? "" : text);
            } catch (NumberFormatException e) {
                return (Rational) ctxt.handleWeirdStringValue(Rational.class, text,
                        "expected an exact number such as \"3\" or \"-3/4\"");
            }
        }
    }

    static final class GameSerializer extends JsonSerializer<Game> {
        @Override
        public void serialize(Game g, JsonGenerator gen, SerializerProvider p) throws IOException {
            gen.writeString(g.hash());
        }

        @Override
        public Class<Game> handledType() {
            return Game.class;
        }
    }

    static final class GameDeserializer<G extends Game> extends JsonDeserializer<G> {
        private final Class<G> type;

        GameDeserializer(Class<G> type) {
            this.type = type;
        }

        @Override
        public G deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Game g = resolve(ctxt, p.getValueAsString());
            if (!type.isInstance(g)) {
                throw new JsonReadException(null, "game " + g.hash() + " is not a " + type.getSimpleName());
            }
            return type.cast(g);
        }
    }

    static final class ProfileSerializer extends JsonSerializer<Profile> {
        @Override
        public void serialize(Profile profile, JsonGenerator gen, SerializerProvider p) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("kind", profile instanceof MixedBehaviorProfile ? "behavior" : "mixed");
            gen.writeStringField("game", profile.game().hash());
            gen.writeStringField("arithmetic", profile.arithmetic().name());
            gen.writeArrayFieldStart("values");
            if (profile.arithmetic() == Arithmetic.EXACT) {
                for (Rational r : profile.toFlatExact()) {
                    gen.writeString(r.toString());
                }
            } else {
                for (double d : profile.toFlatArray()) {
                    gen.writeNumber(d);
                }
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }

        @Override
        public Class<Profile> handledType() {
            return Profile.class;
        }
    }

    static final class ProfileDeserializer<P extends Profile> extends JsonDeserializer<P> {
        private final Class<P> type;

        ProfileDeserializer(Class<P> type) {
            this.type = type;
        }

        @Override
        public P deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode n = ctxt.readTree(p);
            Profile profile = profile(n, resolve(ctxt, required(n, "game").asText()), ctxt);
            if (!type.isInstance(profile)) {
                throw new JsonReadException(null, "expected a " + type.getSimpleName() + ", the game gives a "
                        + profile.getClass().getSimpleName());
            }
            return type.cast(profile);
        }
    }

    static JsonNode required(JsonNode n, String field) throws JsonReadException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new JsonReadException("/" + field, "missing field '" + field + "'");
        }
        return v;
    }

    /** A profile on {@code g} from its JSON object; the object's game hash must be {@code g}'s. */
    static Profile profile(JsonNode n, Game g, DeserializationContext ctxt) throws IOException {
        if (!g.hash().equals(required(n, "game").asText())) {
            throw new JsonReadException("/game", "profile of game " + n.get("game").asText() + " inside a result on "
                    + g.hash());
        }
        String kind = g instanceof StrategicGame ? "mixed" : "behavior";
        if (!kind.equals(required(n, "kind").asText())) {
            throw new JsonReadException("/kind", "a profile on " + (g instanceof StrategicGame ? "a table" : "a tree")
                    + " is '" + kind + "', not '" + n.get("kind").asText() + "'");
        }
        Arithmetic a = ctxt.readTreeAsValue(required(n, "arithmetic"), Arithmetic.class);
        JsonNode values = required(n, "values");
        try {
            if (a == Arithmetic.EXACT) {
                List<Rational> flat = new ArrayList<>();
                for (JsonNode v : values) {
                    flat.add(Rational.parse(v.asText()));
                }
                return g instanceof StrategicGame s ? MixedStrategyProfile.ofExactFlat(s, flat)
                        : MixedBehaviorProfile.ofExactFlat((ExtensiveGame) g, flat);
            }
            double[] flat = new double[values.size()];
            for (int k = 0; k < flat.length; k++) {
                JsonNode v = values.get(k);
                if (!v.isNumber()) {
                    throw new JsonReadException("/values/" + k, "expected a number, found " + v);
                }
                flat[k] = v.doubleValue();
            }
            return g instanceof StrategicGame s ? MixedStrategyProfile.ofDoubleFlat(s, flat)
                    : MixedBehaviorProfile.ofDoubleFlat((ExtensiveGame) g, flat);
        } catch (IllegalArgumentException e) {
            throw new JsonReadException("/values", e.getMessage());
        }
    }

    /**
     * An equilibrium result: the envelope's fields in record order (the game as {@code gameHash}), {@code verified}
     * (derived: nothing rejected), and per equilibrium its profile, exact and double max regret, whether it passed,
     * and for behaviour profiles the realization-equivalent mixed profile of the reduced strategic form
     * ({@code mixed}, derived; {@code mixedUnavailable} says why when the form is too large).
     */
    static final class EquilibriumResultSerializer extends JsonSerializer<EquilibriumResult> {
        @Override
        public void serialize(EquilibriumResult r, JsonGenerator gen, SerializerProvider p) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("gameHash", r.gameHash());
            gen.writeStringField("method", r.method());
            gen.writeStringField("arithmetic", r.arithmetic().name());
            gen.writeStringField("representation", r.representation().name());
            gen.writeFieldName("options");
            p.findTypedValueSerializer(r.options().getClass(), true, null).serialize(r.options(), gen, p);
            p.defaultSerializeField("tolerance", r.tolerance(), gen);
            gen.writeBooleanField("verified", r.isVerified());
            // COMPLETE, or TIME_LIMIT / EQUILIBRIUM_LIMIT when a budget ended the run (the list may be incomplete)
            gen.writeStringField("completion", r.completion().name());
            gen.writeArrayFieldStart("equilibria");
            for (Equilibrium e : r.equilibria()) {
                equilibrium(e, gen, p);
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("rejected");
            for (Equilibrium e : r.rejected()) {
                equilibrium(e, gen, p);
            }
            gen.writeEndArray();
            p.defaultSerializeField("diagnostics", r.diagnostics(), gen);
            p.defaultSerializeField("provenance", r.provenance(), gen);
            gen.writeEndObject();
        }

        private static void equilibrium(Equilibrium e, JsonGenerator gen, SerializerProvider p) throws IOException {
            gen.writeStartObject();
            p.defaultSerializeField("profile", e.profile(), gen);
            if (e.exactMaxRegret() == null) {
                gen.writeNullField("exactMaxRegret");
            } else {
                gen.writeStringField("exactMaxRegret", e.exactMaxRegret().toString());
            }
            gen.writeNumberField("maxRegret", e.maxRegret());
            gen.writeBooleanField("verified", e.verified());
            if (e.profile() instanceof MixedBehaviorProfile b) {
                // The behaviour profile is the result; the realization-equivalent mixed profile of the reduced
                // strategic form is added because Gambit prints one or the other depending on the tool.
                try {
                    MixedStrategyProfile m = b.game().reducedStrategicForm().toMixed(b);
                    p.defaultSerializeField("mixed", m, gen);
                } catch (UnsupportedGameException u) {
                    gen.writeStringField("mixedUnavailable", u.getMessage());
                }
            }
            gen.writeEndObject();
        }

        @Override
        public Class<EquilibriumResult> handledType() {
            return EquilibriumResult.class;
        }
    }

    /**
     * Reads an equilibrium result against its game (from {@link KnownGames}) and verifies every profile again with
     * the result's tolerance: a profile listed under {@code equilibria} that fails, or one under {@code rejected}
     * that passes, is an error. The recorded regrets are replaced by the recomputed ones (they are equal for a
     * file this build wrote).
     */
    static final class EquilibriumResultDeserializer extends JsonDeserializer<EquilibriumResult> {
        @Override
        public EquilibriumResult deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode n = ctxt.readTree(p);
            Game g = resolve(ctxt, required(n, "gameHash").asText());
            Arithmetic a = ctxt.readTreeAsValue(required(n, "arithmetic"), Arithmetic.class);
            Representation rep = ctxt.readTreeAsValue(required(n, "representation"), Representation.class);
            SolverOptions options = ctxt.readTreeAsValue(required(n, "options"), SolverOptions.class);
            Tolerance t = ctxt.readTreeAsValue(required(n, "tolerance"), Tolerance.class);
            Diagnostics d = ctxt.readTreeAsValue(required(n, "diagnostics"), Diagnostics.class);
            Provenance prov = ctxt.readTreeAsValue(required(n, "provenance"), Provenance.class);
            List<Equilibrium> ok = check(n, "equilibria", true, g, t, ctxt);
            List<Equilibrium> bad = check(n, "rejected", false, g, t, ctxt);
            // absent in files written before budgets existed: those runs were complete
            Completion c = n.hasNonNull("completion") ? ctxt.readTreeAsValue(n.get("completion"), Completion.class)
                    : Completion.COMPLETE;
            try {
                return new EquilibriumResult(g, g.hash(), required(n, "method").asText(), a, rep, options, ok, bad, t,
                        d, prov, c);
            } catch (IllegalArgumentException e) {
                throw new JsonReadException(null, e.getMessage());
            }
        }

        private static List<Equilibrium> check(JsonNode n, String field, boolean mustPass, Game g, Tolerance t,
                                               DeserializationContext ctxt) throws IOException {
            List<Equilibrium> out = new ArrayList<>();
            JsonNode list = required(n, field);
            for (int k = 0; k < list.size(); k++) {
                String at = "/" + field + "/" + k;
                Profile prof;
                try {
                    prof = profile(required(list.get(k), "profile"), g, ctxt);
                } catch (JsonReadException e) {
                    throw e.under(at + "/profile");
                }
                Equilibrium e = Equilibrium.check(prof, t);
                if (e.verified() != mustPass) {
                    throw new JsonReadException(at, mustPass
                            ? "the profile is not an equilibrium of game " + g.hash() + " (max regret " + e.maxRegret()
                            + " above the tolerance)" : "a profile listed as rejected passes verification");
                }
                out.add(e);
            }
            return out;
        }
    }

    /**
     * An equilibrium outside a result envelope (a crisis result's engine check): the profile is checked again. An
     * exact profile is verified exactly and must agree with the recorded verdict; for a double profile the
     * tolerance belongs to the enclosing result, so the recomputed max regret must equal the recorded one (the
     * recorded verdict then refers to this very profile).
     */
    static final class EquilibriumDeserializer extends JsonDeserializer<Equilibrium> {
        @Override
        public Equilibrium deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode n = ctxt.readTree(p);
            JsonNode pn = required(n, "profile");
            Profile prof;
            try {
                prof = profile(pn, resolve(ctxt, required(pn, "game").asText()), ctxt);
            } catch (JsonReadException e) {
                throw e.under("/profile");
            }
            boolean verified = required(n, "verified").asBoolean();
            if (prof.arithmetic() == Arithmetic.EXACT) {
                Equilibrium e = Equilibrium.check(prof, Tolerance.EXACT);
                if (e.verified() != verified) {
                    throw new JsonReadException("/verified", "the exact check of the profile gives " + e.verified());
                }
                return e;
            }
            double regret = Regret.maxRegret(prof);
            if (Double.compare(regret, required(n, "maxRegret").asDouble()) != 0) {
                throw new JsonReadException("/maxRegret", "the profile's max regret is " + regret + ", not "
                        + n.get("maxRegret").asDouble());
            }
            return new Equilibrium(prof, null, regret, verified);
        }
    }

    /** A QRE read against its game; the logit residual is recomputed and must be within the tolerance. */
    static final class QreResultDeserializer extends JsonDeserializer<QreResult> {
        @Override
        public QreResult deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode n = ctxt.readTree(p);
            Game g = resolve(ctxt, required(n, "gameHash").asText());
            Profile prof;
            try {
                prof = profile(required(n, "profile"), g, ctxt);
            } catch (JsonReadException e) {
                throw e.under("/profile");
            }
            if (!(prof instanceof MixedBehaviorProfile b)) {
                throw new JsonReadException("/profile", "a QRE is a behaviour profile of a tree");
            }
            double lambda = required(n, "lambda").asDouble();
            double residual = LogitResidual.of(b, lambda);
            try {
                return new QreResult(g, g.hash(), required(n, "method").asText(), lambda,
                        ctxt.readTreeAsValue(required(n, "representation"), Representation.class),
                        ctxt.readTreeAsValue(required(n, "options"), SolverOptions.class), b, residual,
                        required(n, "tolerance").asDouble(),
                        ctxt.readTreeAsValue(required(n, "diagnostics"), Diagnostics.class),
                        ctxt.readTreeAsValue(required(n, "provenance"), Provenance.class));
            } catch (RuntimeException e) {
                throw new JsonReadException(null, "not a QRE of game " + g.hash() + ": " + e.getMessage());
            }
        }
    }

    private static void infosetFields(Infoset h, JsonGenerator gen) throws IOException {
        gen.writeStringField("game", h.game().hash());
        if (h.isChance()) {
            gen.writeNullField("player");
        } else {
            gen.writeNumberField("player", h.player().index());
        }
        gen.writeNumberField("infoset", h.index());
    }

    static final class InfosetSerializer extends JsonSerializer<Infoset> {
        @Override
        public void serialize(Infoset h, JsonGenerator gen, SerializerProvider p) throws IOException {
            gen.writeStartObject();
            infosetFields(h, gen);
            gen.writeEndObject();
        }
    }

    static final class ActionSerializer extends JsonSerializer<Action> {
        @Override
        public void serialize(Action a, JsonGenerator gen, SerializerProvider p) throws IOException {
            gen.writeStartObject();
            infosetFields(a.infoset(), gen);
            gen.writeNumberField("action", a.index());
            gen.writeEndObject();
        }
    }

    static Infoset infoset(JsonNode n, DeserializationContext ctxt) throws IOException {
        Game g = resolve(ctxt, required(n, "game").asText());
        if (!(g instanceof ExtensiveGame e)) {
            throw new JsonReadException("/game", "information sets belong to trees");
        }
        JsonNode player = n.get("player");
        int h = required(n, "infoset").asInt();
        List<Infoset> sets = player == null || player.isNull() ? e.chanceInfosets()
                : player.asInt() >= 0 && player.asInt() < e.numPlayers() ? e.infosets(player.asInt()) : List.of();
        if (h < 0 || h >= sets.size()) {
            throw new JsonReadException("/infoset", "no information set " + h + " of that player in game " + g.hash());
        }
        return sets.get(h);
    }

    static final class InfosetDeserializer extends JsonDeserializer<Infoset> {
        @Override
        public Infoset deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return infoset(ctxt.readTree(p), ctxt);
        }
    }

    static final class ActionDeserializer extends JsonDeserializer<Action> {
        @Override
        public Action deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode n = ctxt.readTree(p);
            Infoset h = infoset(n, ctxt);
            int a = required(n, "action").asInt();
            if (a < 0 || a >= h.numActions()) {
                throw new JsonReadException("/action", "information set " + h.label() + " has no action " + a);
            }
            return h.action(a);
        }
    }
}
