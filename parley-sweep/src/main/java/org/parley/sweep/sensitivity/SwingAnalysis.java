package org.parley.sweep.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.sweep.OutputId;
import org.parley.sweep.OutputLayout;
import org.parley.sweep.sample.SwingDesign;

/** Tornado charts from the rows of a {@link SwingDesign}. O(k·g) per output. */
public final class SwingAnalysis {
    private SwingAnalysis() {
    }

    /** One tornado per numeric output column. */
    public static List<Tornado> tornadoes(SwingDesign design, OutputLayout layout, double[] rows) {
        int cols = layout.size(), g = design.gridPoints(), k = design.space().dimension();
        List<Tornado> out = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            OutputId id = layout.columns().get(c);
            if (!id.kind().isNumeric()) {
                continue;
            }
            List<Swing> swings = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                double min = Double.NaN, max = Double.NaN;
                for (int p = 0; p < g; p++) {
                    double v = rows[(1 + i * g + p) * cols + c];
                    if (!Double.isNaN(v)) {
                        min = Double.isNaN(min) ? v : Math.min(min, v);
                        max = Double.isNaN(max) ? v : Math.max(max, v);
                    }
                }
                double[] iv = design.interval(i);
                swings.add(new Swing(design.space().inputs().get(i).id(), iv[0], iv[1], rows[(1 + i * g) * cols + c],
                        rows[(i * g + g) * cols + c], min, max));
            }
            // widest first; a swing that failed everywhere (NaN) last; stable sort keeps input order on ties
            swings.sort(Comparator.comparingDouble((Swing s) -> Double.isNaN(s.width()) ? -1 : s.width()).reversed());
            out.add(new Tornado(id, rows[c], g, swings));
        }
        return out;
    }
}
