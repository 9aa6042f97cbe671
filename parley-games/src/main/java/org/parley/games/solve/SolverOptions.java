package org.parley.games.solve;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Marker for a solver's typed options record. Implementations are records that validate their fields in
 * the compact constructor (messages naming the field); the record goes into the {@link EquilibriumResult}
 * and, as text, into its {@link org.parley.provenance.Provenance}. {@link NoOptions} serves solvers without
 * options.
 */
public interface SolverOptions {

    /**
     * Every option as text, by name, for the provenance record. The default lists each record component with
     * {@link String#valueOf}; a class that is not a record must override it.
     *
     * @throws IllegalStateException if the implementation is not a record and does not override this method
     */
    default SortedMap<String, String> asParameters() {
        if (!(this instanceof Record)) {
            throw new IllegalStateException(getClass().getName() + " is not a record: override asParameters()");
        }
        SortedMap<String, String> m = new TreeMap<>();
        for (RecordComponent c : getClass().getRecordComponents()) {
            try {
                m.put(c.getName(), String.valueOf(c.getAccessor().invoke(this)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read option " + c.getName() + " of " + getClass().getName(), e);
            }
        }
        return m;
    }
}
