package org.parley.provenance;

/** What a result was computed from; says how {@link Provenance#inputSha256()} was computed. */
public enum InputKind {
    /** A scenario; the hash is the canonical scenario digest (parley-scenario's {@code ScenarioDigest}). */
    SCENARIO,
    /** A game; the hash is the game engine's canonical {@code Game.hash()}. */
    GAME
}
