/**
 * Benchmarks, run with {@code mvn -Pbench verify} (not part of the test command): their figures go to BENCHMARKS.md.
 */
package org.complaintdesk.bench;
