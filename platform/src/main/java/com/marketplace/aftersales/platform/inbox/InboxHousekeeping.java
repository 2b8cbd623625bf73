package com.marketplace.aftersales.platform.inbox;

import com.marketplace.aftersales.platform.PlatformProperties;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets applied event ids older than the retention. The retention must exceed how far back a redelivery can reach
 * (a consumer's lag plus any offset reset an operator would do on a live database).
 */
public class InboxHousekeeping implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(InboxHousekeeping.class);

    private final Inbox inbox;
    private final PlatformProperties.Inbox config;
    private final Clock clock;

    public InboxHousekeeping(Inbox inbox, PlatformProperties.Inbox config, Clock clock) {
        this.inbox = inbox;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public void run() {
        Long forgotten = inbox.forgetAppliedBefore(clock.instant().minus(config.retention()))
                .block(Duration.ofMinutes(1));
        if (forgotten != null && forgotten > 0) {
            log.info("Forgot {} applied event ids older than {}", forgotten, config.retention());
        }
    }
}
