/**
 * The intake benchmark's reference: a plain Payara Micro application with Flowable 8 embedded (its own pool, the
 * engine's defaults) that starts a process of the same shape as a complaint's first step (a user task with a
 * warning and an overdue timer) for each POST. The benchmark deploys it as an exploded WAR next to the desk.
 */
package org.complaintdesk.bench.plain;
