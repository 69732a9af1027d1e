package org.complaintdesk.platform;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transactional step that is run again, in a new transaction, when it lost a race at commit against another
 * transaction on the same complaint (typically a timer that fired at the same instant): the second run sees the
 * winner's state and either applies the step to it or refuses it for a reason the user can act on. See
 * {@link ConflictRetryInterceptor}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnConflict {
}
