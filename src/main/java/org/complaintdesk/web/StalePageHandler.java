package org.complaintdesk.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A form posted from a page the desk no longer holds (the session ended, the desk restarted) or without the page's
 * script nonce (a script or a forged page) is the user's stale page, not a fault of the desk: it gets the expired page
 * with 400 (an Ajax request is sent there by a partial-response redirect), and no stack trace in the log.
 */
public class StalePageHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(StalePageHandler.class.getName());
    private static final String EXPIRED_PAGE = "/error/expired.html";

    StalePageHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        // every stale one: a page rendered with a wrong nonce queues its failure more than once, and one left queued
        // reached Faces' own handler, which logged it twice with its stack trace after the expired page was sent
        Throwable first = null;
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable stale = staleCause(events.next().getContext().getException());
            if (stale != null) {
                events.remove();
                first = first == null ? stale : first;
            }
        }
        if (first != null) {
            showExpiredPage(context, first);
        }
        getWrapped().handle();
    }

    private static Throwable staleCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof CspException) {
                return t;
            }
        }
        return null;
    }

    private static void showExpiredPage(FacesContext context, Throwable stale) {
        ExternalContext external = context.getExternalContext();
        if (stale instanceof CspException) {
            LOG.log(Level.WARNING, "A form of {0} was posted without its page''s script nonce ({1}): answered with the expired page",
                    new Object[] {external.getRequestServletPath(), stale.getMessage()});
        } else {
            LOG.log(Level.FINE, "A form of {0} was posted after its page expired", external.getRequestServletPath());
        }
        try {
            if (context.getPartialViewContext().isAjaxRequest()) {
                external.redirect(external.getRequestContextPath() + EXPIRED_PAGE);
            } else {
                external.setResponseStatus(400);
                external.dispatch(EXPIRED_PAGE);
            }
            context.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new StalePageHandler(getWrapped().getExceptionHandler());
        }
    }
}
