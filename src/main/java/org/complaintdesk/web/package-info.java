/**
 * The Jakarta Faces screens' backing beans, one per screen, and the login and logout actions.
 */
package org.complaintdesk.web;
