/**
 * All Flowable glue: the engine built at start on the container's DataSource and TransactionManager,
 * its job executor on container threads, the deployment of the BPMN files, the CDI beans that BPMN
 * expressions reach, and the names the process shares with the code ({@link org.complaintdesk.workflow.ComplaintProcess}).
 */
package org.complaintdesk.workflow;
