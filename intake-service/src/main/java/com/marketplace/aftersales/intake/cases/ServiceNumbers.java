package com.marketplace.aftersales.intake.cases;

import com.marketplace.aftersales.intake.IntakeProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Issues the human-readable service number {@code AS-YYYYMMDD-NNNNNN}: the day in the configured zone and a per-day
 * counter. The counter row is incremented in the caller's transaction, so concurrent requests get distinct numbers
 * (the row lock orders them) and a request that rolls back gives its number back.
 */
@Component
class ServiceNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final DatabaseClient db;
    private final Clock clock;
    private final ZoneId zone;

    ServiceNumbers(DatabaseClient db, Clock clock, IntakeProperties properties) {
        this.db = db;
        this.clock = clock;
        this.zone = properties.serviceNumbers().zone();
    }

    Mono<String> next() {
        LocalDate day = dayOf(clock.instant(), zone);
        return db.sql("""
                        insert into service_number_counter (day, last_number) values (:day, 1)
                        on conflict (day) do update set last_number = service_number_counter.last_number + 1
                        returning last_number""")
                .bind("day", day)
                .map((row, meta) -> row.get("last_number", Integer.class))
                .one()
                .map(number -> format(day, number));
    }

    /** The customers' calendar day, not the server's: 23:30 UTC is already tomorrow in Shanghai. */
    static LocalDate dayOf(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone);
    }

    /** Six digits; a day with more than 999 999 requests simply gets longer numbers, never a repeated one. */
    static String format(LocalDate day, int number) {
        return "AS-" + DAY.format(day) + "-" + String.format("%06d", number);
    }
}
