/**
 * Bueno de Mesquita's expected-utility ("challenge") model of group decisions, as reconstructed by Scholz, Calbert
 * &amp; Smith (2011), in two variants: {@code scholz2011} (reproduces the published 10-round EC run) and
 * {@code bdm-clean} (the printed equations). See docs/models/expected-utility.md for every ambiguity and how each
 * variant resolves it.
 */
package org.parley.forecast.eu;
