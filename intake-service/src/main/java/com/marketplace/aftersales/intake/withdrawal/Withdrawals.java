package com.marketplace.aftersales.intake.withdrawal;

import com.marketplace.aftersales.intake.IntakeMetrics;
import com.marketplace.aftersales.intake.IntakeProperties;
import com.marketplace.aftersales.intake.cases.AfterSalesCase;
import com.marketplace.aftersales.intake.cases.CaseChanges;
import com.marketplace.aftersales.intake.cases.CaseStatusResponse;
import com.marketplace.aftersales.intake.web.Callers;
import com.marketplace.aftersales.intake.web.IdempotentCommands;
import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The customer's withdrawal. Fulfillment decides first (it alone knows whether goods or money moved, and it records
 * its answer: a tombstone or a cancelled execution), and only after its yes does intake record the withdrawal and
 * publish {@code CaseWithdrawn}, in one transaction. Also before an agent approved the case: diagnosis may have
 * approved a small refund by rule and decided its remedy before intake heard of it. Only a case intake already knows
 * has ended or moved is refused without asking. The call is made outside any transaction of intake's, so no
 * connection waits on another service.
 * <p>
 * Never a half state the customer cannot leave: if intake fails after fulfillment's yes (a crash, a database error),
 * nothing was published and the case is still open here, while fulfillment will neither execute nor pay; the
 * customer's retry (same or new {@code Idempotency-Key}) gets the same yes and the withdrawal is published then.
 */
@Component
class Withdrawals {

    private static final Logger log = LoggerFactory.getLogger(Withdrawals.class);

    private final CaseChanges cases;
    private final FulfillmentClient fulfillment;
    private final IdempotentCommands commands;
    private final IntakeMetrics metrics;
    private final Duration retryAfter;

    Withdrawals(CaseChanges cases, FulfillmentClient fulfillment, IdempotentCommands commands, IntakeMetrics metrics,
                IntakeProperties properties) {
        this.cases = cases;
        this.fulfillment = fulfillment;
        this.commands = commands;
        this.metrics = metrics;
        this.retryAfter = properties.fulfillment().retryAfter();
    }

    Mono<ResponseEntity<CaseStatusResponse>> withdraw(Caller customer, UUID caseId, WithdrawalRequest request,
                                                      ServerHttpRequest http, String idempotencyKey) {
        Predicate<AfterSalesCase> own = found -> found.isOwnedBy(customer.id());
        return cases.find(caseId, own)
                .flatMap(found -> found.withdrawalNeedsFulfillment()
                        ? askFulfillment(caseId, http.getHeaders().getFirst(HttpHeaders.AUTHORIZATION))
                        : Mono.just(false))
                .flatMap(fulfillmentAgreed -> commands.runAs(customer, http, idempotencyKey, request,
                        CaseStatusResponse.class,
                        () -> cases.decide(caseId, own, found -> found.withdraw(request.reason(),
                                        Callers.customer(customer, found.channel()), fulfillmentAgreed))
                                .doOnNext(change -> {
                                    metrics.withdrawn();
                                    log.atInfo().addKeyValue("caseId", caseId)
                                            .addKeyValue("checkedWithFulfillment", fulfillmentAgreed)
                                            .log("Case withdrawn");
                                })
                                .map(change -> CaseStatusResponse.ok(change.after()))));
    }

    /** @return true once fulfillment agreed; otherwise the problem to answer with */
    private Mono<Boolean> askFulfillment(UUID caseId, String authorization) {
        return fulfillment.askToWithdraw(caseId, authorization).flatMap(answer -> {
            if (answer instanceof FulfillmentClient.Answer.Agreed agreed) {
                log.atInfo().addKeyValue("caseId", caseId).log("Fulfillment agreed to the withdrawal (execution {})",
                        agreed.execution());
                return Mono.just(true);
            }
            if (answer instanceof FulfillmentClient.Answer.Refused refused) {
                Map<String, Object> properties = new LinkedHashMap<>();
                // Fulfillment's own stage: it decides once the case is approved (decision 16: the deciding
                // service's status).
                properties.put("currentStatus", refused.currentStatus() == null ? "UNKNOWN" : refused.currentStatus());
                return Mono.error(ApiProblem.conflict("The case can no longer be withdrawn: goods or money have moved"
                        + (refused.currentStatus() == null ? "" : " (the case is " + refused.currentStatus() + ")"),
                        properties));
            }
            if (answer instanceof FulfillmentClient.Answer.Unavailable unavailable) {
                log.atWarn().addKeyValue("caseId", caseId).log("Fulfillment could not confirm a withdrawal: {}",
                        unavailable.reason());
                return Mono.error(ApiProblem.unavailable("The withdrawal cannot be confirmed right now; nothing was changed."
                        + " Try again in " + ApiProblem.retryAfterSeconds(retryAfter) + " s.", retryAfter));
            }
            int status = ((FulfillmentClient.Answer.Unexpected) answer).httpStatus();
            log.atError().addKeyValue("caseId", caseId).log(
                    "Fulfillment answered a withdrawal check with HTTP {}; intake and fulfillment disagree about"
                            + " the case", status);
            return Mono.error(new ApiProblem(HttpStatus.BAD_GATEWAY, "Bad gateway",
                    "The withdrawal could not be confirmed; nothing was changed. Please contact customer service.",
                    Map.of()));
        });
    }
}
