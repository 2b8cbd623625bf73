/**
 * Business calendars: which dates are working days (weekdays, public holidays, make-up working days from per-year
 * calendar files) and policy time on them ({@link com.marketplace.aftersales.slamonitor.calendar.PolicyCalendar}).
 * Plain Java, free of the Streams machinery; the rules are in the module's README.
 */
package com.marketplace.aftersales.slamonitor.calendar;
