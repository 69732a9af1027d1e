/**
 * The one-command run, {@code mvn -Prun package}: an embedded PostgreSQL kept under ./data/postgres and the built
 * WAR on Payara Micro against it. It lives with the tests because the embedded PostgreSQL is a test dependency;
 * it is never part of the WAR.
 */
package org.complaintdesk.run;
