package com.marketplace.aftersales.platform.support;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;
import java.net.ConnectException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells a failure of the moment (the database restarting, a lock held a little too long, a timeout) from a failure of
 * the request or record itself. The former deserves patience: retry, wait, answer "try again"; never park the work as
 * poison or report it as the caller's fault.
 */
public final class TransientFailures {

    /** lock_not_available, query_canceled (statement/lock timeout), serialization_failure, deadlock_detected */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("55P03", "57014", "40001", "40P01");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
                    || t instanceof R2dbcTransientException || t instanceof R2dbcNonTransientResourceException
                    || t instanceof ConnectException || t instanceof TimeoutException
                    || t instanceof TransientProcessingException) {
                return true;
            }
            if (t instanceof R2dbcException r2dbc && r2dbc.getSqlState() != null
                    && TRANSIENT_SQL_STATES.contains(r2dbc.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    /** A failure a service knows to be temporary (a dependency that is down, a race it lost). */
    public static class TransientProcessingException extends RuntimeException {
        public TransientProcessingException(String message, Throwable cause) {
            super(message, cause);
        }

        public TransientProcessingException(String message) {
            super(message);
        }
    }
}
