/**
 * The Jakarta Faces screens' backing beans, one per screen, and the login and logout actions. A screen of one complaint
 * extends {@link org.complaintdesk.web.ComplaintScreen}; a step runs through {@code Screens.attempt} or
 * {@code Screens.perform}, which show a refusal on the form. The pages' fields use the tags of
 * {@code WEB-INF/desk.taglib.xml} (label, input, message).
 */
package org.complaintdesk.web;
