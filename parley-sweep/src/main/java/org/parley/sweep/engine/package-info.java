/**
 * Engines that evaluate a sweep's designs: {@link org.parley.sweep.engine.LocalEngine} (threads of one machine);
 * the Spark engine lives in the parley-spark module so that nothing here depends on Spark. Both return the rows in
 * index order, so the same spec gives the same numbers on any engine.
 */
package org.parley.sweep.engine;
