package org.parley.scenario.io;

import java.util.Map;
import org.parley.scenario.Estimate;
import org.parley.scenario.Uncertainty;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Numbers that may carry uncertainty: a plain number, {@code {value, range: [low, high]}} or {@code {value, sd}}.
 * The domain rule applies to the value and to both range bounds (Monte Carlo draws from the range must be valid
 * inputs too); a normal draw is truncated to the domain instead, so sd is only checked for sign.
 */
final class EstimateReader {
    private final ProblemLog log;
    private final NodeReader nodes;
    private final NumberReader numbers;

    EstimateReader(ProblemLog log, NodeReader nodes, NumberReader numbers) {
        this.log = log;
        this.nodes = nodes;
        this.numbers = numbers;
    }

    /** The estimate of a field; null when it has an error (reported). */
    Estimate estimate(KeyedNode f, String name, NumberReader.Rule rule) {
        Node v = f.value();
        if (v instanceof MappingNode m) {
            int before = log.errorCount();
            Map<String, KeyedNode> uf = nodes.fields(m, ScenarioSection.UNCERTAIN_NUMBER);
            KeyedNode vf = uf.get("value");
            Double value = vf == null ? null : numbers.number(vf.value(), name);
            if (value != null) {
                numbers.check(vf.value(), name, value, rule);
            }
            KeyedNode rf = uf.get("range");
            KeyedNode sf = uf.get("sd");
            Uncertainty uncertainty = Uncertainty.None.INSTANCE;
            if (rf != null && sf != null) {
                log.error(sf.key(), name + " gives both 'range' and 'sd'", "give one of them");
            } else if (rf != null) {
                uncertainty = range(rf, name, value, vf, rule);
            } else if (sf != null) {
                Double sd = numbers.number(sf.value(), "sd of " + name);
                if (sd != null && sd < 0) {
                    log.error(sf.value(), "sd of " + name + " must be >= 0, got " + NumberReader.fmt(sd), "");
                } else if (sd != null) {
                    uncertainty = new Uncertainty.StdDev(sd);
                }
            }
            return log.errorCount() == before && value != null && uncertainty != null
                    ? new Estimate(value, uncertainty) : null;
        }
        if (v instanceof SequenceNode) {
            log.error(v, "expected a number for " + name + ", got a list",
                    "a number with uncertainty is written {value: 40, range: [30, 55]} or {value: 40, sd: 5}");
            return null;
        }
        Double value = numbers.number(v, name, rule);
        return value == null ? null : Estimate.of(value);
    }

    private Uncertainty range(KeyedNode rf, String name, Double value, KeyedNode vf, NumberReader.Rule rule) {
        if (!(rf.value() instanceof SequenceNode seq) || seq.getValue().size() != 2) {
            log.error(rf.value(), "the range of " + name + " must be a list [low, high], got "
                    + NodeReader.describe(rf.value()), "");
            return null;
        }
        Double low = numbers.number(seq.getValue().get(0), "range low of " + name);
        Double high = numbers.number(seq.getValue().get(1), "range high of " + name);
        if (low == null || high == null) {
            return null;
        }
        if (low > high) {
            log.error(seq, "the range of " + name + " has low > high: [" + NumberReader.fmt(low) + ", "
                    + NumberReader.fmt(high) + "]", "write it as [low, high]");
            return null;
        }
        boolean ok = true;
        for (int i = 0; i < 2; i++) {
            double b = i == 0 ? low : high;
            String violation = rule.violation(b);
            if (violation != null) {
                log.error(seq.getValue().get(i), "range bound " + NumberReader.fmt(b) + " of " + name + " "
                        + violation, "");
                ok = false;
            }
        }
        if (value != null && (value < low || value > high)) {
            log.error(vf.value(), "the value " + NumberReader.fmt(value) + " of " + name + " lies outside its range ["
                    + NumberReader.fmt(low) + ", " + NumberReader.fmt(high) + "]", "");
            ok = false;
        }
        return ok ? new Uncertainty.Range(low, high) : null;
    }
}
