/**
 * All Flowable glue: the engine built at start on the container's DataSource and TransactionManager,
 * its job executor on container threads, the deployment of the BPMN files, the CDI beans that BPMN
 * expressions reach by name ({@link org.complaintdesk.workflow.CdiBeans}), and the names the process shares with the code
 * ({@link org.complaintdesk.workflow.ComplaintProcess}). It knows no complaint: the complaint's side of the process lives
 * in {@code complaint.ComplaintProcessHooks}, and a timer's work announces itself as a {@link org.complaintdesk.workflow.TimerFired} event.
 */
package org.complaintdesk.workflow;
