package org.parley.analysis.crisis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parley.scenario.CrisisTemplate;
import org.parley.scenario.LeverTarget;

/**
 * The scenario module lists, as data, what the reader checks in {@code games:} and {@code levers:}; the crisis
 * analysis computes with the same names. These must agree, or a valid file could name something the analysis
 * cannot use (or the reader reject what it could).
 */
class TemplateDataTest {
    @Test
    void everyTemplateListsTheParametersTheMappingProduces() {
        for (CrisisTemplate t : CrisisTemplate.values()) {
            assertEquals(ParameterMapping.parameterNames(t), t.overridableParameters(), t.id());
        }
    }

    @Test
    void crisisOutcomesOfLeverTargetsAreTheAnalysisCategories() {
        assertEquals(java.util.Arrays.stream(CrisisOutcome.values()).map(CrisisOutcome::id).toList(),
                LeverTarget.CRISIS_OUTCOMES);
    }
}
