package com.marketplace.aftersales.gateway;

/**
 * A failure of a routed call caused by the client's request rather than by the backend (a body over the limit, cut
 * off while it was streamed to the backend). The circuit breakers do not count it and the backend fallback does not
 * turn it into a 503: the gateway answers it with the client's own 4xx.
 */
public interface ClientFault {

    /** Whether {@code failure} or one of its causes is a client fault. */
    static boolean isCause(Throwable failure) {
        return find(failure) != null;
    }

    /** The client fault in {@code failure}'s cause chain, or {@code null}. */
    static Throwable find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ClientFault) {
                return t;
            }
        }
        return null;
    }
}
