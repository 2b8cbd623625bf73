package com.marketplace.aftersales.slamonitor.calendar;

/** How a policy's time runs (domain rules §5): every hour of the wall clock, or only on working days. */
public enum CalendarKind {
    /** Every hour counts, weekends and holidays included: "30 min", "24 h", "5 days". */
    WALL_CLOCK,
    /** Only working days count: "1 business day", "3 business days". */
    BUSINESS_DAYS
}
