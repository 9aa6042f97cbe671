/** JMH benchmarks of sweeps: local-engine throughput on 1 and 2 threads. Figures in docs/PERFORMANCE.md. */
package org.parley.bench.sweep;
