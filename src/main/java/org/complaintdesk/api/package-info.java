/**
 * The JSON API under /api (Jakarta REST): resources, their record DTOs, and the problem+json error bodies.
 */
package org.complaintdesk.api;
