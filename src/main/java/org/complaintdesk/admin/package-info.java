/**
 * Administration: the administrators' own hash-chained history ({@link org.complaintdesk.admin.AdminLog}),
 * settings that override configured defaults (the deadline windows), categories, and the use cases behind
 * the administration screens. Every change made here is recorded in the admin history.
 */
package org.complaintdesk.admin;
