package org.complaintdesk.api;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that fails at commit (a version clash, a unique key taken meanwhile) arrives as a
 * TransactionalException, for which Jersey has its own mapper that answers an HTML 500; this one, more
 * urgent, answers it as problem+json like every other error.
 */
@Provider
@Priority(1)
public class TransactionalProblemMapper implements ExceptionMapper<TransactionalException> {

    private final ProblemMapper problems = new ProblemMapper();

    @Override
    public Response toResponse(TransactionalException error) {
        return problems.toResponse(error);
    }
}
